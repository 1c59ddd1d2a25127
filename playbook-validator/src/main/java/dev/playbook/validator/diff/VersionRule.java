package dev.playbook.validator.diff;

import dev.playbook.Diagnostic.Severity;

/**
 * The version rules on {@code metadata.version}, with their stable codes (catalogued in
 * {@code docs/diagnostics.md}).
 */
public enum VersionRule {
  /** The content changed but the version did not. */
  PB701(Severity.ERROR),
  /** A breaking change without a major bump. */
  PB702(Severity.ERROR),
  /** A loosening or tightening change without at least a minor bump. */
  PB703(Severity.WARNING),
  /** The version went down. */
  PB704(Severity.ERROR);

  private final Severity severity;

  VersionRule(Severity severity) {
    this.severity = severity;
  }

  /** Whether a finding of this rule fails {@code playbook diff}. */
  public Severity severity() {
    return severity;
  }
}
