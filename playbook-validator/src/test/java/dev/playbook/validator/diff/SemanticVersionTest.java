package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticVersionTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "1.0.0, 2.0.0, MAJOR",
      "1.9.9, 10.0.0, MAJOR",
      "1.0.0, 1.1.0, MINOR",
      "1.0.0, 1.0.1, PATCH",
      "1.0.0, 1.0.0, NONE",
      "1.0.0+a, 1.0.0+b, NONE",
      "1.0.1, 1.0.0, DOWN",
      "2.0.0, 1.99.99, DOWN",
      "1.0.0, 1.0.0-rc.1, DOWN",
      "2.0.0-rc.1, 2.0.0, MAJOR",
      "2.0.0-alpha, 2.0.0-beta, MAJOR",
      "2.1.0-rc.1, 2.1.0, MINOR",
      "2.1.1-rc.1, 2.1.1, PATCH",
      "1.0.0-rc.2, 1.0.0-rc.10, MAJOR",
      "1.0.0-alpha.1, 1.0.0-alpha.beta, MAJOR",
      "1.0.0-alpha, 1.0.0-alpha.1, MAJOR",
      "99999999999999999999.0.0, 100000000000000000000.0.0, MAJOR"})
  void bumps(String from, String to, Bump bump) {
    assertThat(SemanticVersion.parse(from).orElseThrow().bumpTo(SemanticVersion.parse(to).orElseThrow()))
        .isEqualTo(bump);
  }

  @ParameterizedTest(name = "{0} needs {1}: {2}")
  @CsvSource({
      "1.4.2, MAJOR, 2.0.0",
      "1.4.2, MINOR, 1.5.0",
      "1.4.2, PATCH, 1.4.3",
      "2.0.0-rc.1, MAJOR, 2.0.0",
      "2.1.0-rc.1, MINOR, 2.1.0",
      "2.1.0-rc.1, MAJOR, 3.0.0"})
  void suggestions(String from, Bump bump, String next) {
    assertThat(SemanticVersion.parse(from).orElseThrow().next(bump)).isEqualTo(next);
  }

  @ParameterizedTest
  @CsvSource({"1.0", "v1.0.0", "01.0.0", "1.0.0-"})
  void refusesWhatIsNotASemanticVersion(String text) {
    assertThat(SemanticVersion.parse(text)).isEmpty();
  }
}
