package dev.playbook.internal.check;

import dev.playbook.internal.text.TextPattern;
import dev.playbook.model.Channel;
import dev.playbook.model.Checklist;
import java.util.List;
import java.util.Optional;

/**
 * What runs for drafts on one channel, with scopes resolved when the playbook is compiled.
 *
 * @param channel the channel
 * @param rules the rules and topics in scope, in playbook order
 * @param topics the enforced topics among {@code rules}, in playbook order: what the decision
 *     reads, so it need not look through every rule of every check
 * @param toConfirm the checklist items to confirm by hand on this channel
 * @param seniorReview whether every reply on this channel needs senior review
 * @param signature the channel's signature pattern, if it has one
 */
public record ChannelPlan(
    Channel channel,
    List<Rule> rules,
    List<TopicRule> topics,
    List<Checklist.Item> toConfirm,
    boolean seniorReview,
    Optional<TextPattern> signature) {

  public ChannelPlan {
    rules = List.copyOf(rules);
    topics = List.copyOf(topics);
    toConfirm = List.copyOf(toConfirm);
  }
}
