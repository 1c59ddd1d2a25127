package dev.playbook.internal.check;

import dev.playbook.Draft;
import dev.playbook.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled playbook on drafts: the channel's plan, every rule in it, then the decision.
 * Immutable and thread-safe; each check has its own {@link CheckContext}.
 */
public final class Engine {

  private final Matching matching;
  private final Map<String, ChannelPlan> plans;
  private final Policy policy;
  private final List<String> channels;

  /**
   * An engine over compiled parts (see {@code dev.playbook.internal.compile}).
   *
   * @param plans the plan of each channel, in playbook order
   */
  public Engine(Matching matching, Map<String, ChannelPlan> plans, Policy policy) {
    this.matching = matching;
    this.plans = Map.copyOf(plans);
    this.policy = policy;
    this.channels = List.copyOf(plans.keySet());
  }

  /** The ids of the channels drafts can be checked for, in playbook order. */
  public List<String> channels() {
    return channels;
  }

  /**
   * Checks one draft.
   *
   * @throws IllegalArgumentException if the draft's channel is not in the playbook
   */
  public Verdict check(Draft draft) {
    ChannelPlan plan = plans.get(draft.channel());
    if (plan == null) {
      throw new IllegalArgumentException("unknown channel '" + draft.channel()
          + "'; the playbook declares: " + String.join(", ", channels));
    }
    Instant now = draft.clock().instant();
    CheckContext ctx = new CheckContext(draft, plan, matching);
    // Indexed: an iterator per check shows in profiles.
    List<Rule> rules = plan.rules();
    for (int r = 0, n = rules.size(); r < n; r++) {
      rules.get(r).check(ctx);
    }
    return Verdicts.decide(ctx, policy, now);
  }
}
