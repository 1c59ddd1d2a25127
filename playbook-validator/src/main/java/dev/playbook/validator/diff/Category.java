package dev.playbook.validator.diff;

import java.util.Locale;

/**
 * How a change between two playbook versions must be reviewed, most serious first. The rules for
 * each are in {@code docs/diff.md}.
 */
public enum Category {
  /**
   * Something an integration refers to disappears or changes incompatibly: a channel or template
   * removed or renamed, a required template variable added, a variable's type changed.
   */
  BREAKING,
  /**
   * Agents may post something they could not before, a check or escalation is weaker or slower, or
   * fewer people review: needs compliance review.
   */
  LOOSENING,
  /** The opposite of loosening: more is checked, escalated faster or reviewed by more people. */
  TIGHTENING,
  /** Wording for people (descriptions, messages, reasons, template wording): no check changes. */
  COSMETIC;

  /** The lower-case word used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
