package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.Spans;
import dev.playbook.testing.Corpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShoutingRule#shouted} tells acronyms by their packed characters, before reading the run
 * around a word, and reads each run once; on real replies and generated texts it must find the
 * words the rule found before, kept here as the oracle.
 */
class ShoutingOracleTest {

  /** The real replies and their inbound messages ({@link Corpus#texts}). */
  static List<String> corpus() throws IOException {
    return Corpus.texts();
  }

  /**
   * Acronyms in every case and width, near misses, words that shout, digits in and beside runs,
   * white space of every kind and other scripts.
   */
  private static List<String> generated(long seed, int count) {
    Random random = new Random(seed);
    List<String> pieces = new ArrayList<>();
    for (String acronym : ShoutingRule.ACRONYMS) {
      pieces.add(acronym.toUpperCase(java.util.Locale.ROOT));
    }
    pieces.addAll(List.of("DM", "DMS", "DMX", "D", "OKK", "O K", "NOW", "DON'T", "FH", "COVID",
        "CAF\u00C9", "\u00C9T\u00C9", "\uFF24\uFF2D", "\uFF2F\uFF2B", "\uFF21\uFF22", "\u0130D",
        "PS", "^PS", "^JD", "K\u00C7", "-", "-", "/", ".", "'", "@", "#", "12", "7", "\u0661",
        "\uFF11", " ",
        " ", " ", "\t", "\n", "\u00A0", "\u2009", "\u3000", "\u2028", "\u200B", "word", "Word",
        "\u041F\u0420\u0418", "\uD83D\uDC4D", "\uD800", "A", "I", "X"));
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(pieces.get(random.nextInt(pieces.size())));
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  @Test
  void findsTheWordsTheRuleFoundBefore() throws IOException {
    List<String> texts = new ArrayList<>(corpus());
    texts.addAll(generated(17, 60_000));
    int shouting = 0;
    for (String s : texts) {
      NormalizedText text = NormalizedText.of(s);
      Spans found = ShoutingRule.shouted(text, s);
      List<Integer> actual = new ArrayList<>();
      for (int i = 0; found != null && i < found.size(); i++) {
        actual.add(found.start(i));
        actual.add(found.end(i));
      }
      List<Integer> expected = referenceShouted(text, s);
      assertThat(actual).as(s).isEqualTo(expected);
      assertThat(found == null || found.size() > 0).as(s).isTrue();
      shouting += expected.isEmpty() ? 0 : 1;
    }
    // The texts exercise both answers, not only "none".
    assertThat(shouting).isGreaterThan(10_000);
  }

  @Test
  void knowsEveryAcronymAndNothingElse() {
    for (String acronym : ShoutingRule.ACRONYMS) {
      NormalizedText text = NormalizedText.of(acronym.toUpperCase(java.util.Locale.ROOT));
      assertThat(ShoutingRule.isAcronym(text, 0)).as(acronym).isTrue();
      NormalizedText longer = NormalizedText.of(acronym.toUpperCase(java.util.Locale.ROOT) + "X");
      assertThat(ShoutingRule.isAcronym(longer, 0)).as(acronym + "x")
          .isEqualTo(ShoutingRule.ACRONYMS.contains(acronym + "x"));
    }
  }

  @Test
  void theSwitchHoldsExactlyTheAcronyms() {
    // Every word of one to four letters a-z (so every acronym has at most four), and a few that
    // are not words of letters.
    StringBuilder word = new StringBuilder();
    int found = 0;
    for (int length = 1; length <= 4; length++) {
      int count = (int) Math.pow(26, length);
      for (int w = 0; w < count; w++) {
        word.setLength(0);
        for (int i = 0, rest = w; i < length; i++, rest /= 26) {
          word.append((char) ('a' + rest % 26));
        }
        String s = word.toString();
        boolean acronym = ShoutingRule.isAcronym(s, 0, length);
        assertThat(acronym).as(s).isEqualTo(ShoutingRule.ACRONYMS.contains(s));
        found += acronym ? 1 : 0;
      }
    }
    assertThat(found).isEqualTo(ShoutingRule.ACRONYMS.size());
    for (String s : List.of("", "OK", "o k", "ok.", "0k", "\u014Dk", "o\u0100", "d\u0100m")) {
      assertThat(ShoutingRule.isAcronym(s, 0, s.length())).as(s).isFalse();
    }
    assertThat(ShoutingRule.isAcronym("a dm b", 2, 4)).isTrue();
  }

  @Test
  void tellsAnAcronymFromAWordWithItsWordHash() {
    // 31 * 'k' + 'ç' == 31 * 'o' + 'k': "KÇ" shouts, has the hash of "ok", and is no acronym.
    NormalizedText text = NormalizedText.of("K\u00C7");
    assertThat(text.token(0)).isEqualTo("k\u00E7");
    assertThat(text.tokenHash(0)).isEqualTo(NormalizedText.of("ok").tokenHash(0));
    assertThat(text.shouts(0)).isTrue();
    assertThat(ShoutingRule.isAcronym(text, 0)).isFalse();
    assertThat(ShoutingRule.isAcronym(NormalizedText.of("OK"), 0)).isTrue();
  }

  /** The shouted words, start and end in turn, as the rule read them before. */
  private static List<Integer> referenceShouted(NormalizedText text, String original) {
    List<Integer> shouted = new ArrayList<>();
    int runEnd = -1;
    boolean runHasDigit = false;
    for (int t = 0; t < text.tokenCount(); t++) {
      if (!text.shouts(t)) {
        continue;
      }
      int start = text.originalStartOf(text.tokenStart(t));
      int end = text.originalEndOf(text.tokenEnd(t));
      if (start >= runEnd) {
        runEnd = runEnd(original, start);
        runHasDigit = hasDigit(original, runStart(original, start), runEnd);
      }
      if (!runHasDigit && !ShoutingRule.ACRONYMS.contains(text.token(t))) {
        shouted.add(start);
        shouted.add(end);
      }
    }
    return shouted;
  }

  private static int runStart(String s, int from) {
    int i = from;
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int runEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasDigit(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
