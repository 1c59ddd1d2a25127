package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.playbook.testing.Corpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A channel's signature is anchored at the draft's end; when its matches are short, RE2/J reads
 * only the draft's tail. That must find exactly what RE2/J finds reading the whole draft, word
 * boundaries and {@code ^} at the tail's start included, for real replies and for texts ending in
 * near-signatures, emoji, combining marks and lone surrogates.
 */
class TextPatternTailTest {

  /** Bounded signatures (the tail is read) and unbounded ones (the whole text is). */
  private static final List<String> SIGNATURES = List.of("\\^[A-Z]{2,3}$", "-\\s*[A-Z][a-z]+$",
      "\\b[A-Z]{2}\\b$", "\\^\\w+$", "^\\^[A-Z]{2}", "\\A.{0,3}", "(?m)^\\^[A-Z]{2}", "\\B\\^?[a-z]",
      "\\^[A-Z]{2}|x", "\\b\\w{1,4}", "(?:\\^|~)[A-Z]{2,3}\\s?", "\\S{2}", "[^a]{3}", "\\b",
      "🙂?\\^\\p{Lu}{2}", "\\^[A-Z]{2}\\)|\\(x", "é\\^?[A-Z]{1,2}");

  private static final List<String> ENDINGS = List.of("^AB", " ^AB", "x^AB", "^ab", "^ABC",
      "^ABCD", "🙂", "🙂^AB", "^AB🙂", "e\u0301^AB", "^A\u0301B", "\uD83D^AB", "\uDE42^AB",
      "^AB\uD83D", "\uD83D\uDE42\uD83D\uDE42", " - Sam", "-Jo", "OK", "ok", "a ^AB ", "^AB\n",
      "\n^AB", "~XY", "^ÉA", "ß^AB", "é^Z", "(x", "");

  @Test
  void findsWhatTheWholeTextRunFinds() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String reply : replies()) {
      texts.add(reply);
      texts.add(reply + " " + ENDINGS.get(Math.floorMod(reply.hashCode(), ENDINGS.size())));
    }
    Random random = new Random(17);
    String alphabet = "aB ^-_.é\u0301🙂\uD83D\uDE42xYZ\n\t1";
    for (int n = 0; n < 1_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
      for (String ending : ENDINGS) {
        texts.add(text + ending);
      }
    }
    int found = 0;
    int tailFound = 0;
    for (String regex : SIGNATURES) {
      TextPattern signature = TextPattern.compileAtEnd(regex);
      Pattern whole = Pattern.compile("(?:" + regex + ")$", Pattern.CASE_INSENSITIVE);
      int width = MatchWidth.of(regex);
      for (String text : texts) {
        // the end as CheckContext gives it (trailing white space left out) and the whole text
        int trimmed = text.stripTrailing().length();
        for (int end : trimmed == text.length() ? new int[] {trimmed}
            : new int[] {trimmed, text.length()}) {
          Matcher m = whole.matcher(text.substring(0, end));
          boolean expected = m.find();
          int[] out = {-1, -1};
          assertThat(signature.find(text, end, out)).as("'%s' at the end of '%s' (%d)", regex, text,
              end).isEqualTo(expected);
          if (expected) {
            assertThat(out).as("'%s' at the end of '%s'", regex, text)
                .containsExactly(m.start(), m.end());
            found++;
            if (width >= 0 && end > width + 1) {
              tailFound++;
            }
          }
        }
      }
    }
    assertThat(found).as("matches, so the test can fail").isGreaterThan(10_000);
    assertThat(tailFound).as("matches found in a tail only").isGreaterThan(5_000);
  }

  @Test
  void readsTheTailOnlyWhenTheWidthIsKnown() {
    assertThat(MatchWidth.of("\\^[A-Z]{2,3}$")).isEqualTo(4);
    assertThat(MatchWidth.of("\\b[A-Z]{2}\\b$")).isEqualTo(2);
    assertThat(MatchWidth.of("-\\s*[A-Z][a-z]+$")).isEqualTo(MatchWidth.UNBOUNDED);
    assertThat(MatchWidth.of("\\^\\w+$")).isEqualTo(MatchWidth.UNBOUNDED);
    // a group turned inside out by the anchoring is not one expression: read whole
    assertThat(MatchWidth.of("a)|(b")).isEqualTo(MatchWidth.UNBOUNDED);
    TextPattern insideOut = TextPattern.compileAtEnd("a)|(b");
    int[] out = {-1, -1};
    assertThat(insideOut.find("xa" + "y".repeat(20), 22, out)).isTrue();
    assertThat(out).containsExactly(1, 2);
  }

  private static List<String> replies() throws IOException {
    List<String> texts = Corpus.texts();
    if (texts.isEmpty()) {
      Random random = new Random(5);
      String[] words = {"Hi", "Sam,", "we're", "sorry", "DM", "us", "^JB", "-", "Kate", "🙂",
          "thanks!", "OK", "café", "\n"};
      for (int n = 0; n < 2_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(40); k > 0; k--) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        texts.add(text.toString().strip());
      }
    }
    return texts;
  }
}
