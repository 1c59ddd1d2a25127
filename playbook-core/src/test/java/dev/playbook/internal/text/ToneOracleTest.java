package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sentences and syllables are counted by table-driven loops; on real replies and on random texts
 * they must answer what the straightforward versions kept here answer.
 */
class ToneOracleTest {

  /** The real replies and their inbound messages, read in place when the corpus is there. */
  static List<String> corpus() throws IOException {
    Path file = Path.of("../../shared/corpus/real_replies.jsonl");
    if (!Files.isRegularFile(file)) {
      file = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    List<String> texts = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonNode record = json.readTree(line);
          texts.add(record.path("reply").asText());
          texts.add(record.path("inbound").asText());
        }
      }
    }
    return texts;
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

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>(corpus());
    texts.addAll(randomTexts(3, 20_000));
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
