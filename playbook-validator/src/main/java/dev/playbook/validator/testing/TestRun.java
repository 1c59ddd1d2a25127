package dev.playbook.validator.testing;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The results of a {@code playbook test} run.
 *
 * @param results every case, in the order of the files and of the cases in them
 * @param coverage the coverage of each playbook tested
 * @param minimumCoverage the percentage {@code --min-coverage} asks for, if given
 * @param duration how long the whole run took
 */
public record TestRun(List<CaseResult> results, List<Coverage> coverage,
    OptionalInt minimumCoverage, Duration duration) {

  public TestRun {
    results = List.copyOf(results);
    coverage = List.copyOf(coverage);
  }

  /** How many cases had this status. */
  public long count(CaseResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  /** Items covered, over every playbook. */
  public int coveredItems() {
    return coverage.stream().mapToInt(c -> c.covered().size()).sum();
  }

  /** Items, over every playbook. */
  public int items() {
    return coverage.stream().mapToInt(c -> c.items().size()).sum();
  }

  /** The share of items covered, in percent; 100 when there is nothing to cover. */
  public double coveragePercent() {
    return items() == 0 ? 100.0 : 100.0 * coveredItems() / items();
  }

  /** Whether coverage is below {@code --min-coverage}. */
  public boolean coverageTooLow() {
    return minimumCoverage.isPresent() && coveragePercent() < minimumCoverage.getAsInt();
  }

  /** Whether the run succeeds: every case passed and coverage is high enough. */
  public boolean succeeded() {
    return count(CaseResult.Status.PASSED) == results.size() && !coverageTooLow();
  }
}
