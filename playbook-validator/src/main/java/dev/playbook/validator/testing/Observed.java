package dev.playbook.validator.testing;

import dev.playbook.Decision;
import dev.playbook.Finding;
import dev.playbook.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a case's expectations are checked against: the verdict, as the case sees it. Shadow
 * findings count like enforced ones (a test may pin a rule that is still on trial). A case without
 * a draft is about the customer's message alone: the engine checks an empty draft, its findings on
 * that draft are dropped, and a REVISE they caused becomes READY.
 *
 * @param decision the decision
 * @param findings enforced and shadow findings, in the verdict's order
 * @param topics the topics recognised, enforced and shadow
 * @param escalation the escalation path's id
 * @param holdingTemplate the holding template's id
 * @param draft the draft's text
 * @param inbound the message's text
 */
public record Observed(
    Decision decision,
    List<Finding> findings,
    Set<String> topics,
    Optional<String> escalation,
    Optional<String> holdingTemplate,
    String draft,
    String inbound) {

  static Observed of(TestCase c, Verdict v) {
    boolean hasDraft = c.draft().isPresent();
    List<Finding> findings = Stream.concat(v.findings().stream(), v.shadowFindings().stream())
        .filter(f -> hasDraft || f.text() == Finding.Text.INBOUND)
        .toList();
    Set<String> topics = new LinkedHashSet<>(v.topics());
    findings.forEach(f -> f.topic().ifPresent(topics::add));
    Decision decision = !hasDraft && v.decision() == Decision.REVISE ? Decision.READY
        : v.decision();
    return new Observed(decision, findings, topics, v.escalation().map(Verdict.Escalation::path),
        v.holdingTemplate(), c.draft().map(TestCase.Marked::text).orElse(""), c.inbound().text());
  }

  /** The words a finding points at, as written. */
  String words(Finding f) {
    String text = f.text() == Finding.Text.DRAFT ? draft : inbound;
    return f.span().end() <= text.length() ? f.span().of(text) : f.matched();
  }

  /** The findings of one rule or topic. */
  List<Finding> of(String rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  /** The ids of every rule that fired, once each, in order: for failure messages. */
  List<String> fired() {
    return new ArrayList<>(new LinkedHashSet<>(findings.stream().map(Finding::ruleId).toList()));
  }
}
