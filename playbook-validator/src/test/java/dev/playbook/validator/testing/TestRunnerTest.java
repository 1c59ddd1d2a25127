package dev.playbook.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Verdict;
import dev.playbook.validator.testing.CaseResult.Status;
import dev.playbook.validator.testing.Coverage.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestRunnerTest {

  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void releaseStuckChecks() {
    never.countDown();
  }

  @Test
  void aCaseThatTakesTooLongIsAnErrorAndTheRunGoesOn() {
    TestFile suite = Fixtures.load(Fixtures.SUITE);
    BiFunction<CompiledPlaybook, Draft, Verdict> hangsOnTheFirstCase = (engine, draft) -> {
      if (draft.inbound().equals("When does my card come?")) {
        try {
          never.await();
        } catch (InterruptedException e) {
          // Ignore the interrupt, as a check stuck in a loop would.
          Thread.currentThread().interrupt();
        }
      }
      return engine.check(draft);
    };

    TestRun run = new TestRunner(Duration.ofMillis(50), System::nanoTime, hangsOnTheFirstCase)
        .run(List.of(suite), OptionalInt.empty());

    assertThat(run.results()).hasSize(suite.cases().size());
    CaseResult first = run.results().get(0);
    assertThat(first.status()).isEqualTo(Status.ERRORED);
    assertThat(first.message()).isEqualTo("timed out after 50 ms");
    assertThat(first.line()).isEqualTo(Fixtures.SUITE + ":4:5: ERROR 'a plain reply is ready':"
        + " timed out after 50 ms");
    assertThat(run.results().get(1).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aCheckThatThrowsIsAnError() {
    TestFile suite = Fixtures.load(Fixtures.SUITE);

    TestRun run = new TestRunner(Duration.ofSeconds(5), System::nanoTime, (engine, draft) -> {
      throw new IllegalStateException("boom");
    }).run(List.of(suite), OptionalInt.empty());

    assertThat(run.results()).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(Status.ERRORED);
      assertThat(r.message()).isEqualTo("the check failed: java.lang.IllegalStateException: boom");
    });
    assertThat(run.coveredItems()).isZero();
    assertThat(run.succeeded()).isFalse();
  }

  @Test
  void everyExpectationIsCheckedAndOnlyPassingCasesCover() {
    TestRun run = new TestRunner(Duration.ofSeconds(5)).run(List.of(Fixtures.load(Fixtures.SUITE)),
        OptionalInt.empty());

    Map<String, Status> statuses = run.results().stream()
        .collect(Collectors.toMap(r -> r.testCase().name(), CaseResult::status));
    assertThat(statuses).containsEntry("a plain reply is ready", Status.PASSED)
        .containsEntry("the message alone, without a draft, is READY when no topic decides",
            Status.PASSED)
        .containsEntry("a marked promise fires where marked", Status.PASSED)
        .containsEntry("wrong decision", Status.FAILED)
        .containsEntry("a marked span nothing finds", Status.FAILED)
        .containsEntry("no escalation expected but one happens", Status.FAILED);
    CaseResult wrong = run.results().stream()
        .filter(r -> r.testCase().name().startsWith("wrong words")).findFirst().orElseThrow();
    assertThat(wrong.message()).isEqualTo("expected 'no-guarantees' to fire on 'promise', it fired"
        + " on 'guarantee'; expected 'plain-words' to fire; expected 'no-guarantees' not to fire,"
        + " it fired on 'guarantee'; expected topic 'press' to be recognised; expected escalation"
        + " 'press-office', got 'legal-review'; expected no holding template, got 'legal-holding'"
        + " (fired: no-guarantees, legal-proceedings)");

    Coverage coverage = run.coverage().get(0);
    // 'press' is recognised only by a failing case, so it stays uncovered.
    assertThat(coverage.uncovered()).extracting(i -> i.kind() + " " + i.id()).containsExactly(
        Kind.TONE_RULE + " greeting", Kind.TONE_RULE + " calm", Kind.TOPIC + " press",
        Kind.ESCALATION_PATH + " press-office", Kind.TEMPLATE + " card-delivery");
    assertThat(run.coveragePercent()).isEqualTo(100.0 * 6 / 11);
  }
}
