package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the golden files do not show: a playbook cannot drive the terminal. */
class TextReporterTest {

  @Test
  void controlCharactersInAMessageAreShownNotSent() throws Exception {
    Report report = Scenarios.report(new FileResult("p.yaml", List.of(
        Scenarios.error("PB201", "p.yaml", 2, 1, "unknown property 'a\u001B[2Jb\u0007'", "/a", null))));
    assertThat(ReporterContractTest.render(new TextReporter(false), report))
        .isEqualTo("p.yaml:2:1: error PB201 unknown property 'a\\u001b[2Jb\\u0007'\n1 error in 1 file\n");
  }
}
