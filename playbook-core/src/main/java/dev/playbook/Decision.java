package dev.playbook;

import java.util.Locale;

/**
 * What the helpdesk should do with a draft. Listed in order of precedence: when several apply, the
 * earliest wins.
 *
 * <ol>
 *   <li>{@link #ESCALATE}: a topic with an escalation path was recognised in the customer's message.
 *   <li>{@link #DO_NOT_REPLY}: a topic whose outcome forbids a public reply was recognised in the
 *       customer's message on a public channel.
 *   <li>{@link #MOVE_TO_PRIVATE}: a topic whose outcome is to continue in private was recognised in
 *       the customer's message on a public channel.
 *   <li>{@link #REVISE}: the draft has an enforced finding of severity {@code error}.
 *   <li>{@link #READY}: none of the above; warnings and suggestions may still be shown.
 * </ol>
 *
 * <pre>{@code
 * switch (verdict.decision()) {
 *   case READY -> publish(draft);
 *   case REVISE -> showFindings(verdict.findings());
 *   default -> route(verdict);
 * }
 * }</pre>
 */
public enum Decision {
  /**
   * Do not reply as usual: route the case along {@link Verdict#escalation()}. The holding template,
   * if any, may be posted meanwhile.
   */
  ESCALATE,
  /** Do not reply in public at all. */
  DO_NOT_REPLY,
  /** Do not answer here: ask the customer to continue in a private channel (holding template). */
  MOVE_TO_PRIVATE,
  /** Fix the draft's errors and check again. */
  REVISE,
  /** The draft may be posted. */
  READY;

  /** The word used in JSON, such as {@code do-not-reply}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
