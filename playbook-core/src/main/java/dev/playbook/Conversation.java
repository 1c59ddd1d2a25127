package dev.playbook;

import dev.playbook.internal.check.InboundAnalysis;
import java.util.Objects;

/**
 * A customer's message analysed once, to check every draft reply to it: the helpdesk that checks
 * a draft on every keystroke makes one conversation when the message arrives and checks each
 * version of the draft against it, instead of analysing the same message again on every check.
 *
 * <pre>{@code
 * Conversation conversation = engine.conversation(customerMessage);   // once per message
 * // on every keystroke, from any thread:
 * Verdict v = conversation.check(Draft.builder("x", text).locale(Locale.UK).build());
 * }</pre>
 *
 * <p><b>Same verdict.</b> {@link #check} returns exactly the verdict
 * {@link CompiledPlaybook#check} returns for the draft carrying this conversation's message as its
 * {@link Draft#inbound()} (the same findings, spans and {@link Verdict#toJson()}). The draft need
 * not carry the message; if it carries one, it must be this one. Everything that depends on the
 * draft is still worked out per draft: in particular the region phone numbers without a country
 * code are read in comes from the draft's locale when the playbook sets none, so one conversation
 * serves drafts in any locale.
 *
 * <p><b>What is kept.</b> What every topic that looks in the customer's message (on any channel
 * of the playbook) finds in it, by its phrases, patterns and kinds of personal data: the findings
 * themselves, since they depend on nothing else in a draft. Phone numbers without a country code
 * depend on the region, so a playbook with a topic that recognises phone numbers keeps the
 * findings per region: those for the region the playbook implies are found when the conversation
 * is made, those for another region on the first check in it. Making a conversation costs about
 * what analysing the message in one check costs; each check then costs about what a check of the
 * draft alone costs, plus adding the kept findings to its verdict.
 *
 * <p><b>Which playbook.</b> A conversation made by {@link CompiledPlaybook#conversation} belongs
 * to that compiled playbook and always checks with it, like the compiled playbook itself; to use
 * a new version, make a new conversation from it. One made by
 * {@link ReloadingPlaybook#conversation} checks every draft with the version serving at the time
 * of the check: after a reload, the first check analyses the message again for the new version,
 * so a conversation never checks against a stale version (and its checks reach the reloading
 * playbook's decision log).
 *
 * <p>A new message in the thread is a new conversation: give
 * {@link CompiledPlaybook#conversation} the thread so far, as you would give
 * {@link Draft.Builder#inbound}.
 *
 * <p><b>Threading:</b> immutable in everything a verdict depends on, and thread-safe: share one
 * conversation between every thread checking replies to the message. The only state it changes
 * after it is made is a cache that never changes a verdict: the findings for a new phone region
 * (computed once, in a concurrent map; a check in that region waits for them) and, for a
 * reloading playbook, the analysis for the version serving (two threads that race to make it
 * after a reload make the same, and either is kept).
 */
public final class Conversation {

  /** The message analysed for one compiled playbook. */
  private record Analysed(CompiledPlaybook playbook, InboundAnalysis inbound) {}

  private final String message;
  /** The reloading playbook whose serving version checks, or {@code null} for a fixed one. */
  private final ReloadingPlaybook reloading;
  /** Replaced whole (for a reloading playbook) when the version serving changes. */
  private volatile Analysed analysed;

  Conversation(CompiledPlaybook playbook, String message) {
    this.message = Objects.requireNonNull(message, "message");
    this.reloading = null;
    this.analysed = new Analysed(playbook, playbook.analyse(message));
  }

  Conversation(ReloadingPlaybook reloading, String message) {
    this.message = Objects.requireNonNull(message, "message");
    this.reloading = reloading;
    CompiledPlaybook serving = reloading.current();
    this.analysed = new Analysed(serving, serving.analyse(message));
  }

  /**
   * The customer's message (or the thread so far) this conversation checks replies to.
   *
   * <pre>{@code
   * engine.conversation("my card was stolen").message();   // "my card was stolen"
   * }</pre>
   */
  public String message() {
    return message;
  }

  /**
   * Checks a reply to this conversation's message. The verdict is the one
   * {@link CompiledPlaybook#check} gives the draft with this message as its inbound.
   *
   * <pre>{@code
   * Conversation c = engine.conversation("I will sue you");
   * c.check(Draft.of("x", "Hi Sam, sorry to hear that. ^PS")).decision();   // ESCALATE (legal)
   * c.check(Draft.builder("x", "Hi Sam ^PS").inbound("I will sue you").build());   // the same
   * }</pre>
   *
   * @param draft the reply; its inbound is empty or this conversation's message
   * @throws IllegalArgumentException if the draft carries another customer message (a reply
   *     meant for another conversation: make a conversation for that message, or check it with
   *     {@link CompiledPlaybook#check}), or if the draft's channel is not declared in the
   *     playbook. The message gives both messages' lengths, never their text, which is personal
   *     data
   */
  public Verdict check(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    String inbound = draft.inbound();
    if (!inbound.isEmpty() && !inbound.equals(message)) {
      throw new IllegalArgumentException("the draft carries another customer message ("
          + inbound.length() + " characters) than its conversation's (" + message.length()
          + " characters); make a conversation for that message, or leave the draft's inbound"
          + " empty");
    }
    if (reloading == null) {
      Analysed a = analysed;
      return a.playbook().check(draft, a.inbound());
    }
    CompiledPlaybook serving = reloading.current();
    Analysed a = analysed;
    if (a.playbook() != serving) {
      // A benign race: threads that see the same new version analyse it alike; a thread still on
      // an older version may put its analysis back, and the next check analyses again.
      a = new Analysed(serving, serving.analyse(message));
      analysed = a;
    }
    Verdict verdict = serving.check(draft, a.inbound());
    reloading.record(draft, message, verdict);
    return verdict;
  }

  @Override
  public String toString() {
    return "Conversation[" + message.length() + " chars, "
        + (reloading != null ? reloading : analysed.playbook()) + "]";
  }
}
