package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import dev.playbook.LoadResult;
import java.util.List;
import java.util.Objects;

/**
 * One validated playbook file and what was found in it.
 *
 * @param file the file's path as the user gave it (relative stays relative)
 * @param diagnostics every error and warning in the file, in the order they are reported
 */
public record FileResult(String file, List<Diagnostic> diagnostics) {

  public FileResult {
    Objects.requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
  }

  /** The result of loading {@code file}. */
  public static FileResult of(String file, LoadResult result) {
    return new FileResult(file, result.diagnostics());
  }

  /** Whether the file is a valid playbook: no error, warnings allowed. */
  public boolean isValid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** The number of error diagnostics. */
  public int errorCount() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** The number of warning diagnostics. */
  public int warningCount() {
    return diagnostics.size() - errorCount();
  }
}
