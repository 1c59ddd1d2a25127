package dev.playbook.validator.backtest;

import dev.playbook.Decision;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import java.util.List;
import java.util.Optional;

/** What one corpus line came to; built by a worker, merged by {@link Tally} in corpus order. */
sealed interface Outcome {

  /** A line that could not be checked. */
  record Skipped(long line, String reason) implements Outcome {}

  /**
   * A line checked under both versions: only what the report counts, not the verdicts.
   *
   * @param baseFired the rules and topics with a finding under the base version, each once
   * @param headFired the same under the head version
   * @param flip the flip, when the decisions differ
   */
  record Checked(
      Decision base, Decision head, List<Fired> baseFired, List<Fired> headFired,
      Optional<Route> baseRoute, Optional<Route> headRoute, Optional<Flip> flip)
      implements Outcome {}

  /** A rule or topic that fired, with its kind. */
  record Fired(String id, String kind) {}

  /** Where an escalated reply goes. */
  record Route(String path, String team) {}

  /**
   * Why a decision flipped.
   *
   * @param rules the rules and topics responsible
   * @param topics those of them that are topics
   * @param path the escalation path of the side that escalates (the head's when both do)
   * @param sample the reply and the highlighted words
   */
  record Flip(List<String> rules, List<String> topics, Optional<String> path, Sample sample) {}
}
