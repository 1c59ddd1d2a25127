package dev.playbook;

import dev.playbook.internal.check.VerdictJson;
import dev.playbook.model.Checklist;
import dev.playbook.model.EscalationPath;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine decided about a draft, and why.
 *
 * <pre>{@code
 * Verdict verdict = engine.check(draft);
 * if (verdict.decision() == Decision.READY && verdict.toConfirm().isEmpty()) {
 *   publish(draft);
 * }
 * String json = verdict.toJson();   // the shape in docs/verdict.md
 * }</pre>
 *
 * <p>Immutable and thread-safe. See {@code docs/verdict.md} for every field.
 *
 * @param decision what to do, by the precedence documented on {@link Decision}
 * @param findings findings of enforced rules and topics, draft first, then by position
 * @param shadowFindings findings of rules and topics in shadow mode; they never change the decision
 * @param topics the ids of enforced topics recognised in the draft or the customer's message, in
 *     playbook order
 * @param toConfirm checklist items for this channel that the agent must confirm by hand
 * @param seniorReviewRequired whether a senior colleague must read the reply before it is posted
 * @param holdingTemplate the template that may be posted meanwhile, when the decision is
 *     {@code ESCALATE}, {@code DO_NOT_REPLY} or {@code MOVE_TO_PRIVATE}
 * @param escalation where to route the case, when the decision is {@code ESCALATE}
 * @param audit which playbook made the decision, and when
 */
public record Verdict(
    Decision decision,
    List<Finding> findings,
    List<Finding> shadowFindings,
    List<String> topics,
    List<Checklist.Item> toConfirm,
    boolean seniorReviewRequired,
    Optional<String> holdingTemplate,
    Optional<Escalation> escalation,
    Audit audit) {

  public Verdict {
    Objects.requireNonNull(decision, "decision");
    findings = List.copyOf(findings);
    shadowFindings = List.copyOf(shadowFindings);
    topics = List.copyOf(topics);
    toConfirm = List.copyOf(toConfirm);
    Objects.requireNonNull(holdingTemplate, "holdingTemplate");
    Objects.requireNonNull(escalation, "escalation");
    Objects.requireNonNull(audit, "audit");
  }

  /** Whether the draft may be posted as it is ({@link Decision#READY}). */
  public boolean isReady() {
    return decision == Decision.READY;
  }

  /** The verdict as JSON, in the shape documented in {@code docs/verdict.md}. */
  public String toJson() {
    return VerdictJson.write(this);
  }

  /**
   * Where an escalated case goes.
   *
   * @param path the escalation path's id
   * @param topic the topic that caused it
   * @param team the first tier's team
   * @param queue the first tier's helpdesk queue
   * @param deadline when the first tier must act: the draft's clock plus the tier's {@code within}
   * @param notifications how the first tier is told
   * @param holdingTemplate the template that may be posted meanwhile
   * @param takeOffline whether to take the conversation out of public view
   */
  public record Escalation(
      String path,
      String topic,
      String team,
      Optional<String> queue,
      Instant deadline,
      List<EscalationPath.Notification> notifications,
      Optional<String> holdingTemplate,
      boolean takeOffline) {
    public Escalation {
      notifications = List.copyOf(notifications);
    }
  }

  /**
   * Which playbook made a decision, and when: enough to reproduce it later.
   *
   * @param playbookId the playbook's id
   * @param playbookVersion its version
   * @param sha256 the SHA-256 of the playbook file's bytes
   * @param apiVersion the DSL version it was written in
   * @param checkedAt when the check ran, by the draft's clock
   */
  public record Audit(
      String playbookId, String playbookVersion, String sha256, String apiVersion,
      Instant checkedAt) {}
}
