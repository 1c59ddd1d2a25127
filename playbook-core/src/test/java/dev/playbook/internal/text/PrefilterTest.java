package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
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
      """)
  void keepsWhatCanMatchAndDropsWhatCannot(String regex, String text, boolean mayMatch) {
    Prefilter filter = Prefilter.of(regex);
    assertThat(filter.mayMatch(text)).isEqualTo(mayMatch);
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    for (String t : TEXTS) {
      if (pattern.matcher(t).find()) {
        assertThat(filter.mayMatch(t)).as("'%s' matches '%s'", regex, t).isTrue();
      }
    }
    if (pattern.matcher(text).find()) {
      assertThat(mayMatch).as("a matching text is never rejected").isTrue();
    }
  }
}
