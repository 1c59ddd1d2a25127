package dev.playbook;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem found while loading or validating a playbook, in the author's own terms.
 *
 * <p>Every diagnostic has a stable {@link #code() code} (catalogued in {@code docs/diagnostics.md}),
 * so CI jobs and tests can match on it while the wording improves.
 *
 * @param code stable code such as {@code PB302}
 * @param severity whether loading fails ({@link Severity#ERROR}) or not
 * @param message what is wrong, in plain words
 * @param location where, as {@code file:line:col}
 * @param pointer the JSON pointer of the offending value (RFC 6901), {@code ""} for the whole document
 * @param hint how to fix it (for example "did you mean 'legal-review'?"), if there is a useful one
 */
public record Diagnostic(
    String code,
    Severity severity,
    String message,
    SourceLocation location,
    String pointer,
    Optional<String> hint) {

  /** Sorts diagnostics by location, then code, the order compilers print them in. */
  public static final Comparator<Diagnostic> BY_LOCATION =
      Comparator.comparing(Diagnostic::location).thenComparing(Diagnostic::code);

  /** How serious a diagnostic is. */
  public enum Severity {
    /** The playbook cannot be used until this is fixed. */
    ERROR,
    /** The playbook works, but something deserves attention (an overdue review, a missing locale). */
    WARNING;

    /** The lower-case word used in every output format. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(hint, "hint");
  }

  /** Whether this diagnostic makes loading fail. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The compiler-style line: {@code file:line:col: error PB302 message (hint)}.
   */
  @Override
  public String toString() {
    return location + ": " + severity.label() + " " + code + " " + message
        + hint.map(h -> " (" + h + ")").orElse("");
  }
}
