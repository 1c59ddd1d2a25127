package dev.playbook.validator.diff;

import dev.playbook.Diagnostic;
import java.util.List;

/**
 * The verdict of the version rules on a diff (codes PB701-PB704, see {@code docs/diagnostics.md}).
 *
 * @param required the least bump the changes need ({@link Bump#NONE} when nothing changed)
 * @param actual how the version moved
 * @param findings what the rules found, errors first
 */
public record VersionCheck(Bump required, Bump actual, List<Diagnostic> findings) {

  public VersionCheck {
    findings = List.copyOf(findings);
  }

  /** Whether no version rule found an error (warnings allowed): what {@code playbook diff} exits 0 on. */
  public boolean passed() {
    return findings.stream().noneMatch(Diagnostic::isError);
  }
}
