package dev.playbook.validator.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Verdict;
import dev.playbook.validator.backtest.BacktestReport.Highlight;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import dev.playbook.validator.check.DraftLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs two versions of a playbook over a corpus of past replies and counts what differs.
 *
 * <p>The calling thread reads the corpus in chunks of lines; a fixed pool parses each chunk and
 * checks every reply against both compiled playbooks; the calling thread merges the chunks' outcomes
 * in corpus order into a {@link Tally}. At most {@code 4 × threads} chunks are in flight, so memory
 * stays constant whatever the corpus size, and the report is the same whatever the thread count.
 *
 * <p>A run is not thread-safe; a {@code Backtest} may be run again once a run has returned.
 */
public final class Backtest {

  /** Lines per chunk: enough to make handing work to a thread cheap, small enough to keep cores busy. */
  static final int CHUNK_LINES = 512;

  /**
   * One version of the playbook.
   *
   * @param source how the command line named it, such as {@code git:HEAD~1:playbook.yaml}
   * @param engine the compiled playbook
   */
  public record Version(String source, CompiledPlaybook engine) {}

  /**
   * How to run.
   *
   * @param defaultChannel the channel of lines without a {@code channel} field
   * @param threads how many threads check replies
   * @param samplesPerKind how many flips of each kind the report shows
   * @param noisyThreshold the share of replies at or above which a rule counts as noisy
   * @param clock the clock replies are checked by
   */
  public record Options(
      String defaultChannel, int threads, int samplesPerKind, double noisyThreshold, Clock clock) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
    }
  }

  /** Told how far a run got, after each chunk, on the calling thread. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param lines lines checked or skipped so far
     * @param skipped lines skipped so far
     */
    void update(long lines, long skipped);
  }

  private final Version base;
  private final Version head;
  private final Options options;
  private final Set<String> baseTopics;
  private final Set<String> headTopics;

  /** @throws IllegalArgumentException if a version does not declare the default channel */
  public Backtest(Version base, Version head, Options options) {
    this.base = base;
    this.head = head;
    this.options = options;
    for (Version v : List.of(base, head)) {
      if (!v.engine().channels().contains(options.defaultChannel())) {
        throw new IllegalArgumentException("'" + options.defaultChannel() + "' is not a channel of "
            + v.source() + "; it declares " + String.join(", ", v.engine().channels()));
      }
    }
    this.baseTopics = topics(base.engine());
    this.headTopics = topics(head.engine());
  }

  private static Set<String> topics(CompiledPlaybook engine) {
    Set<String> ids = new LinkedHashSet<>();
    engine.playbook().topics().forEach(t -> ids.add(t.id()));
    return Set.copyOf(ids);
  }

  /**
   * Checks every line of {@code in} under both versions.
   *
   * @param in JSON Lines, read as UTF-8; the caller closes it
   * @param corpus how the report names the corpus
   * @param progress told after each chunk
   * @throws IOException if {@code in} cannot be read
   */
  public BacktestReport run(InputStream in, String corpus, Progress progress) throws IOException {
    Tally tally = new Tally(options.samplesPerKind());
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), task -> {
      Thread thread = new Thread(task, "backtest-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
      int window = 4 * options.threads();
      DraftLines.Reader reader = new DraftLines.Reader(in);
      List<Line> chunk = new ArrayList<>(CHUNK_LINES);
      byte[] bytes;
      while ((bytes = reader.next()) != null) {
        chunk.add(new Line(reader.number(), bytes, reader.tooLong()));
        if (chunk.size() == CHUNK_LINES) {
          if (inFlight.size() == window) {
            merge(inFlight.removeFirst(), tally, progress);
          }
          List<Line> lines = chunk;
          inFlight.addLast(pool.submit(() -> checkAll(lines)));
          chunk = new ArrayList<>(CHUNK_LINES);
        }
      }
      if (!chunk.isEmpty()) {
        List<Line> lines = chunk;
        inFlight.addLast(pool.submit(() -> checkAll(lines)));
      }
      while (!inFlight.isEmpty()) {
        merge(inFlight.removeFirst(), tally, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    return tally.report(base.engine().playbook(), base.source(), head.engine().playbook(),
        head.source(), corpus, options.defaultChannel(), options.noisyThreshold());
  }

  private static void merge(Future<List<Outcome>> chunk, Tally tally, Progress progress)
      throws IOException {
    try {
      chunk.get().forEach(tally::add);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    progress.update(tally.lines(), tally.skippedCount());
  }

  /** A line as read, before parsing. */
  private record Line(long number, byte[] bytes, boolean tooLong) {}

  private List<Outcome> checkAll(List<Line> lines) {
    List<Outcome> outcomes = new ArrayList<>(lines.size());
    for (Line line : lines) {
      try {
        check(line).ifPresent(outcomes::add);
      } catch (DraftLines.Invalid e) {
        outcomes.add(new Outcome.Skipped(line.number(), e.getMessage()));
      }
    }
    return outcomes;
  }

  /** The outcome of one line; empty for a blank line, which is neither checked nor skipped. */
  private Optional<Outcome> check(Line line) throws DraftLines.Invalid {
    if (line.tooLong()) {
      throw new DraftLines.Invalid("longer than " + DraftLines.Reader.MAX_LINE_BYTES + " bytes");
    }
    String text = DraftLines.decode(line.bytes(), line.number() == 1);
    if (text.isBlank()) {
      return Optional.empty();
    }
    JsonNode node = DraftLines.parse(text);
    Draft draft = DraftLines.draft(node, Optional.of(options.defaultChannel()), options.clock());
    for (Version v : List.of(base, head)) {
      if (!v.engine().channels().contains(draft.channel())) {
        throw new DraftLines.Invalid("unknown channel '" + draft.channel() + "'; "
            + v.source() + " declares " + String.join(", ", v.engine().channels()));
      }
    }
    Verdict before = base.engine().check(draft);
    Verdict after = head.engine().check(draft);
    Optional<Outcome.Flip> flip = before.decision() == after.decision()
        ? Optional.empty()
        : Optional.of(flip(line.number(), node.get("id"), draft, before, after));
    return Optional.of(new Outcome.Checked(before.decision(), after.decision(), fired(before),
        fired(after), route(before), route(after), flip));
  }

  private static List<Outcome.Fired> fired(Verdict verdict) {
    Set<String> seen = new LinkedHashSet<>();
    List<Outcome.Fired> fired = new ArrayList<>();
    for (List<Finding> findings : List.of(verdict.findings(), verdict.shadowFindings())) {
      for (Finding f : findings) {
        if (seen.add(f.ruleId())) {
          fired.add(new Outcome.Fired(f.ruleId(), f.kind()));
        }
      }
    }
    return fired;
  }

  private static Optional<Outcome.Route> route(Verdict verdict) {
    return verdict.escalation().map(e -> new Outcome.Route(e.path(), e.team()));
  }

  /**
   * Why the decision flipped. The stricter side is the one whose decision takes precedence; the
   * rules responsible are those that decide there and not on the other side, or, when the same
   * rules decide on both (a severity changed), those that decide on the stricter side.
   */
  private Outcome.Flip flip(long number, JsonNode id, Draft draft, Verdict before, Verdict after) {
    boolean headStricter = after.decision().ordinal() < before.decision().ordinal();
    Verdict stricter = headStricter ? after : before;
    Verdict looser = headStricter ? before : after;
    Set<String> rules = new LinkedHashSet<>(deciding(stricter));
    rules.removeAll(deciding(looser));
    if (rules.isEmpty()) {
      rules.addAll(deciding(stricter));
    }
    Set<String> topicIds = headStricter ? headTopics : baseTopics;
    List<String> topics = rules.stream().filter(topicIds::contains).toList();
    Optional<String> path = after.escalation().or(before::escalation).map(Verdict.Escalation::path);
    List<Highlight> highlights = new ArrayList<>();
    for (Finding f : stricter.findings()) {
      if (rules.contains(f.ruleId()) && !f.span().isEmpty()) {
        highlights.add(new Highlight(f.ruleId(), f.text() == Finding.Text.INBOUND,
            f.span().start(), f.span().end()));
      }
    }
    Optional<String> shownId = Optional.ofNullable(id).filter(i -> !i.isNull())
        .map(i -> i.isTextual() ? i.textValue() : i.toString());
    Sample sample = new Sample(number, shownId, draft.channel(), before.decision(),
        after.decision(), List.copyOf(rules), draft.inbound(), draft.text(), highlights);
    return new Outcome.Flip(List.copyOf(rules), topics, path, sample);
  }

  /** The rules and topics behind a verdict's decision. */
  private static Set<String> deciding(Verdict verdict) {
    Set<String> ids = new LinkedHashSet<>();
    switch (verdict.decision()) {
      case ESCALATE -> verdict.escalation().ifPresent(e -> ids.add(e.topic()));
      case DO_NOT_REPLY, MOVE_TO_PRIVATE -> ids.addAll(verdict.topics());
      case REVISE -> verdict.findings().stream().filter(Finding::isError)
          .forEach(f -> ids.add(f.ruleId()));
      case READY -> { }
    }
    return ids;
  }
}
