package dev.playbook.validator.testing;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.SourceLocation;
import dev.playbook.Verdict;
import dev.playbook.validator.testing.CaseResult.Status;
import dev.playbook.validator.testing.Expectations.Mismatch;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Runs test cases, one at a time, each on a worker thread with a time limit: a case that takes
 * longer is reported as an error and the run goes on with a fresh worker, so a run never hangs.
 *
 * <p>Not thread-safe; use one runner per run.
 */
public final class TestRunner {

  /** The time limit of a case when none is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final Duration timeout;
  private final LongSupplier nanoTime;
  private final BiFunction<CompiledPlaybook, Draft, Verdict> checker;

  /** A runner giving each case {@code timeout}. */
  public TestRunner(Duration timeout) {
    this(timeout, System::nanoTime, CompiledPlaybook::check);
  }

  /** A runner reading time from {@code nanoTime} and checking with {@code checker}; for tests. */
  TestRunner(Duration timeout, LongSupplier nanoTime,
      BiFunction<CompiledPlaybook, Draft, Verdict> checker) {
    this.timeout = timeout;
    this.nanoTime = nanoTime;
    this.checker = checker;
  }

  /** Runs every case of {@code files}, in order. */
  public TestRun run(List<TestFile> files, OptionalInt minimumCoverage) {
    long start = nanoTime.getAsLong();
    List<CaseResult> results = new ArrayList<>();
    ExecutorService worker = newWorker();
    try {
      for (TestFile file : files) {
        for (TestCase c : file.cases()) {
          long caseStart = nanoTime.getAsLong();
          Future<Verdict> verdict = worker.submit(() -> checker.apply(file.playbook(), draft(c)));
          CaseResult result;
          try {
            Verdict v = verdict.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            result = judge(file, c, v, elapsed(caseStart));
          } catch (TimeoutException e) {
            verdict.cancel(true);
            // The stuck thread may never notice the interrupt: leave it, work on a new one.
            worker.shutdownNow();
            worker = newWorker();
            result = error(file, c, "timed out after " + seconds(timeout), elapsed(caseStart));
          } catch (ExecutionException e) {
            result = error(file, c, "the check failed: " + e.getCause(), elapsed(caseStart));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = error(file, c, "interrupted", elapsed(caseStart));
            results.add(result);
            break;
          }
          results.add(result);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return new TestRun(results, Coverage.of(results), minimumCoverage, elapsed(start));
  }

  private static Draft draft(TestCase c) {
    Draft.Builder b = Draft.builder(c.channel().value(),
            c.draft().map(TestCase.Marked::text).orElse(""))
        .inbound(c.inbound().text())
        .clock(Clock.systemUTC());
    c.locale().ifPresent(b::locale);
    c.customerName().ifPresent(b::customerName);
    c.template().ifPresent(t -> b.template(t.value()));
    return b.build();
  }

  private static CaseResult judge(TestFile file, TestCase c, Verdict verdict, Duration took) {
    Observed seen = Observed.of(c, verdict);
    List<Mismatch> mismatches = Expectations.check(c, seen);
    if (mismatches.isEmpty()) {
      return new CaseResult(file, c, Status.PASSED, c.location(), "", took, Optional.of(seen));
    }
    List<String> fired = seen.fired();
    String message = mismatches.stream().map(Mismatch::message).collect(Collectors.joining("; "))
        + " (" + (fired.isEmpty() ? "nothing fired" : "fired: " + String.join(", ", fired)) + ")";
    SourceLocation at = mismatches.get(0).location();
    return new CaseResult(file, c, Status.FAILED, at, message, took, Optional.of(seen));
  }

  private static CaseResult error(TestFile file, TestCase c, String message, Duration took) {
    return new CaseResult(file, c, Status.ERRORED, c.location(), message, took, Optional.empty());
  }

  private Duration elapsed(long since) {
    return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - since));
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "playbook-test-case");
      t.setDaemon(true);
      return t;
    });
  }
}
