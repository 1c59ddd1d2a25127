package dev.playbook.bench;

import dev.playbook.CompiledPlaybook;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.model.Playbook;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a playbook (model to engine) and loading one (YAML text to validated model). 10,000
 * generated phrases make 600 banned rules and 400 topics of ten phrases each, beside the
 * example's 19 rules and topics: the "1,000-rule playbook".
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmark {

  /** Generated phrases. */
  @Param("10000")
  public int phrases;

  private String yaml;
  private Playbook playbook;

  @Setup(Level.Trial)
  public void setUp() {
    yaml = Workload.playbookYaml(phrases, 42);
    playbook = Playbooks.load(yaml, "synthetic.yaml").orThrow();
  }

  /** Model to compiled engine. */
  @Benchmark
  public CompiledPlaybook compile() {
    return Playbooks.compile(playbook);
  }

  /** YAML text to validated model (parse, schema, references, contradictions). */
  @Benchmark
  public LoadResult load() {
    return Playbooks.load(yaml, "synthetic.yaml");
  }
}
