package dev.playbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link LoadResult#orThrow()} when a playbook has errors. Carries every diagnostic, so a
 * caller that prefers exceptions still gets all problems at once.
 */
public final class InvalidPlaybookException extends RuntimeException {

  private final transient List<Diagnostic> diagnostics;

  /** An exception for these diagnostics (at least one of them an error). */
  public InvalidPlaybookException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every diagnostic, errors and warnings, sorted by location. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return "invalid playbook (" + errors + (errors == 1 ? " error" : " errors") + "):\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
