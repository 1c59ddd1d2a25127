package dev.playbook.model;

/** A rule's lifecycle mode. */
public enum Mode {
  /** Findings count towards the decision. */
  ENFORCE,
  /** Findings are reported separately and never change the decision: a rule on trial. */
  SHADOW
}
