package dev.playbook.model;

import java.util.Locale;

/** How serious a finding is. Only {@link #ERROR} findings of enforced rules stop a reply. */
public enum Severity {
  /** The reply must be revised before it is posted. */
  ERROR,
  /** Shown to the agent; does not block. */
  WARNING,
  /** A gentle nudge; does not block. */
  SUGGESTION;

  /** The word used in the YAML and in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
