package dev.playbook.validator.testing;

import dev.playbook.validator.testing.CaseResult.Status;
import java.io.IOException;
import java.io.Writer;

/**
 * Text for people and editors, like a compiler's: one line per case that did not pass
 * ({@code file:line:col: FAIL 'name': expected ESCALATE, got REVISE (fired: ...)}), one line per
 * item no passing case covers ({@code file:line:col: not covered: tone rule 'calm'}), the coverage
 * of each playbook, and a summary line.
 */
final class TestTextReporter implements TestReporter {

  @Override
  public void write(TestRun run, Writer out) throws IOException {
    for (CaseResult r : run.results()) {
      if (r.status() != Status.PASSED) {
        out.write(r.line() + "\n");
      }
    }
    for (Coverage c : run.coverage()) {
      for (Coverage.Item item : c.uncovered()) {
        out.write(c.notCovered(item) + "\n");
      }
    }
    for (Coverage c : run.coverage()) {
      out.write("coverage of " + c.playbook() + ": " + c.covered().size() + " of "
          + c.items().size() + " items (" + Numbers.percent(c.percent()) + "%)\n");
    }
    String summary = run.count(Status.PASSED) + " passed, " + run.count(Status.FAILED)
        + " failed, " + run.count(Status.ERRORED) + " errored in "
        + Numbers.seconds(run.duration()).setScale(2, java.math.RoundingMode.HALF_UP) + " s"
        + "; coverage " + Numbers.percent(run.coveragePercent()) + "%";
    if (run.coverageTooLow()) {
      summary += ", below the minimum of " + run.minimumCoverage().getAsInt() + "%";
    }
    out.write(summary + "\n");
  }
}
