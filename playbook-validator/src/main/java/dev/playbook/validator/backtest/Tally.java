package dev.playbook.validator.backtest;

import dev.playbook.Decision;
import dev.playbook.model.Playbook;
import dev.playbook.validator.backtest.BacktestReport.DecisionCount;
import dev.playbook.validator.backtest.BacktestReport.FlipKind;
import dev.playbook.validator.backtest.BacktestReport.RuleCount;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import dev.playbook.validator.backtest.BacktestReport.Side;
import dev.playbook.validator.backtest.BacktestReport.Skipped;
import dev.playbook.validator.backtest.BacktestReport.Transition;
import dev.playbook.validator.backtest.BacktestReport.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters of a backtest, fed one outcome at a time in corpus order. Every map is keyed by
 * something the two playbooks bound (rule, topic, path, team), and the samples and the list of
 * skipped lines are capped, so memory does not grow with the corpus.
 *
 * <p>Not thread-safe: owned by the thread that merges.
 */
final class Tally {

  /** How many skipped lines the report lists by number (all are counted). */
  static final int SKIPPED_LISTED = 100;

  private static final int DECISIONS = Decision.values().length;

  private final int samplesPerKind;
  private long checked;
  private long skippedCount;
  private final List<Skipped> skipped = new ArrayList<>();
  private final long[][] decisions = new long[2][DECISIONS];
  private final long[][] transitions = new long[DECISIONS][DECISIONS];
  private final Kind[] kinds = new Kind[DECISIONS];
  private final Map<String, long[]> rules = new TreeMap<>();
  private final Map<String, String> ruleKinds = new TreeMap<>();
  private final Map<String, long[]> paths = new TreeMap<>();
  private final Map<String, long[]> teams = new TreeMap<>();

  Tally(int samplesPerKind) {
    this.samplesPerKind = samplesPerKind;
    for (int i = 0; i < DECISIONS; i++) {
      kinds[i] = new Kind();
    }
  }

  /** Lines seen so far that were checked or skipped. */
  long lines() {
    return checked + skippedCount;
  }

  long skippedCount() {
    return skippedCount;
  }

  void add(Outcome outcome) {
    if (outcome instanceof Outcome.Skipped s) {
      skippedCount++;
      if (skipped.size() < SKIPPED_LISTED) {
        skipped.add(new Skipped(s.line(), s.reason()));
      }
      return;
    }
    Outcome.Checked c = (Outcome.Checked) outcome;
    checked++;
    decisions[0][c.base().ordinal()]++;
    decisions[1][c.head().ordinal()]++;
    fired(c.baseFired(), 0);
    fired(c.headFired(), 1);
    c.baseRoute().ifPresent(r -> route(r, 0));
    c.headRoute().ifPresent(r -> route(r, 1));
    c.flip().ifPresent(flip -> {
      transitions[c.base().ordinal()][c.head().ordinal()]++;
      Kind kind = kinds[c.head().ordinal()];
      kind.count++;
      flip.rules().forEach(r -> kind.byRule.merge(r, 1L, Long::sum));
      flip.topics().forEach(t -> kind.byTopic.merge(t, 1L, Long::sum));
      flip.path().ifPresent(p -> kind.byPath.merge(p, 1L, Long::sum));
      if (kind.samples.size() < samplesPerKind) {
        kind.samples.add(flip.sample());
      }
    });
  }

  private void fired(List<Outcome.Fired> fired, int side) {
    for (Outcome.Fired f : fired) {
      rules.computeIfAbsent(f.id(), id -> new long[2])[side]++;
      ruleKinds.putIfAbsent(f.id(), f.kind());
    }
  }

  private void route(Outcome.Route route, int side) {
    paths.computeIfAbsent(route.path(), p -> new long[2])[side]++;
    teams.computeIfAbsent(route.team(), t -> new long[2])[side]++;
  }

  BacktestReport report(Playbook base, String baseSource, Playbook head, String headSource,
      String corpus, String defaultChannel, double noisyThreshold) {
    Map<String, String> declaredBase = declared(base);
    Map<String, String> declaredHead = declared(head);
    Map<String, String> kindsById = new TreeMap<>(ruleKinds);
    kindsById.putAll(declaredBase);
    kindsById.putAll(declaredHead);
    List<RuleCount> ruleCounts = new ArrayList<>();
    kindsById.forEach((id, kind) -> {
      long[] n = rules.getOrDefault(id, new long[2]);
      ruleCounts.add(new RuleCount(id, kind, declaredBase.containsKey(id),
          declaredHead.containsKey(id), n[0], n[1]));
    });
    List<String> neverFired = ruleCounts.stream().filter(r -> r.inHead() && r.head() == 0)
        .map(RuleCount::id).toList();
    List<String> noisy = ruleCounts.stream()
        .filter(r -> checked > 0 && r.head() >= noisyThreshold * checked)
        .sorted(Comparator.comparingLong(RuleCount::head).reversed()
            .thenComparing(RuleCount::id))
        .map(RuleCount::id).toList();

    List<DecisionCount> decisionCounts = new ArrayList<>();
    List<FlipKind> flips = new ArrayList<>();
    List<Transition> moves = new ArrayList<>();
    for (Decision d : Decision.values()) {
      decisionCounts.add(new DecisionCount(d, decisions[0][d.ordinal()], decisions[1][d.ordinal()]));
      Kind k = kinds[d.ordinal()];
      if (k.count > 0) {
        flips.add(new FlipKind(d, k.count, counts(k.byRule), counts(k.byTopic), counts(k.byPath),
            k.samples));
      }
      for (Decision to : Decision.values()) {
        long n = transitions[d.ordinal()][to.ordinal()];
        if (n > 0) {
          moves.add(new Transition(d, to, n));
        }
      }
    }
    // Stable: equal counts keep the order of precedence.
    moves.sort(Comparator.comparingLong(Transition::count).reversed());
    return new BacktestReport(side(base, baseSource), side(head, headSource), corpus,
        defaultChannel, lines(), checked, skippedCount, skipped, decisionCounts, moves, flips,
        ruleCounts, volumes(paths), volumes(teams), noisyThreshold, neverFired, noisy);
  }

  /** Most first, then by name, so the order is the same on every run. */
  private static List<BacktestReport.Count> counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new BacktestReport.Count(e.getKey(), e.getValue())).toList();
  }

  private static List<Volume> volumes(Map<String, long[]> counts) {
    List<Volume> volumes = new ArrayList<>();
    counts.forEach((name, n) -> volumes.add(new Volume(name, n[0], n[1])));
    return volumes;
  }

  private static Side side(Playbook playbook, String source) {
    return new Side(source, playbook.metadata().id(), playbook.metadata().version());
  }

  /** The rules, topics and personal data rules a playbook declares, with their kinds. */
  static Map<String, String> declared(Playbook playbook) {
    Map<String, String> declared = new LinkedHashMap<>();
    playbook.tone().rules().forEach(r -> declared.put(r.id(), r.kind().label()));
    playbook.topics().forEach(t -> declared.put(t.id(), "topic"));
    playbook.personalData().rules().forEach(r -> declared.put(r.id(), "personal-data"));
    return declared;
  }

  /** The flips to one decision, as they accumulate. */
  private static final class Kind {
    private long count;
    private final Map<String, Long> byRule = new TreeMap<>();
    private final Map<String, Long> byTopic = new TreeMap<>();
    private final Map<String, Long> byPath = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();
  }
}
