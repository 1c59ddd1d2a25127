package dev.playbook.bench;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What each of the {@link CheckBenchmark} drafts costs on its own: every draft checked 201 times
 * in a row (after warm-up), its median wall-clock time taken, and the distribution of those
 * medians printed with the slowest drafts. JMH's percentiles mix the drafts with GC pauses, JIT
 * and the scheduler; this shows which drafts make the tail, and why.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.playbook.bench.DraftCosts PHRASES LENGTH
 * INBOUND [SLOWEST]}, for example {@code 300 300 true 5}; run from the repository root.
 */
public final class DraftCosts {

  private static final int RUNS = 201;

  private DraftCosts() {}

  /**
   * Runs the measurement.
   *
   * @param args generated phrases, characters per draft, whether drafts carry the inbound, and
   *     optionally how many of the slowest drafts to print (default 5)
   */
  public static void main(String[] args) {
    int phrases = Integer.parseInt(args[0]);
    int length = Integer.parseInt(args[1]);
    boolean inbound = Boolean.parseBoolean(args[2]);
    int slowest = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    CompiledPlaybook engine = Playbooks.compile(
        Playbooks.load(Workload.playbookYaml(phrases, 42), "synthetic.yaml").orThrow());
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    List<Workload.Reply> replies = Workload.drafts(256, length, 7);
    Draft[] drafts = replies.stream()
        .map(r -> Draft.builder("x", r.reply()).inbound(inbound ? r.inbound() : "").clock(clock)
            .build())
        .toArray(Draft[]::new);
    for (int warm = 0; warm < Math.max(20, 150_000_000 / length / drafts.length); warm++) {
      for (Draft d : drafts) {
        engine.check(d);
      }
    }
    double[] median = new double[drafts.length];
    long[] times = new long[RUNS];
    for (int i = 0; i < drafts.length; i++) {
      for (int r = 0; r < RUNS; r++) {
        long start = System.nanoTime();
        engine.check(drafts[i]);
        times[r] = System.nanoTime() - start;
      }
      Arrays.sort(times);
      median[i] = times[RUNS / 2] / 1_000.0;
    }
    double[] sorted = median.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    System.out.printf("per-draft medians over %d drafts: fastest %.1f us, p50 %.1f, p90 %.1f,"
            + " p99 %.1f, slowest %.1f%n", n, sorted[0], sorted[n / 2], sorted[n * 9 / 10],
        sorted[n * 99 / 100], sorted[n - 1]);
    IntStream.range(0, drafts.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> median[i]).reversed())
        .limit(slowest)
        .forEach(i -> {
          Verdict v = engine.check(drafts[i]);
          System.out.printf("%7.1f us  %d findings  %s%n", median[i], v.findings().size(),
              drafts[i].text().replace('\n', ' '));
        });
  }
}
