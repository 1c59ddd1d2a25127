package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.testing.Corpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sentences, shouted words and syllables are told by table-driven loops (the first two while the
 * words are cut); on real replies and on random texts they must answer what the straightforward
 * versions kept here answer.
 */
class ToneOracleTest {

  /** The real replies and their inbound messages ({@link Corpus#texts}). */
  static List<String> corpus() throws IOException {
    return Corpus.texts();
  }

  /** Texts of the characters sentences, words and syllables turn on, in any order. */
  private static List<String> randomTexts(long seed, int count) {
    Random random = new Random(seed);
    String[] pool = {"a", "e", "y", "l", "t", "E", "LE", "Y", "b", "7", " ", " ", "  ", ".", "!",
        "?", "...", "\u2026", "\"", "'", ")", "(", ",", "\n", "\r", "\r\n", "\u2028", "\u2029", "\t",
        "\u00A0", "\u3000", "\u00E9", "\u00C9", "\u00FC", "\u0177", "\u0430", "\u0441", "\u0627",
        "\uD83D\uDC4D", "e\u0301", "\uFF0E", "\uFF01", "\u2019", "-", "@", "\u00AA", "\u00E6",
        "\u0153", "\u01B4"};
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(pool[random.nextInt(pool.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  /**
   * Hostile texts: runs of punctuation, capitals beside apostrophes, digits and other scripts,
   * emoji, right-to-left text and invisible characters, longer than {@link #randomTexts}.
   */
  private static List<String> hostileTexts(long seed, int count) {
    Random random = new Random(seed);
    String[] pool = {"NOW", "DON'T", "I'M", "OK", "A", "I", "ok", "Ok", "SW1A", "COVID-19", "x",
        "word", "Word", " ", " ", "\t", "\n", "\r\n", ".", "..", "...", "!!!", "?!", "?\"", ".)",
        ".'", "'", "\"", ")", "(", "\u2026", "\u2026\"", "\u2028", "\u2029", "\u00A0", "\u2009",
        "\u3000", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u200F", "\u05E9\u05DC\u05D5\u05DD",
        "\u0645\u0631\u062D\u0628\u0627", "\u0661\u0662", "\u039D\u03A5\u03A7", "\u03BD\u03C5",
        "\u041F\u0420\u0418\u0412\u0415\u0422", "\u0421\u041E\u0420\u0415", "\u00C9T\u00C9",
        "\u00E9t\u00E9", "CAF\u00C9", "\u01C5", "\u1E9E", "\u0130", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "1\uFE0F\u20E3", "\uD83C\uDDEC\uD83C\uDDE7",
        "\uFF21\uFF22", "\uFF0E", "\uFF01", "\u3002", "\u2019", "E\u0301", "\u0301", "\uD835\uDC00\uD835\uDC01",
        "\uFB01", "\uD800", "\uDC00", "-", "/", "@", "#", "4111", "0207"};
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sb.append(pool[random.nextInt(pool.length)]);
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(corpus());
    texts.addAll(randomTexts(3, 20_000));
    texts.addAll(hostileTexts(5, 10_000));
    return texts;
  }

  @Test
  void sentencesAsBefore() throws IOException {
    for (String s : texts()) {
      for (NormalizedText t : new NormalizedText[] {NormalizedText.of(s),
          NormalizedText.of(s).casePreserved()}) {
        int[][] expected = referenceSentences(t);
        assertThat(t.sentenceCount()).as(s).isEqualTo(expected[0].length);
        for (int i = 0; i < expected[0].length; i++) {
          assertThat(t.sentenceFirstToken(i)).as(s).isEqualTo(expected[0][i]);
          assertThat(t.sentenceEndToken(i)).as(s).isEqualTo(expected[1][i]);
        }
        for (int k = 0; k < t.tokenCount(); k++) {
          int sentence = t.sentenceOf(k);
          assertThat(k).as(s).isGreaterThanOrEqualTo(expected[0][sentence])
              .isLessThan(expected[1][sentence]);
        }
      }
    }
  }

  @Test
  void shoutedWordsAsBefore() throws IOException {
    for (String s : texts()) {
      for (NormalizedText t : new NormalizedText[] {NormalizedText.of(s),
          NormalizedText.of(s).casePreserved()}) {
        for (int k = 0; k < t.tokenCount(); k++) {
          boolean expected = referenceShouts(s, t.originalStartOf(t.tokenStart(k)),
              t.originalEndOf(t.tokenEnd(k)));
          assertThat(t.shouts(k)).as("word %d of %s", k, s).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void syllablesAsBefore() throws IOException {
    for (String s : texts()) {
      NormalizedText t = NormalizedText.of(s);
      assertThat(Syllables.tally(t)).as(s).isEqualTo(referenceTally(t));
    }
  }

  /** Sentences as the previous splitter found them, character by character: starts and ends. */
  static int[][] referenceSentences(NormalizedText text) {
    String folded = text.folded();
    int tokenCount = text.tokenCount();
    int[] first = new int[Math.max(1, tokenCount)];
    int[] end = new int[Math.max(1, tokenCount)];
    int count = 0;
    int current = -1;
    int t = 0;
    int n = folded.length();
    int i = 0;
    while (i < n) {
      if (t < tokenCount && i == text.tokenStart(t)) {
        if (current < 0) {
          current = t;
        }
        i = text.tokenEnd(t);
        t++;
        continue;
      }
      char c = folded.charAt(i);
      boolean breaks = c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
      if (!breaks && (c == '.' || c == '!' || c == '?' || c == '\u2026')) {
        int j = i + 1;
        while (j < n && ".!?\u2026\"')".indexOf(folded.charAt(j)) >= 0) {
          j++;
        }
        breaks = j >= n || Character.isWhitespace(folded.charAt(j));
      }
      if (breaks && current >= 0) {
        first[count] = current;
        end[count] = t;
        count++;
        current = -1;
      }
      i++;
    }
    if (current >= 0) {
      first[count] = current;
      end[count] = t;
      count++;
    }
    return new int[][] {Arrays.copyOf(first, count), Arrays.copyOf(end, count)};
  }

  /** Whether {@code s[start, end)} shouts, as the shouting rule used to read it. */
  static boolean referenceShouts(String s, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Words with a letter and their syllables as the previous counter found them. */
  static Syllables.Tally referenceTally(NormalizedText text) {
    String folded = text.folded();
    int words = 0;
    int syllables = 0;
    for (int t = 0; t < text.tokenCount(); t++) {
      String word = folded.substring(text.tokenStart(t), text.tokenEnd(t));
      if (word.chars().anyMatch(c -> Character.isLetter((char) c))) {
        words++;
        syllables += referenceCount(word);
      }
    }
    return new Syllables.Tally(words, syllables);
  }

  static int referenceCount(String word) {
    int count = 0;
    boolean inVowels = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = isVowel(word.charAt(i));
      if (vowel && !inVowels) {
        count++;
      }
      inVowels = vowel;
    }
    int length = word.length();
    if (count > 1 && length > 2 && word.charAt(length - 1) == 'e'
        && !isVowel(word.charAt(length - 2)) && !(word.charAt(length - 2) == 'l' && length > 3
            && !isVowel(word.charAt(length - 3)))) {
      count--;
    }
    return Math.max(1, count);
  }

  private static boolean isVowel(char c) {
    return "aeiouy\u00E0\u00E1\u00E2\u00E4\u00E5\u00E6\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE"
        .indexOf(c) >= 0
        || "\u00EF\u00F2\u00F3\u00F4\u00F6\u00F8\u00F9\u00FA\u00FB\u00FC\u0175\u0177".indexOf(c) >= 0;
  }
}
