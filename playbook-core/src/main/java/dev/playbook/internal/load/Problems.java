package dev.playbook.internal.load;

import dev.playbook.Diagnostic;
import dev.playbook.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Collects the diagnostics of one load. Stages report through it and never build diagnostics
 * themselves, so every message comes from {@link Code}'s templates. Not thread-safe: one per load.
 */
public final class Problems {

  private final List<Diagnostic> diagnostics;
  private final UnaryOperator<String> pointers;

  /** An empty collection. */
  public Problems() {
    this(new ArrayList<>(), UnaryOperator.identity());
  }

  private Problems(List<Diagnostic> diagnostics, UnaryOperator<String> pointers) {
    this.diagnostics = diagnostics;
    this.pointers = pointers;
  }

  /**
   * A view that adds to the same diagnostics, with each reported pointer rewritten by {@code pointers}:
   * a playbook composed from several files is validated as one tree, but a diagnostic's pointer names
   * the place in the file the item was written in.
   */
  public Problems translatingPointers(UnaryOperator<String> pointers) {
    return new Problems(diagnostics, pointers);
  }

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
    diagnostics.add(new Diagnostic(code.name(), code.severity(), code.message(args), location, pointers.apply(pointer), hint));
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
