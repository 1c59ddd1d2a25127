package dev.playbook.bench;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end over the shared corpus of real replies (read in place): one operation reads the
 * JSON lines file, parses it, and checks every reply with its inbound against the retail-bank
 * example on channel x. Replies per second = replies / (seconds per operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class CorpusBenchmark {

  private CompiledPlaybook engine;
  private Path corpus;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = Workload.corpus();
    if (!Files.exists(corpus)) {
      throw new IllegalStateException("no corpus at " + corpus + " (set -Dplaybook.corpus=...)");
    }
    engine = Playbooks.compile(Playbooks.load(
        Workload.repositoryRoot().resolve("examples/retail-bank/playbook.yaml")).orThrow());
  }

  /** Load the jsonl and check each reply; returns how many were READY. */
  @Benchmark
  public int loadAndCheckAll() {
    List<Workload.Reply> replies = Workload.parse(Workload.read(corpus));
    int ready = 0;
    for (Workload.Reply r : replies) {
      Verdict v = engine.check(Draft.builder("x", r.reply()).inbound(r.inbound()).build());
      if (v.isReady()) {
        ready++;
      }
    }
    return ready;
  }
}
