package dev.playbook;

/**
 * Receives every verdict a {@link ReloadingPlaybook} gives, with the draft it was given for: the
 * audit trail of what the playbook decided and why. The checks of its
 * {@linkplain ReloadingPlaybook#conversation conversations} are recorded too, with a draft that
 * carries the conversation's message.
 *
 * <pre>{@code
 * DecisionLog log = (draft, verdict) -> metrics.count(verdict.decision());
 * ReloadingPlaybook playbook = ReloadingPlaybook.builder(path).decisionLog(log).open();
 * }</pre>
 *
 * <p>The draft carries the reply and the customer's message; an implementation decides what it
 * keeps. Customer text is personal data: {@link JsonLinesDecisionLog} keeps only what a decision
 * can be audited by (channel, decision, rule ids, spans, the audit stamp) and never the text.
 *
 * <p><b>Threading:</b> called from every thread that checks drafts, concurrently; implementations
 * must be thread-safe, and should be quick, since the call is on the helpdesk's request path. An
 * exception thrown from {@link #record} is logged and does not fail the check.
 *
 * <p>{@link CompiledPlaybook#check} (and {@link Conversation#check} of a conversation made by a
 * {@code CompiledPlaybook}) stays pure and never calls a log; a helpdesk holding a
 * {@code CompiledPlaybook} directly calls {@link #record} itself after checking.
 */
@FunctionalInterface
public interface DecisionLog {

  /**
   * Records one decision.
   *
   * @param draft the draft that was checked
   * @param verdict what the playbook decided; {@link Verdict#audit()} says which version decided
   */
  void record(Draft draft, Verdict verdict);
}
