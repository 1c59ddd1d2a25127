package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pattern whose matches are short is run only on windows around the piece every match contains;
 * it must find exactly what RE2/J finds reading the whole text, word boundaries, {@code ^} and
 * {@code $} at the windows' edges included.
 */
class TextPatternWindowsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      abc                                        ~ 3
      \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b     ~ 8
      \\b\\d{2}-\\d{2}-\\d{2}\\b                    ~ 8
      \\^[A-Z]{2,3}$                             ~ 4
      (?:BBC|Guardian)\\b                        ~ 8
      (?i:ab)(?P<x>c|de){2}                      ~ 6
      a.b                                        ~ 4
      a[^b]c                                     ~ 4
      [[:alpha:]]x                               ~ 2
      [é]x                                       ~ 3
      éx?                                        ~ 3
      \\pLx                                      ~ -1
      a\\s+b                                     ~ -1
      a{2,}                                      ~ -1
      a{,3}                                      ~ -1
      a\\x41                                     ~ -1
      \\Qab\\E                                   ~ -1
      a)                                         ~ -1
      a{1001}                                    ~ -1
      """)
  void measuresTheWidestMatch(String regex, int width) {
    assertThat(MatchWidth.of(regex)).isEqualTo(width);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      \\bwe(?:\\s+will|'ll)\\s+pay\\b            ~ 9
      a\\s+                                    ~ 1
      "a +b"                                     ~ 2
      a\\s{2,}b\\s?                            ~ 2
      (?:a\\s)+                                ~ -1
      (?:a\\s+)?b                              ~ 2
      a\\s*\\d+                                ~ -1
      a\\S+                                    ~ -1
      """)
  void measuresTheWidestMatchOutsideWhiteSpace(String regex, int width) {
    assertThat(MatchWidth.outsideSpace(regex)).isEqualTo(width);
  }

  /**
   * Patterns of bounded width with a piece the windows are built around, and patterns unbounded
   * only in their runs of white space.
   */
  private static final List<String> PATTERNS = List.of(
      "\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b", "\\b\\d{2}-\\d{2}-\\d{2}\\b", "\\b\\d{8}\\b",
      "\\^[A-Z]{2,3}$", "^ab\\d", "(?m)^ab\\d", "ab\\d$", "(?m)a\\d$", "\\bs\\w\\d{2,3}\\b",
      "\\Bab1", "a.b1", "1[^a]1", "k\\d\\s\\d", "\\bz1\\b", "s\\d{0,2}\\s\\d", "x\\S{1,3}1",
      "\\d\\d[a-z]{0,2}\\d\\d", "ab(?:1|22)c", "[0-9-]{3}\\b", "\\bab\\b", "\\Bs\\B", "ss",
      "\\bas?\\b", "a\\b.?\\bs", "(?s)a.?1", "(?U)a.{0,2}s", "\\b\\d\\d\\b", "\\Aa1", "a1\\z",
      "\\d[A-Z]{2}\\b", "[a-z]{2,3}\\d\\b", "\\b\\d{3}[ -]?\\d{3}\\b", "a\\s?1", "\\b1\\B",
      "\\bwe(?:\\s+will|'ll)\\s+pay\\b", "\\bno\\s+(?:fee|charge)s?\\b", "a\\s+s\\b",
      "\\bit'?s\\s+(?:not\\s+)?our\\s+fault\\b", "\\b1\\s*a ?\\s*s", "s\\s*1$", "^\\s*a1",
      "(?m)^a\\s+1", "k +1\\b", "\\b\\d{1,3}\\s*%\\s+off\\b", "\\ba\\s*(?:1|2\\s+z)\\b");

  private static final String ALPHABET =
      "aAsSzZkKbx123 _-.^/@#\t\n\rσςİſ\u212A\uD835\uDC00\u0663";

  @Test
  void findsWhatTheWholeTextRunFindsInRandomTexts() {
    Random random = new Random(23);
    List<String> texts = new ArrayList<>();
    List<String> seeds = List.of("sw1a 1aa", "ec1a1bb", "12-34-56", "12345678", "^AB", "ab1",
        "a1", "k1 1", "s12", "z1", "ab", "a.b1", "1x1", "xa1", "ab1c", "ab22c", "11ab11", "s 1");
    for (int n = 0; n < 6_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 10 + random.nextInt(70);
      while (text.length() < length) {
        if (random.nextInt(4) == 0) {
          text.append(seeds.get(random.nextInt(seeds.size())));
        } else {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      texts.add(text.toString());
    }
    assertThat(compareOn(texts)).as("matches, so the test can fail").isGreaterThan(20_000);
  }

  @Test
  void findsWhatTheWholeTextRunFindsInRealReplies() throws IOException {
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    List<String> texts = new ArrayList<>(List.of(
        "Call us on 0800 123 4567 or write to SW1A 1AA, account 12345678, sort code 12-34-56. ^PS",
        "We moved from EC1A 1BB to W4 1AB; ref 20-30-40 ^ab",
        "we" + " ".repeat(300) + "will pay, we will  pay a" + "\t".repeat(300) + "s it's\nour fault",
        "a" + " ".repeat(255) + "s " + "1 ".repeat(200) + "a" + " ".repeat(256) + "s a  s",
        " ".repeat(257) + "a1 a\n  1 k  1 s   1"));
    if (Files.isRegularFile(corpus)) {
      texts.addAll(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    }
    assertThat(compareOn(texts)).as("matches, so the test can fail").isGreaterThan(5);
  }

  /** Compares every pattern on every text; the number of matches seen. */
  private static int compareOn(List<String> texts) {
    int matches = 0;
    List<NormalizedText> normalized = texts.stream().map(NormalizedText::of).toList();
    for (String regex : PATTERNS) {
      TextPattern windowed = TextPattern.compile(regex);
      Prefilter prefilter = Prefilter.of(regex);
      Pattern whole = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      for (NormalizedText text : normalized) {
        String s = text.original();
        Spans expected = new Spans(2);
        if (prefilter.mayMatch(text.folded(), text.digitRun())) {
          Matcher m = whole.matcher(text.folded());
          while (m.find()) {
            if (m.end() > m.start()) {
              expected.add(text.originalStartOf(m.start()), text.originalEndOf(m.end()));
            }
          }
        }
        Spans found = new Spans(2);
        windowed.findAll(text, null, found);
        assertThat(spans(found)).as("'%s' in '%s'", regex, s).isEqualTo(spans(expected));
        matches += expected.size();

      }
    }
    return matches;
  }

  private static List<String> spans(Spans s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.start(i) + "-" + s.end(i));
    }
    return out;
  }
}
