package dev.playbook.validator.testing;

import dev.playbook.SourceLocation;
import java.time.Duration;
import java.util.Optional;

/**
 * How one case went.
 *
 * @param file the test file the case is in
 * @param testCase the case
 * @param status passed, failed or errored
 * @param location where to look: the first expectation not met, else the case
 * @param message what went wrong; empty when the case passed
 * @param duration how long the check took
 * @param observed what the playbook decided; empty when the case errored
 */
public record CaseResult(
    TestFile file,
    TestCase testCase,
    Status status,
    SourceLocation location,
    String message,
    Duration duration,
    Optional<Observed> observed) {

  /** The outcome of a case. */
  public enum Status {
    /** Every expectation was met. */
    PASSED,
    /** An expectation was not met. */
    FAILED,
    /** The case could not be checked: it timed out, or the check failed. */
    ERRORED;

    /** The lower-case word used in JSON. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The compiler-style line for a case that did not pass: {@code file:line:col: FAIL 'name': ...}. */
  public String line() {
    return location + ": " + (status == Status.FAILED ? "FAIL" : "ERROR") + " '"
        + testCase.name() + "': " + message;
  }
}
