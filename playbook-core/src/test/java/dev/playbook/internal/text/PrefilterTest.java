package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefilterTest {

  /** Texts every pattern below is tried on, to show the filter never rejects a real match. */
  private static final List<String> TEXTS = List.of(
      "we will pay you back", "we'll pay", "payment is due", "we will repay it", "pay",
      "your order #1234567 is late", "order 12", "no fees here", "no charge", "nobody knows",
      "it's not our fault", "its our fault", "default fault", "faulty", "20 % off today",
      "20% offer", "the fca said", "bbc news", "ofcom", "a\tpay\tb", "x pay_", "pay2",
      "café pay", "payé", "case number: 42", "showcase numbers 7", "12345678", "12-34-56-7",
      "1234567", "01-02", "sw1a 1aa", "ec1a1bb", "12-34-56", "_9", "card 1234", "");

  @ParameterizedTest(name = "{0} on \"{1}\": {2}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      \\bwe(?:\\s+will|'ll)\\s+pay\\b  ~ we will pay you back   ~ true
      \\bwe(?:\\s+will|'ll)\\s+pay\\b  ~ payment is due for we  ~ false
      \\bwe(?:\\s+will|'ll)\\s+pay\\b  ~ we will repay it       ~ false
      \\bwe(?:\\s+will|'ll)\\s+pay\\b  ~ towel we will pay      ~ true
      \\bno\\s+(?:fee|charge)s?\\b     ~ nobody charges fees    ~ false
      \\bno\\s+(?:fee|charge)s?\\b     ~ no fees here           ~ true
      \\border\\s*#?\\s*\\d{6,}\\b     ~ reorder 1234567        ~ false
      \\border\\s*#?\\s*\\d{6,}\\b     ~ order #1234567         ~ true
      \\b\\d{1,3}\\s*%\\s+off\\b       ~ 20% offer              ~ false
      \\b\\d{1,3}\\s*%\\s+off\\b       ~ 20 % off               ~ true
      pay                              ~ repayment              ~ true
      pay\\b                           ~ payé                   ~ true
      \\bpay                           ~ _pay                   ~ false
      %\\bpay                          ~ 5%pay                  ~ true
      \\b\\d{8}\\b                   ~ user 115712 id 4711    ~ false
      \\b\\d{8}\\b                   ~ account 12345678       ~ true
      [0-9-]{8}                        ~ 12-34-56-7             ~ true
      \\d{2}-\\d{2}                    ~ 1-2                    ~ false
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ @115712 on 3 may     ~ false
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ sw1a 1aa              ~ true
      \\b\\d{2}-\\d{2}-\\d{2}\\b         ~ 12-34-56               ~ true
      [A-z]9                           ~ _9                     ~ true
      \\bcard\\s+\\d{4}                 ~ card 1234             ~ true
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ t.co/AbC1d2 ~ false
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ x1 2ab_ ~ false
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ at ec1a1bb. ~ true
      \\d[A-Z]{2}\\b                 ~ 1abc 2d              ~ false
      \\b\\d{2}-\\d{2}-\\d{2}\\b         ~ 123-45-67 12-34-567  ~ false
      \\bsort\\s?code\\s\\d          ~ sort code: 1         ~ false
      \\bsort\\s?code\\s\\d          ~ sortcode 1           ~ true
      σ                                ~ ας                     ~ true
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ https://t.co/mqmfkxw4ov ~ false
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b ~ w4 1ab ~ true
      \\d\\d[A-Z]?\\d\\d             ~ 12a 34                 ~ false
      \\d\\d[A-Z]?\\d\\d             ~ 12a34                  ~ true
      \\d\\d[A-Z]?\\d\\d             ~ 1234                   ~ true
      \\d\\d[A-Z]{0,2}\\d\\d         ~ 12ab34                 ~ true
      \\d\\d[A-Z]{0,2}\\d\\d         ~ 12abc34                ~ false
      \\d\\d[A-Z]*\\d\\d             ~ 12abc34                ~ true
      \\d\\d[A-Z]+\\d\\d             ~ 12abc34                ~ true
      \\d\\d(?:a|b)?\\d\\d           ~ 12 x 34                ~ true
      (?:σας|x)                        ~ ΑΣ ας                  ~ true
      \\border\\s*#?\\s*\\d{6,}\\b     ~ order 5 call 0123456789 ~ false
      \\border\\s*#?\\s*\\d{6,}\\b     ~ order:123456           ~ false
      \\border\\s*#?\\s*\\d{6,}\\b     ~ order  # \t 123456       ~ true
      \\border\\s*#?\\s*\\d{6,}\\b     ~ order123456            ~ true
      \\border\\s*#?\\s*\\d{6,}\\b     ~ border 123456          ~ false
      \\bit'?s\\s+(?:not\\s+)?our\\s+fault\\b ~ it's not our fault ~ true
      \\bit'?s\\s+(?:not\\s+)?our\\s+fault\\b ~ it s our fault     ~ false
      a\\s*[a-z]?\\s*1              ~ a  xy 1               ~ true
      [0-9-]{3}                        ~ x---y                  ~ true
      [0-8-9]                          ~ a-b                    ~ true
      [a-c-e]                          ~ 1-2                    ~ true
      [-0-9]{2}                        ~ --                     ~ true
      [0-9]{3}                         ~ x-y                    ~ false
      """)
  void keepsWhatCanMatchAndDropsWhatCannot(String regex, String text, boolean mayMatch) {
    Prefilter filter = Prefilter.of(regex);
    assertThat(filter.mayMatch(text, Integer.MAX_VALUE)).isEqualTo(mayMatch);
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    for (String t : TEXTS) {
      if (pattern.matcher(t).find()) {
        assertThat(filter.mayMatch(t, Integer.MAX_VALUE)).as("'%s' matches '%s'", regex, t).isTrue();
      }
    }
    if (pattern.matcher(text).find()) {
      assertThat(mayMatch).as("a matching text is never rejected").isTrue();
    }
  }

  /** Patterns whose filters need characters side by side, at word edges and in white space. */
  private static final List<String> PATTERNS = List.of(
      "\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b", "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}\\b",
      "\\b\\d{2}-\\d{2}-\\d{2}\\b", "\\d[A-Z]{2}\\b", "\\bs\\w\\d{2,}\\b", "a\\s+s\\b",
      "[a-z]{2,3}\\d\\b", "\\b\\d{3}[ -]?\\d{3}\\b", "\\^[A-Z]{2,3}$", "k\\d\\s\\d",
      "\\b[as]{2}\\b", "1[A-Z]+1", "\\bz1\\b", "\\ba\\.\\S", "s.1",
      "\\d\\d[A-Z]?\\d\\d", "[a-z]\\d[a-z]? ?\\d[a-z]{2}", "s\\d{0,2}\\s\\d", "\\d1[a-z]{0}\\d\\s",
      "\\bk1\\b ?\\bs1", "a1\\s?^?\\s?1a", "\\d\\d[a-z]*\\d\\d",
      "\\bk\\s*#?\\s*\\d{3,}\\b", "a\\s*1", "\\bs\\s*#?\\s*\\d{2}", "1[a-z]?\\s*a",
      "a\\s*\\b\\s*1", "a ?#? ?1", "s\\s*#*z", "k#?\\s{0,3}1", "\\s\\s*\\s1",
      "[0-9-]{3}", "\\b\\d{4}\\b", "1[^a]1", "[0-8-9]{2}", "[a-c-z]s",
      // \\s* between two parts with digits or letters: the gap has no limit
      "\\d{2}\\s*\\d{2}", "[a-z]{2}\\s*\\d{6}", "\\b[A-Z]{2}\\s*\\d{6}\\s*[A-D]\\b", "\\d\\s*\\d");

  /**
   * Random texts of the characters these patterns care about, and edits of texts that match:
   * whatever a pattern matches in the folded text, its filter lets through.
   */
  @Test
  void neverRejectsAFoldedTextThePatternMatches() {
    Random random = new Random(11);
    String alphabet = "aAsSzZkK19 _-.^/@#\t\nσςİſ\u212A\uD835\uDC00\u0663";
    List<String> seeds = List.of("sw1a 1aa", "ec1a1bb", "12-34-56", "1ab.", "sa12", "a  s",
        "abc1", "123 456", "^AB", "k1 1", "as", "1a1", "z1", "a.b", "s.1", "11a11", "1111",
        "a1 1aa", "s1 1", "s 1", "k1 s1", "a1 1a", "11zz11", "k # 123", "k#1234", "a 1", "s #12",
        "1a  a", "s##z", "k#  1", "  1", "1-1", "---", "1111", "1/1", "1a1");
    int matched = 0;
    for (String regex : PATTERNS) {
      Prefilter filter = Prefilter.of(regex);
      Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      for (int n = 0; n < 20_000; n++) {
        StringBuilder text = new StringBuilder();
        if (n % 2 == 0) {
          text.append(seeds.get(random.nextInt(seeds.size())));
          for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (random.nextBoolean() && at < text.length()) {
              text.setCharAt(at, c);
            } else {
              text.insert(at, c);
            }
          }
        } else {
          for (int k = random.nextInt(12); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        NormalizedText normalized = NormalizedText.of(text.toString());
        String folded = normalized.folded();
        if (pattern.matcher(folded).find()) {
          matched++;
          assertThat(filter.mayMatch(folded, normalized.digitRun()))
              .as("'%s' matches '%s'", regex, folded).isTrue();
        }
      }
    }
    assertThat(matched).as("texts that match, so the test can fail").isGreaterThan(5_000);
  }

  /** A text whose digits stand in shorter runs than the pattern needs is not read. */
  @Test
  void rejectsTextsWithTooShortARunOfDigits() {
    Prefilter account = Prefilter.of("\\b\\d{8}\\b");
    assertThat(account.mayMatch("account 12345678", 8)).isTrue();
    assertThat(account.mayMatch("account 12345678", 7)).isFalse();
    assertThat(Prefilter.of("order \\d").mayMatch("order 1", 0)).isFalse();
    assertThat(Prefilter.of("[0-9-]{3}").mayMatch("x---y", 0)).isTrue();
    // after a range a dash is a character of its own, as RE2 reads it
    assertThat(Prefilter.of("[0-8-9]").mayMatch("a-b", 0)).isTrue();
  }

  /** The skipping digit-run check answers what reading every character does. */
  @Test
  void findsDigitRunsAsAFullReadDoes() {
    Random random = new Random(5);
    String alphabet = "0123456789a -\u0663";
    int found = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int run = 1 + random.nextInt(9);
      int seen = 0;
      boolean expected = false;
      for (int k = 0; k < text.length() && !expected; k++) {
        seen = Character.isDigit(text.charAt(k)) ? seen + 1 : 0;
        expected = seen >= run;
      }
      found += expected ? 1 : 0;
      assertThat(Prefilter.hasDigits(text.toString(), run)).as("%d in '%s'", run, text)
          .isEqualTo(expected);
    }
    assertThat(found).as("texts with such a run, so the test can fail").isGreaterThan(5_000);
  }

  /**
   * A sequence that looks for a digit or letter first, or any with one once the record is made,
   * reads where the text's sketch says they are, 64 characters at a time: it finds, from every
   * place, what reading the text finds; a chain, which first asks the record whether its second
   * sequence may follow the first, occurs where it does without. Long texts (the 64-character
   * words' edges), digits everywhere, digits beside letters, digits and letters outside ASCII
   * (Arabic-Indic, full-width, which folding makes ASCII).
   */
  @Test
  void findsSequencesWithTheSketchAsReadingTheTextDoes() {
    Random random = new Random(17);
    List<String> parts = List.of("sw1a 1aa", "ec1a1bb", "12-34-56", "@116782 ", "t.co/0f6pFdYU9j",
        "a", "b", "1", "9", "0", " ", " ", "-", "\u0663", "\u0661\u0662", "\uFF11\uFF12", "é",
        "σ", "ab", "12", "a1", "1a", "_", "\t", "#", "%", "'", "K", "x", "123456", "12345678");
    int found = 0;
    int texts = 0;
    int chains = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(n % 3 == 0 ? 8 : 120); k > 0; k--) {
        String part = parts.get(random.nextInt(parts.size()));
        // half the texts all ASCII, which the sketch reads eight characters at a time
        if (n % 2 == 0 || part.chars().allMatch(c -> c < 0x80)) {
          text.append(part);
        }
      }
      NormalizedText normalized = NormalizedText.of(text.toString());
      String folded = normalized.folded();
      WordSketch sketch = new WordSketch(normalized);
      if (n % 4 < 2) {
        // made before any sequence asks: those that look for a literal first read it too
        sketch.digits();
      }
      texts += folded.length() > 128 && normalized.isAscii() ? 1 : 0;
      for (String regex : PATTERNS) {
        Prefilter filter = Prefilter.of(regex);
        if (filter.piece() == null || filter.piece().sequence() == null) {
          continue;
        }
        Prefilter.Sequence bare = filter.piece().sequence();
        for (Prefilter.Sequence sequence : List.of(bare,
            new Prefilter.Sequence(bare.elements(), true, true))) {
          int from = random.nextInt(3);
          for (int at = sequence.find(folded, from); ; at = sequence.find(folded, from)) {
            assertThat(sequence.find(folded, from, sketch))
                .as("'%s' from %d in '%s'", regex, from, folded).isEqualTo(at);
            if (at < 0) {
              break;
            }
            found++;
            from = at + 1;
          }
        }
        for (Prefilter.SideBySide requirement : filter.sideBySide()) {
          // A chain first asks the record whether its second sequence may follow the first.
          boolean occurs = requirement.occursIn(folded, null);
          chains += requirement instanceof Prefilter.Chain && occurs ? 1 : 0;
          assertThat(requirement.occursIn(folded, sketch)).as("%s in '%s'", requirement, folded)
              .isEqualTo(occurs);
        }
      }
    }
    assertThat(found).as("occurrences, so the test can fail").isGreaterThan(20_000);
    assertThat(chains).as("chains found, so the test can fail").isGreaterThan(1_000);
    assertThat(texts).as("ASCII texts longer than two of the sketch's words").isGreaterThan(500);
  }
}
