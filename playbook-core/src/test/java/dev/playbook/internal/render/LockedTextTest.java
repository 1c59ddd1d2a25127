package dev.playbook.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockedTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Hi. {{#locked}}Fixed.{{/locked}} Bye {{agent}}.     | -",
      "{{ #locked }}A{{ /locked }} {{#locked}}B{{/locked}} | -",
      "No markers at all, {{agent}}.                        | -",
      "Hi. {{#locked}}Fixed.                               | {{#locked}} is never closed",
      "Hi. Fixed.{{/locked}}                               | {{/locked}} closes nothing",
      "{{#locked}}A {{#locked}}B{{/locked}}{{/locked}}     | a locked part opens inside another",
      "{{#locked}}   {{/locked}}                           | a locked part is empty",
      "{{#locked}}Dear {{name}}{{/locked}}                 | a locked part contains a placeholder; locked text must be fixed text"})
  void markersMustBeBalancedAroundFixedText(String body, String problem) {
    assertThat(LockedText.problem(body)).isEqualTo(Optional.ofNullable(problem));
  }

  @org.junit.jupiter.api.Test
  void partsAreTrimmedAndMarkersStripped() {
    String body = "Hi {{name}}. {{#locked}} We are\\n  regulated. {{/locked}} ^{{agent}}"
        .replace("\\n", "\n");
    assertThat(LockedText.parts(body)).isEqualTo(List.of("We are\n  regulated."));
    assertThat(LockedText.strip(body)).isEqualTo("Hi {{name}}.  We are\n  regulated.  ^{{agent}}");
    assertThat(LockedText.normalise(" We are\n\t regulated.\u00a0 ")).isEqualTo("We are regulated.");
  }
}
