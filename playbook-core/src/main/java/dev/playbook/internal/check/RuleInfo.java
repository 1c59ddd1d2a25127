package dev.playbook.internal.check;

import dev.playbook.SourceLocation;
import dev.playbook.model.Mode;
import dev.playbook.model.Severity;

/**
 * What every compiled rule shares: its identity and how its findings are reported.
 *
 * @param id the rule's (or topic's) id
 * @param kind the stable lower-case kind word that findings carry
 * @param severity how serious its findings are
 * @param mode enforce or shadow
 * @param message the author's message
 * @param location where the rule is defined
 */
public record RuleInfo(
    String id, String kind, Severity severity, Mode mode, String message,
    SourceLocation location) {

  /** Whether its findings are only reported, never decisive. */
  public boolean shadow() {
    return mode == Mode.SHADOW;
  }
}
