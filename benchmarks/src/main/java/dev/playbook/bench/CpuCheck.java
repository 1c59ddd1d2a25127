package dev.playbook.bench;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Conversation;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Thread CPU time per check, the median of 40 batches over the same 256 drafts as
 * {@link CheckBenchmark} (after 80 batches of warm-up: on two shared cores the JIT takes three to
 * four seconds to settle, and after 20 batches the figures were still falling). On a machine other builds share, the
 * scheduler stretches wall-clock figures by up to 2×; CPU time of the checking thread moves far
 * less, which makes it the better figure for comparing two builds of the engine side by side.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.playbook.bench.CpuCheck PHRASES LENGTH
 * INBOUND [conversation | repeat=K]}, for example {@code 300 300 true}; run from the repository
 * root. With {@code conversation}, each draft's customer message is made a {@link Conversation}
 * once before timing and the draft (without its inbound) is checked through it: the cost of a
 * check on every keystroke. That mode also prints what making the conversations cost, per
 * conversation. With {@code repeat=K}, each draft is checked K times in a row before the next: the
 * difference from the default (every draft once in turn) is what a check pays for text the CPU has
 * not just seen (branches it cannot predict, data not in its caches), which real traffic pays too.
 */
public final class CpuCheck {

  private CpuCheck() {}

  /**
   * Runs the measurement and prints the median and the least CPU time per check.
   *
   * @param args generated phrases, characters per draft, whether drafts carry the inbound, and
   *     optionally {@code conversation} to check each draft through its message's conversation or
   *     {@code repeat=K} to check each draft K times in a row
   */
  public static void main(String[] args) {
    int phrases = Integer.parseInt(args[0]);
    int length = Integer.parseInt(args[1]);
    boolean inbound = Boolean.parseBoolean(args[2]);
    boolean conversation = args.length > 3 && args[3].equals("conversation");
    int inARow = args.length > 3 && args[3].startsWith("repeat=")
        ? Integer.parseInt(args[3].substring("repeat=".length())) : 1;
    CompiledPlaybook engine = Playbooks.compile(
        Playbooks.load(Workload.playbookYaml(phrases, 42), "synthetic.yaml").orThrow());
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    List<Workload.Reply> replies = Workload.drafts(256, length, 7);
    Draft[] drafts = new Draft[replies.size()];
    for (int i = 0; i < drafts.length; i++) {
      Workload.Reply r = replies.get(i);
      drafts[i] = Draft.builder("x", r.reply()).inbound(inbound ? r.inbound() : "")
          .clock(clock).build();
    }
    Conversation[] conversations = new Conversation[drafts.length];
    String[] messages = new String[drafts.length];
    if (conversation) {
      for (int i = 0; i < drafts.length; i++) {
        messages[i] = drafts[i].inbound();
        conversations[i] = engine.conversation(messages[i]);
        drafts[i] = Draft.builder("x", replies.get(i).reply()).clock(clock).build();
      }
    }
    int repeats = Math.max(1, 6_000 / length / inARow);
    Timing checks = time(repeats * drafts.length * inARow, () -> {
      long findings = 0;
      for (int r = 0; r < repeats; r++) {
        for (int i = 0; i < drafts.length; i++) {
          for (int k = 0; k < inARow; k++) {
            findings += (conversation ? conversations[i].check(drafts[i])
                : engine.check(drafts[i])).findings().size();
          }
        }
      }
      return findings;
    });
    System.out.printf("CPU time per check: median %.2f us, least %.2f us (%d findings)%n",
        checks.median(), checks.least(), checks.total());
    if (conversation) {
      // Measured once the checks have warmed the shared code up, as in a running helpdesk.
      Timing making = time(repeats * messages.length, () -> {
        long made = 0;
        for (int r = 0; r < repeats; r++) {
          for (String message : messages) {
            made += engine.conversation(message).message().length();
          }
        }
        return made;
      });
      System.out.printf("CPU time per conversation made: median %.2f us, least %.2f us (%d)%n",
          making.median(), making.least(), making.total());
    }
  }

  /**
   * CPU microseconds per operation: the median and the least of 40 batches after 80 of warm-up,
   * and the sum of what all 120 batches returned (printed, so the work cannot be skipped, and so a build that
   * finds differently shows it: 4,192,800 findings for {@code 300 300 true}).
   */
  private record Timing(double median, double least, long total) {}

  private static Timing time(int operations, LongSupplier batch) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] micros = new double[40];
    long total = 0;
    for (int b = -80; b < micros.length; b++) {
      long start = threads.getCurrentThreadCpuTime();
      long result = batch.getAsLong();
      long spent = threads.getCurrentThreadCpuTime() - start;
      total += result;
      if (b >= 0) {
        micros[b] = spent / 1_000.0 / operations;
      }
    }
    Arrays.sort(micros);
    return new Timing(micros[micros.length / 2], micros[0], total);
  }
}
