package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summary line, for every combination of counts that changes its wording. */
class ReportTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // files, errors, warnings | summary
      "0 | 0 | 0 | no playbooks validated",
      "1 | 0 | 0 | 1 playbook valid",
      "3 | 0 | 0 | 3 playbooks valid",
      "3 | 0 | 1 | 3 playbooks valid, 1 warning",
      "3 | 0 | 2 | 3 playbooks valid, 2 warnings",
      "1 | 1 | 0 | 1 error in 1 file",
      "3 | 2 | 1 | 2 errors, 1 warning in 3 files",
      "2 | 1 | 2 | 1 error, 2 warnings in 2 files",
  })
  void summary(int files, int errors, int warnings, String summary) {
    List<FileResult> results = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      // All diagnostics in the first file: the summary counts diagnostics, not files with them.
      results.add(new FileResult("f" + i + ".yaml", i > 0 ? List.of() : diagnostics(errors, warnings)));
    }
    Report report = new Report(Scenarios.TOOL, results);
    assertThat(report.summary()).isEqualTo(summary);
    assertThat(report.isValid()).isEqualTo(errors == 0);
  }

  private static List<Diagnostic> diagnostics(int errors, int warnings) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 0; i < errors; i++) {
      diagnostics.add(Scenarios.error("PB201", "f0.yaml", i + 1, 1, "unknown property", "/x", null));
    }
    for (int i = 0; i < warnings; i++) {
      diagnostics.add(Scenarios.warning("PB601", "f0.yaml", 100 + i, 1, "review date passed", "/y", null));
    }
    return diagnostics;
  }
}
