package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pattern matched on a text as given (the channel's signature) first looks for a character
 * every match has verbatim; it must find exactly what RE2/J finds reading the whole text, and so
 * must the pattern anchored at the text's end, as the compiler makes a channel's signature.
 */
class TextPatternFindTest {

  private static final List<String> PATTERNS = List.of("\\^[A-Z]{2,3}$", "\\b\\d{2}-\\d{2}-\\d{2}\\b",
      "a\\.b", "%\\bpay", "\\b\\d{1,3}\\s*%\\s+off\\b", "k#?1", "x@y", "1\\d", "[a-z]+:\\d",
      "-{2}", "\\bwe'll\\b", "--?x", "(?:a|-)b", "\\^?x", "a b");

  private static final String ALPHABET = "aAbBkKxXpPyYsS \t1209^-%.:#@'\uFF3E\u2010\u066A\u0661"
      + "\u212A\u017F\u2019_";

  @Test
  void findsWhatTheWholeTextRunFinds() {
    compareWithTheWholeTextRun(false);
  }

  @Test
  void anchoredAtTheEndFindsWhatTheWholeTextRunFinds() {
    compareWithTheWholeTextRun(true);
  }

  @Test
  void signatureAnchoredAtTheEndIsRejectedWithoutItsCaret() {
    // retail-bank's signature, as the compiler makes it (a review found the check never ran
    // there while the compiler wrapped the signature in a group the prefilter gives up on)
    TextPattern signature = TextPattern.compileAtEnd("\\^[A-Z]{2,3}$");
    assertThat(signature.prefilter().mayMatchVerbatim("Hi Sam, we will DM you. PS")).isFalse();
    int[] found = {-1, -1};
    assertThat(signature.find("Hi Sam, we will DM you. ^PS", 27, found)).isTrue();
    assertThat(found).containsExactly(24, 27);
  }

  private static void compareWithTheWholeTextRun(boolean atEnd) {
    Random random = new Random(41);
    int found = 0;
    int rejected = 0;
    for (String regex : PATTERNS) {
      TextPattern pattern = atEnd ? TextPattern.compileAtEnd(regex) : TextPattern.compile(regex);
      Pattern whole = Pattern.compile(atEnd ? "(?:" + regex + ")$" : regex,
          Pattern.CASE_INSENSITIVE);
      for (int n = 0; n < 5_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(16); k > 0; k--) {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        CharSequence s = n % 2 == 0 ? text.toString() : text;
        Matcher m = whole.matcher(s);
        boolean expected = m.find();
        int[] out = {-1, -1};
        assertThat(pattern.find(s, s.length(), out)).as("'%s' in '%s'", regex, s).isEqualTo(expected);
        if (expected) {
          found++;
          assertThat(out).containsExactly(m.start(), m.end());
        } else if (!pattern.prefilter().mayMatchVerbatim(s)) {
          rejected++;
        }
      }
    }
    assertThat(found).as("matches, so the test can fail").isGreaterThan(atEnd ? 300 : 1_000);
    assertThat(rejected).as("texts rejected unread, so the check is used").isGreaterThan(10_000);
  }
}
