package dev.playbook;

import dev.playbook.model.Playbook;
import java.util.List;
import java.util.Optional;

/**
 * What loading a playbook produced: the playbook when it is valid, and every diagnostic either way.
 *
 * <p>Loading never throws for a problem in the playbook: syntax errors, schema violations, broken
 * references and unreadable files all come back as {@link Diagnostic}s, sorted by location.
 *
 * @param playbook the playbook, present exactly when there is no error diagnostic
 * @param diagnostics every problem found, errors and warnings, sorted by location
 */
public record LoadResult(Optional<Playbook> playbook, List<Diagnostic> diagnostics) {

  public LoadResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
    boolean hasError = diagnostics.stream().anyMatch(Diagnostic::isError);
    if (playbook.isPresent() == hasError) {
      throw new IllegalArgumentException("a playbook is present exactly when there is no error");
    }
  }

  /** Whether the playbook is valid (warnings allowed). */
  public boolean isValid() {
    return playbook.isPresent();
  }

  /** The error diagnostics only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** The warning diagnostics only. */
  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /**
   * The playbook, or an exception carrying every diagnostic.
   *
   * @throws InvalidPlaybookException if there is any error
   */
  public Playbook orThrow() {
    return playbook.orElseThrow(() -> new InvalidPlaybookException(diagnostics));
  }
}
