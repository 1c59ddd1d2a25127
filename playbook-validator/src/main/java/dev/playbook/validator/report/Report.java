package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code playbook validate} run found, ready for a {@link Reporter}.
 *
 * <p>Immutable and therefore safe to share between threads.
 *
 * @param tool the program that produced the report
 * @param files every validated file, in the order they were validated
 */
public record Report(Tool tool, List<FileResult> files) {

  public Report {
    Objects.requireNonNull(tool, "tool");
    files = List.copyOf(files);
  }

  /** Whether every file is valid (warnings allowed). */
  public boolean isValid() {
    return files.stream().allMatch(FileResult::isValid);
  }

  /** The number of error diagnostics across all files. */
  public int errorCount() {
    return files.stream().mapToInt(FileResult::errorCount).sum();
  }

  /** The number of warning diagnostics across all files. */
  public int warningCount() {
    return files.stream().mapToInt(FileResult::warningCount).sum();
  }

  /** The number of files with at least one error. */
  public int invalidFileCount() {
    return (int) files.stream().filter(f -> !f.isValid()).count();
  }

  /** The distinct diagnostic codes that occur, sorted: SARIF's rules. */
  public List<String> codes() {
    return files.stream()
        .flatMap(f -> f.diagnostics().stream())
        .map(Diagnostic::code)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The one-line summary a person reads last: {@code 2 errors, 1 warning in 3 files},
   * {@code 3 playbooks valid}, {@code 3 playbooks valid, 1 warning} or {@code no playbooks validated}.
   */
  public String summary() {
    int errors = errorCount();
    int warnings = warningCount();
    if (files.isEmpty()) {
      return "no playbooks validated";
    }
    if (errors > 0) {
      return count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
          + " in " + count(files.size(), "file");
    }
    return count(files.size(), "playbook") + " valid"
        + (warnings > 0 ? ", " + count(warnings, "warning") : "");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
