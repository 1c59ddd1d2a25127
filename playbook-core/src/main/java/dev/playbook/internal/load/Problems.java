package dev.playbook.internal.load;

import dev.playbook.Diagnostic;
import dev.playbook.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one load. Stages report through it and never build diagnostics
 * themselves, so every message comes from {@link Code}'s templates. Not thread-safe: one per load.
 */
public final class Problems {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Reports a problem without a hint. */
  public void report(Code code, SourceLocation location, String pointer, Object... args) {
    add(code, location, pointer, Optional.empty(), args);
  }

  /** Reports a problem with a hint (none when {@code hint} is null). */
  public void reportWithHint(
      Code code, SourceLocation location, String pointer, String hint, Object... args) {
    add(code, location, pointer, Optional.ofNullable(hint), args);
  }

  private void add(Code code, SourceLocation location, String pointer, Optional<String> hint, Object... args) {
    diagnostics.add(new Diagnostic(code.name(), code.severity(), code.message(args), location, pointer, hint));
  }

  /** Whether any error has been reported. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything reported so far. */
  public List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}
