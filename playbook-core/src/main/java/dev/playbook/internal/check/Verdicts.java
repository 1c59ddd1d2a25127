package dev.playbook.internal.check;

import dev.playbook.Decision;
import dev.playbook.Finding;
import dev.playbook.Verdict;
import dev.playbook.model.EscalationPath;
import dev.playbook.model.Topic;
import dev.playbook.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the rules reported into a decision, by the precedence documented on
 * {@link Decision}.
 *
 * <p>Only an enforced topic recognised in the customer's message applies its outcome:
 * {@code escalate} gives {@link Decision#ESCALATE} on any channel; on a public channel
 * {@code moveToPrivate} gives {@link Decision#MOVE_TO_PRIVATE}, and otherwise
 * {@code replyPublicly: false} gives {@link Decision#DO_NOT_REPLY}. On a private channel only
 * {@code escalate} matters. A topic recognised only in the draft is the agent's own wording (a
 * competitor named, a lawsuit mentioned): it is a finding like any other, so with severity
 * {@code error} the decision is {@link Decision#REVISE}. Findings in the customer's message never
 * ask for a revision (the agent cannot change what the customer wrote). When several topics
 * escalate, the first in playbook order chooses the path.
 */
public final class Verdicts {

  /** By text (draft first), start, end and rule id. */
  static final Comparator<Finding> ORDER = Verdicts::compare;

  private static int compare(Finding a, Finding b) {
    int c = a.text().compareTo(b.text());
    if (c == 0) {
      c = Integer.compare(a.span().start(), b.span().start());
    }
    if (c == 0) {
      c = Integer.compare(a.span().end(), b.span().end());
    }
    return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
  }

  private Verdicts() {}

  /**
   * The verdict for a finished check.
   *
   * @param seniorTopics by topic index, whether recognising the topic requires senior review
   *     ({@link Policy#seniorReviewTopics()} resolved when the engine was made)
   */
  public static Verdict decide(CheckContext ctx, Policy policy, boolean[] seniorTopics,
      Instant now) {
    ChannelPlan plan = ctx.plan();
    boolean seniorReview = plan.seniorReview();
    // One topic (the usual case when there is any) is an immutable list of one, not a list the
    // verdict copies twice over ({@code List.copyOf} of an ArrayList).
    String firstTopic = null;
    List<String> moreTopics = null;
    Decision outcome = null;
    TopicRule deciding = null;
    if (!ctx.noTopicSeen()) {
      // Read only here: most checks recognise no topic, and the channel is mostly out of the
      // caches by the time a check decides.
      boolean isPublic = plan.channel().visibility() == Visibility.PUBLIC;
      List<TopicRule> enforced = plan.topics();
      for (int r = 0, n = enforced.size(); r < n; r++) {
        TopicRule topic = enforced.get(r);
        int index = topic.index();
        boolean inbound = ctx.topicInInbound(index);
        if (inbound || ctx.topicInDraft(index)) {
          String id = topic.topic().id();
          if (firstTopic == null) {
            firstTopic = id;
          } else {
            if (moreTopics == null) {
              moreTopics = new ArrayList<>(4);
              moreTopics.add(firstTopic);
            }
            moreTopics.add(id);
          }
          seniorReview |= seniorTopics[index];
        }
        if (!inbound) {
          continue;
        }
        Decision d = outcome(topic.topic().outcome(), isPublic);
        if (d != null && (outcome == null || d.ordinal() < outcome.ordinal())) {
          outcome = d;
          deciding = topic;
        }
      }
    }
    List<String> topics = moreTopics != null ? moreTopics
        : firstTopic != null ? List.of(firstTopic) : List.of();
    List<Finding> findings = ctx.sortedFindings();
    Decision decision = outcome != null ? outcome
        : ctx.draftError() ? Decision.REVISE : Decision.READY;
    Optional<String> holding = Optional.empty();
    Optional<Verdict.Escalation> escalation = Optional.empty();
    if (deciding != null) {
      Topic topic = deciding.topic();
      Optional<EscalationPath> path = decision == Decision.ESCALATE ? deciding.path()
          : Optional.empty();
      holding = topic.outcome().holdingTemplate();
      if (holding.isEmpty() && path.isPresent()) {
        holding = path.get().holdingTemplate();
      }
      if (path.isPresent()) {
        escalation = Optional.of(escalation(path.get(), topic.id(), holding, now));
      }
    }
    return new Verdict(decision, findings, ctx.sortedShadowFindings(), topics,
        plan.toConfirm(), seniorReview, holding, escalation,
        new Verdict.Audit(policy.playbookId(), policy.playbookVersion(), policy.sha256(),
            policy.apiVersion(), now));
  }

  /**
   * By topic index (up to {@code topicCount}), whether recognising the topic requires senior
   * review.
   */
  static boolean[] seniorTopics(Policy policy, List<TopicRule> topics, int topicCount) {
    boolean[] senior = new boolean[topicCount];
    for (TopicRule topic : topics) {
      senior[topic.index()] = policy.seniorReviewTopics().contains(topic.topic().id());
    }
    return senior;
  }

  private static Decision outcome(Topic.Outcome outcome, boolean isPublic) {
    if (outcome.escalate().isPresent()) {
      return Decision.ESCALATE;
    }
    if (isPublic && outcome.moveToPrivate()) {
      return Decision.MOVE_TO_PRIVATE;
    }
    if (isPublic && !outcome.replyPublicly()) {
      return Decision.DO_NOT_REPLY;
    }
    return null;
  }

  private static Verdict.Escalation escalation(
      EscalationPath path, String topic, Optional<String> holdingTemplate, Instant now) {
    EscalationPath.Tier tier = path.firstTier();
    return new Verdict.Escalation(path.id(), topic, tier.team(), tier.queue(),
        now.plus(tier.within()), tier.notifications(), holdingTemplate, path.takeOffline());
  }
}
