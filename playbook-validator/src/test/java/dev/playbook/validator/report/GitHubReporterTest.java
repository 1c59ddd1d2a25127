package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Escaping as the Actions toolkit does it, so GitHub reads the annotation back exactly. */
class GitHubReporterTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        // text, as a message, as a property
        Arguments.of("plain", "plain", "plain"),
        Arguments.of("100% sure", "100%25 sure", "100%25 sure"),
        Arguments.of("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
        Arguments.of("key: value, more", "key: value, more", "key%3A value%2C more"),
        Arguments.of("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
        Arguments.of("café 🙂", "café 🙂", "café 🙂"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesMessagesAndProperties(String text, String data, String property) {
    assertThat(GitHubReporter.escapeData(text)).isEqualTo(data);
    assertThat(GitHubReporter.escapeProperty(text)).isEqualTo(property);
  }
}
