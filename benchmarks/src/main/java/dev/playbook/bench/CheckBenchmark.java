package dev.playbook.bench;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Conversation;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * One check of a draft against a compiled playbook, and the hand-written baseline on the same
 * drafts. Each call takes the next of 256 prepared drafts, so branch predictors and caches see
 * varied text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CheckBenchmark {

  private static final int DRAFTS = 256;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  /** Generated phrases on top of the example's. */
  @Param("300")
  public int phrases;

  /** Characters per draft. */
  @Param("300")
  public int draftLength;

  /** Whether each draft comes with the customer's message. */
  @Param({"true", "false"})
  public boolean inbound;

  /** The channel checked on (x is public, with a signature, length and contact rules). */
  @Param("x")
  public String channel;

  private CompiledPlaybook engine;
  private Baseline baseline;
  private Draft[] drafts;
  private Conversation[] conversations;
  private Draft[] replies;
  private String[] texts;
  private String[] inbounds;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    var playbook = Playbooks.load(Workload.playbookYaml(phrases, 42), "synthetic.yaml").orThrow();
    engine = Playbooks.compile(playbook);
    baseline = new Baseline(playbook);
    List<Workload.Reply> replies = Workload.drafts(DRAFTS, draftLength, 7);
    drafts = new Draft[DRAFTS];
    conversations = new Conversation[DRAFTS];
    this.replies = new Draft[DRAFTS];
    texts = new String[DRAFTS];
    inbounds = new String[DRAFTS];
    for (int i = 0; i < DRAFTS; i++) {
      Workload.Reply r = replies.get(i);
      texts[i] = r.reply();
      inbounds[i] = inbound ? r.inbound() : "";
      drafts[i] = Draft.builder(channel, texts[i]).inbound(inbounds[i]).clock(CLOCK).build();
      conversations[i] = engine.conversation(inbounds[i]);
      this.replies[i] = Draft.builder(channel, texts[i]).clock(CLOCK).build();
    }
  }

  /** The engine: one full check (every rule of the channel, the decision, the verdict). */
  @Benchmark
  public Verdict engine() {
    Draft d = drafts[next++ & (DRAFTS - 1)];
    return engine.check(d);
  }

  /**
   * The engine through a {@link Conversation} made once per customer's message (as a helpdesk
   * checking a reply on every keystroke calls it): the draft checked, the message's topics
   * found when the conversation was made, outside the measurement.
   */
  @Benchmark
  public Verdict conversation() {
    int i = next++ & (DRAFTS - 1);
    return conversations[i].check(replies[i]);
  }

  /** The baseline: one alternation of every phrase plus the patterns, java.util.regex. */
  @Benchmark
  public int baseline() {
    int i = next++ & (DRAFTS - 1);
    return baseline.count(texts[i], inbounds[i]);
  }
}
