package dev.playbook.validator.backtest;

import dev.playbook.Decision;
import java.util.List;
import java.util.Optional;

/**
 * What a playbook change would have done to a corpus of past replies: decisions under each
 * version, the replies whose decision flips, which rules, topics and escalation paths are behind
 * the flips, escalation volume per path and team, and which rules never fire or fire on most
 * replies. Every renderer (text, JSON, Markdown, HTML) reads this one value, so they agree.
 *
 * <p>Immutable. Its content depends only on the corpus and the two playbooks, never on the number
 * of threads or the time of the run.
 *
 * @param base the version before the change
 * @param head the version after it
 * @param corpus how the corpus was named on the command line
 * @param defaultChannel the channel of lines without a {@code channel} field
 * @param lines lines checked plus lines skipped (blank lines are neither)
 * @param checked lines checked under both versions
 * @param skippedCount lines skipped because they could not be checked
 * @param skipped the first {@link Tally#SKIPPED_LISTED} skipped lines, with why
 * @param decisions replies per decision under each version, in order of precedence
 * @param transitions the flips by decision before and after, most frequent first
 * @param flips the flips grouped by the decision they flip to, in order of precedence
 * @param rules how many replies each rule or topic fired on under each version, by id
 * @param escalationPaths escalated replies per escalation path, by path
 * @param escalationTeams escalated replies per first-tier team, by team
 * @param noisyThreshold the share of checked replies at or above which a rule counts as noisy
 * @param neverFired rules and topics the head version declares that fired on no reply, by id
 * @param noisy rules and topics that fired on at least {@code noisyThreshold} of the replies under
 *     the head version, most frequent first
 */
public record BacktestReport(
    Side base,
    Side head,
    String corpus,
    String defaultChannel,
    long lines,
    long checked,
    long skippedCount,
    List<Skipped> skipped,
    List<DecisionCount> decisions,
    List<Transition> transitions,
    List<FlipKind> flips,
    List<RuleCount> rules,
    List<Volume> escalationPaths,
    List<Volume> escalationTeams,
    double noisyThreshold,
    List<String> neverFired,
    List<String> noisy) {

  /** The {@code $schema} of every JSON backtest report: it names the shape and its version. */
  public static final String SCHEMA_ID = "https://playbook.dev/schemas/backtest-report-v1.schema.json";

  public BacktestReport {
    skipped = List.copyOf(skipped);
    decisions = List.copyOf(decisions);
    transitions = List.copyOf(transitions);
    flips = List.copyOf(flips);
    rules = List.copyOf(rules);
    escalationPaths = List.copyOf(escalationPaths);
    escalationTeams = List.copyOf(escalationTeams);
    neverFired = List.copyOf(neverFired);
    noisy = List.copyOf(noisy);
  }

  /** All flips, whatever their direction. */
  public long flipCount() {
    return flips.stream().mapToLong(FlipKind::count).sum();
  }

  /**
   * One version of the playbook.
   *
   * @param source as named on the command line, such as {@code git:HEAD~1:playbook.yaml}
   * @param id its {@code metadata.id}
   * @param version its {@code metadata.version}
   */
  public record Side(String source, String id, String version) {}

  /**
   * A line that could not be checked.
   *
   * @param line its 1-based number
   * @param reason why, such as {@code not JSON: ...}
   */
  public record Skipped(long line, String reason) {}

  /** Replies with one decision under each version. */
  public record DecisionCount(Decision decision, long base, long head) {}

  /** Replies whose decision went from {@code from} to {@code to}. */
  public record Transition(Decision from, Decision to, long count) {}

  /**
   * The flips to one decision ("newly escalated", "newly ready", ...).
   *
   * @param to the decision under the head version
   * @param count how many replies flipped to it
   * @param byRule flips per rule or topic responsible (a flip may name several), most first
   * @param byTopic flips per topic responsible, most first
   * @param byEscalationPath flips per escalation path of the escalating side, most first
   * @param samples the first flips in corpus order
   */
  public record FlipKind(
      Decision to, long count, List<Count> byRule, List<Count> byTopic,
      List<Count> byEscalationPath, List<Sample> samples) {
    public FlipKind {
      byRule = List.copyOf(byRule);
      byTopic = List.copyOf(byTopic);
      byEscalationPath = List.copyOf(byEscalationPath);
      samples = List.copyOf(samples);
    }

    /** "newly escalated", "newly ready", ...: how the report names the flips to {@link #to}. */
    public String title() {
      return switch (to) {
        case ESCALATE -> "newly escalated";
        case DO_NOT_REPLY -> "newly do-not-reply";
        case MOVE_TO_PRIVATE -> "newly moved to private";
        case REVISE -> "newly revise";
        case READY -> "newly ready";
      };
    }
  }

  /** How many flips one rule, topic or path is behind. */
  public record Count(String name, long count) {}

  /**
   * One flipped reply, with the words that made the difference.
   *
   * @param line its 1-based line number in the corpus
   * @param id its {@code id} field, if any
   * @param channel the channel it was checked on
   * @param from its decision under the base version
   * @param to its decision under the head version
   * @param rules the rules and topics responsible, by id
   * @param inbound the customer's message
   * @param reply the reply
   * @param highlights where the responsible rules matched, in {@code inbound} or {@code reply}
   */
  public record Sample(
      long line, Optional<String> id, String channel, Decision from, Decision to,
      List<String> rules, String inbound, String reply, List<Highlight> highlights) {
    public Sample {
      rules = List.copyOf(rules);
      highlights = List.copyOf(highlights);
    }
  }

  /**
   * Words a rule matched.
   *
   * @param rule the rule or topic id
   * @param inInbound whether the span points into the customer's message rather than the reply
   * @param start the first UTF-16 offset
   * @param end the offset just after the last
   */
  public record Highlight(String rule, boolean inInbound, int start, int end) {}

  /**
   * How many replies a rule or topic fired on (enforced or shadow findings, once per reply).
   *
   * @param id the rule, topic, personal data rule or built-in channel rule id
   * @param kind its kind, such as {@code banned} or {@code topic}
   * @param inBase whether the base version declares it (false for built-in channel rules)
   * @param inHead whether the head version declares it
   * @param base replies it fired on under the base version
   * @param head replies it fired on under the head version
   */
  public record RuleCount(
      String id, String kind, boolean inBase, boolean inHead, long base, long head) {}

  /** Escalated replies to one path or team under each version. */
  public record Volume(String name, long base, long head) {}
}
