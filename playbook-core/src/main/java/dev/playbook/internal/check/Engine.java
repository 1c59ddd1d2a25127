package dev.playbook.internal.check;

import dev.playbook.Draft;
import dev.playbook.Verdict;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a compiled playbook on drafts: the channel's plan, every rule in it, then the decision.
 * Immutable and thread-safe; each check has its own {@link CheckContext}.
 */
public final class Engine {

  private final Matching matching;
  /**
   * The channels' ids, their hash codes and their plans at the same index, in playbook order: a
   * check finds its plan by a scan of the hash codes (a playbook has a few channels, and a
   * string's hash code is kept in it), reading only the id that matches, where a {@code Map.get}
   * showed in profiles (0.7% of a check).
   */
  private final String[] planIds;
  private final int[] planHashes;
  private final Plan[] plans;
  private final Policy policy;
  private final List<String> channels;
  /** The topics that look in the customer's message on any channel, each once. */
  private final List<TopicRule> inboundTopics;
  /** One more than the highest topic index. */
  private final int topicCount;
  /** By topic index, whether the topic requires senior review. */
  private final boolean[] seniorTopics;

  /**
   * An engine over compiled parts (see {@code dev.playbook.internal.compile}).
   *
   * @param plans the plan of each channel, in playbook order
   */
  public Engine(Matching matching, Map<String, ChannelPlan> plans, Policy policy) {
    this.matching = matching;
    this.planIds = plans.keySet().toArray(String[]::new);
    this.plans = new Plan[planIds.length];
    this.planHashes = new int[planIds.length];
    for (int i = 0; i < planIds.length; i++) {
      planHashes[i] = planIds[i].hashCode();
      ChannelPlan plan = plans.get(planIds[i]);
      this.plans[i] = new Plan(plan, plan.rules().toArray(Rule[]::new));
    }
    this.policy = policy;
    this.channels = List.of(planIds);
    // One rule per topic, shared by the plans of every channel it applies to.
    Set<TopicRule> topics = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<TopicRule> inbound = Collections.newSetFromMap(new IdentityHashMap<>());
    int count = 0;
    for (ChannelPlan plan : plans.values()) {
      for (Rule rule : plan.rules()) {
        if (rule instanceof TopicRule topic) {
          topics.add(topic);
          count = Math.max(count, topic.index() + 1);
          if (topic.topic().recognise().lookIn().inbound()) {
            inbound.add(topic);
          }
        }
      }
    }
    this.inboundTopics = List.copyOf(inbound);
    this.topicCount = count;
    this.seniorTopics = Verdicts.seniorTopics(policy, List.copyOf(topics), count);
  }

  /**
   * A channel's plan and its rules as an array: read without a list's interface call and bounds
   * check per rule.
   */
  private record Plan(ChannelPlan plan, Rule[] rules) {}

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
    return check(draft, null);
  }

  /**
   * Analyses a customer's message once, for {@link #check(Draft, InboundAnalysis)}: what every
   * topic looking in the customer's message may ask for on any channel.
   */
  public InboundAnalysis analyse(String message) {
    return new InboundAnalysis(message, matching, inboundTopics);
  }

  /**
   * Checks one draft against a customer's message analysed by {@link #analyse} of this engine;
   * the draft's own inbound is not read. The verdict is the one {@link #check(Draft)} gives the
   * draft carrying that message.
   *
   * @param conversation the analysed message, or {@code null} to analyse the draft's inbound
   * @throws IllegalArgumentException if the draft's channel is not in the playbook
   */
  public Verdict check(Draft draft, InboundAnalysis conversation) {
    if (conversation != null && conversation.matching() != matching) {
      throw new IllegalArgumentException("the message was analysed by another compiled playbook");
    }
    Plan prepared = plan(draft.channel());
    if (prepared == null) {
      throw new IllegalArgumentException("unknown channel '" + draft.channel()
          + "'; the playbook declares: " + String.join(", ", channels));
    }
    Instant now = draft.clock().instant();
    CheckContext ctx = new CheckContext(draft, prepared.plan(), matching, conversation,
        topicCount);
    // An array: an iterator per check showed in profiles, then the list's own calls.
    for (Rule rule : prepared.rules()) {
      rule.check(ctx);
    }
    return Verdicts.decide(ctx, policy, seniorTopics, now);
  }

  /** The plan of {@code channel}, or {@code null} when the playbook does not declare it. */
  private Plan plan(String channel) {
    int hash = channel.hashCode();
    int[] hashes = planHashes;
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && planIds[i].equals(channel)) {
        return plans[i];
      }
    }
    return null;
  }
}
