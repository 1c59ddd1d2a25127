package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTableTest {

  @Test
  void findsAWordByItsRangeInALongerText() {
    WordTable table = new WordTable(Map.of("refund", 7L, "card", 3L, "a", 0L));
    String text = "my card refund refunds";
    assertThat(get(table, text, 3, 7)).isEqualTo(3);
    assertThat(get(table, text, 8, 14)).isEqualTo(7);
    assertThat(get(table, text, 15, 22)).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, text, 15, 21)).isEqualTo(7);
    assertThat(get(table, text, 0, 0)).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "a")).isEqualTo(0);
    assertThat(get(table, "car")).isEqualTo(WordTable.ABSENT);
    // told the word's hash, as the automaton does after its own pass over the word
    assertThat(table.get(text.toCharArray(), 8, 14, WordTable.hash("refund"))).isEqualTo(7);
    assertThat(table.get(text.toCharArray(), 15, 22, WordTable.hash("refunds")))
        .isEqualTo(WordTable.ABSENT);
  }

  @Test
  void wordsWithTheSameHashStayApart() {
    // "Aa" and "BB" share the 64-bit hash, and so do "c1" and "ao": the hash alone proves nothing
    assertThat(WordTable.hash("Aa")).isEqualTo(WordTable.hash("BB"));
    assertThat(WordTable.hash("c1")).isEqualTo(WordTable.hash("ao"));
    WordTable table = new WordTable(Map.of("Aa", 1L, "BB", 2L, "ao", 3L));
    assertThat(get(table, "xAa", 1, 3)).isEqualTo(1);
    assertThat(get(table, "BBx", 0, 2)).isEqualTo(2);
    assertThat(get(table, "AaBB", 0, 4)).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "ao")).isEqualTo(3);
    assertThat(get(table, "c1")).isEqualTo(WordTable.ABSENT);
  }

  @Test
  void everyWordOfALargeTableIsFound() {
    Map<String, Long> words = new HashMap<>();
    for (long i = 0; i < 100_000; i++) {
      words.put("w" + i, i);
    }
    WordTable table = new WordTable(words);
    words.forEach((w, v) -> assertThat(get(table, " " + w + " ", 1, w.length() + 1)).isEqualTo(v));
    assertThat(get(table, "w100000")).isEqualTo(WordTable.ABSENT);
    assertThat(get(new WordTable(Map.of()), "w1")).isEqualTo(WordTable.ABSENT);
  }

  /**
   * A slot holds a word's first eight chars and the table compares the rest from its pool: words
   * of every length around eight (and four, where the first long ends), sharing their first chars,
   * not all ASCII, each with twins of its hash (which start at its slot) and changed by one char
   * at every place, lengthened and shortened, are found exactly when a map finds them.
   */
  @Test
  void wordsOfEveryLengthAroundThePackedCharsAnswerWhatAMapAnswers() {
    String alphabet = "abé\u00dfΩ\u4e2d0'\ud83d\ude00";
    Random random = new Random(3);
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i < 6_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(13);
      for (int k = 0; k < length; k++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(word.toString());
    }
    for (String word : new ArrayList<>(words)) {
      // a twin of the same hash starts at the same slot: (c, d) becomes (c + 1, d - 31)
      for (int k = 0; k + 1 < word.length(); k++) {
        words.add(word.substring(0, k) + (char) (word.charAt(k) + 1)
            + (char) (word.charAt(k + 1) - 31) + word.substring(k + 2));
      }
    }
    Map<String, Long> entries = new HashMap<>();
    long value = 0;
    for (String word : words) {
      if (value++ % 2 == 0) {
        entries.put(word, value);
      }
    }
    WordTable table = new WordTable(entries);
    List<String> asked = new ArrayList<>();
    for (String word : words) {
      asked.add(word);
      asked.add(word + "a");
      asked.add(word.substring(0, word.length() - 1));
      for (int k = 0; k < word.length(); k++) {
        asked.add(word.substring(0, k) + 'b' + word.substring(k + 1));
      }
    }
    for (String word : asked) {
      if (!word.isEmpty()) {
        assertThat(get(table, "Ω" + word + "é", 1, word.length() + 1)).as(word)
            .isEqualTo(entries.getOrDefault(word, WordTable.ABSENT));
      }
    }
  }

  /**
   * A slot packs a word's first chars with its last standing in for those it lacks: a short word
   * is told from the same word with its last char repeated or with a char 0 after it, and a longer
   * word that starts like a short one is not taken for it.
   */
  @Test
  void shortWordsAreToldApartFromTheirLongerTwins() {
    WordTable table = new WordTable(Map.of("to", 1L, "tooo", 2L, "a", 3L, "a\0", 4L, "you", 0L));
    assertThat(get(table, "to")).isEqualTo(1);
    assertThat(get(table, "too")).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "tooo")).isEqualTo(2);
    assertThat(get(table, "toooo")).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "a")).isEqualTo(3);
    assertThat(get(table, "a\0")).isEqualTo(4);
    assertThat(get(table, "a\0\0")).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "you")).isEqualTo(0);
    assertThat(get(table, "yours")).isEqualTo(WordTable.ABSENT);
    assertThat(get(table, "your")).isEqualTo(WordTable.ABSENT);
    assertThat(get(new WordTable(Map.of("refund", 1L)), "a")).isEqualTo(WordTable.ABSENT);
  }

  /**
   * Every word of one to four chars of a small alphabet, with a char outside Latin-1 and a
   * surrogate, in and out of the table by turns: thousands of words that share their first chars
   * and the runs of slots they hash to, each found exactly when a map finds it.
   */
  @Test
  void everyShortWordIsFoundWhenAMapFindsIt() {
    String alphabet = "ab'9\u00e9\u4e2d\ud83d";
    List<String> words = new ArrayList<>();
    words.add("");
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String w : words) {
        if (w.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(w + c);
          }
        }
      }
      words.addAll(longer);
    }
    words.remove("");
    Map<String, Long> entries = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      if (i % 3 != 1) {
        entries.put(words.get(i), (long) i);
      }
    }
    WordTable table = new WordTable(entries);
    for (String word : words) {
      assertThat(get(table, "\u00df" + word + "\u00df", 1, word.length() + 1)).as(word)
          .isEqualTo(entries.getOrDefault(word, WordTable.ABSENT));
    }
  }

  /** A range of a text, hashed here as the automaton hashes it on its own pass. */
  private static long get(WordTable table, String s, int start, int end) {
    return table.get(s.toCharArray(), start, end, WordTable.hash(s.substring(start, end)));
  }

  private static long get(WordTable table, String word) {
    return get(table, word, 0, word.length());
  }

  @Test
  void edgesLeadToTheirTargetsAndNowhereElse() {
    Map<Long, Integer> edges = new HashMap<>();
    for (int node = 0; node < 1_000; node++) {
      for (int key = 0; key < 20; key++) {
        edges.put(EdgeTable.edge(node, key * 7), node * 20 + key);
      }
    }
    EdgeTable table = new EdgeTable(edges);
    for (int node = 0; node < 1_000; node++) {
      for (int key = 0; key < 20; key++) {
        assertThat(table.next(node, key * 7)).isEqualTo(node * 20 + key);
        assertThat(table.next(node, key * 7 + 1)).isEqualTo(EdgeTable.NONE);
      }
    }
    assertThat(table.next(1_000, 0)).isEqualTo(EdgeTable.NONE);
  }
}
