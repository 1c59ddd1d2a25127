package dev.playbook.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

  private static final List<String> IDS = List.of("legal-review", "vulnerable-customer", "press-office", "escalate");

  @ParameterizedTest
  @CsvSource({
      "legal, legal-review",
      "legal-reveiw, legal-review",
      "escalte, escalate",
      "Press-Office, press-office",
      "vulnerable, vulnerable-customer",
      "zzz, ''",
      "sometimes, ''",
  })
  void suggestsOnlyLikelyTypos(String typed, String expected) {
    assertThat(Suggestions.closest(typed, IDS).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"a|a", "a,b|a or b", "a,b,c|a, b or c"})
  void listsChoicesInWords(String choices, String expected) {
    assertThat(Suggestions.oneOf(List.of(choices.split(",")))).isEqualTo(expected);
  }
}
