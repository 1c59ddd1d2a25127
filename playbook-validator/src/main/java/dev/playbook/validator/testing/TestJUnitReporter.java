package dev.playbook.validator.testing;

import static dev.playbook.validator.report.JUnitReporter.escape;

import dev.playbook.validator.testing.CaseResult.Status;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;

/**
 * JUnit XML in the shape Maven Surefire's {@code surefire-test-report.xsd} defines, which Jenkins,
 * GitLab and GitHub test-report actions all read (the build checks it against that schema): one
 * {@code <testsuite>} holding a {@code <testcase>} per case, a {@code <failure>} for a case whose
 * expectations were not met and an {@code <error>} for one that could not be checked. The schema
 * has no attribute for a file or line, so the failure's text starts with the case's
 * {@code file:line:col}. The {@code classname} is the test file's path without
 * {@code .test.yaml}, dots for slashes ({@code examples.airline.playbook}), which CI servers show as
 * package and class.
 *
 * <p>When {@code --min-coverage} is given, a last case {@code playbook.coverage} fails when coverage
 * is below it, listing the items not covered.
 */
final class TestJUnitReporter implements TestReporter {

  @Override
  public void write(TestRun run, Writer out) throws IOException {
    boolean coverageCase = run.minimumCoverage().isPresent();
    int tests = run.results().size() + (coverageCase ? 1 : 0);
    long failures = run.count(Status.FAILED) + (run.coverageTooLow() ? 1 : 0);
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuite name=\"playbook.test\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"" + run.count(Status.ERRORED) + "\" skipped=\"0\" time=\""
        + time(run.duration()) + "\">\n");
    for (CaseResult r : run.results()) {
      String open = "  <testcase classname=\"" + escape(className(r.file().file()))
          + "\" name=\"" + escape(r.testCase().name()) + "\" time=\"" + time(r.duration()) + "\"";
      if (r.status() == Status.PASSED) {
        out.write(open + "/>\n");
        continue;
      }
      String element = r.status() == Status.FAILED ? "failure" : "error";
      out.write(open + ">\n");
      out.write("    <" + element + " type=\"" + (r.status() == Status.FAILED ? "FAIL" : "ERROR")
          + "\" message=\"" + escape(r.message()) + "\">" + escape(r.line()) + "</" + element
          + ">\n");
      out.write("  </testcase>\n");
    }
    if (coverageCase) {
      writeCoverage(run, out);
    }
    out.write("</testsuite>\n");
  }

  private static void writeCoverage(TestRun run, Writer out) throws IOException {
    boolean low = run.coverageTooLow();
    String open = "  <testcase classname=\"playbook.coverage\" name=\"coverage is at least "
        + run.minimumCoverage().getAsInt() + "%\" time=\"0.000\"";
    if (!low) {
      out.write(open + "/>\n");
      return;
    }
    StringBuilder uncovered = new StringBuilder();
    for (Coverage c : run.coverage()) {
      for (Coverage.Item item : c.uncovered()) {
        uncovered.append(c.notCovered(item)).append('\n');
      }
    }
    String message = "coverage " + Numbers.percent(run.coveragePercent()) + "% ("
        + run.coveredItems() + " of " + run.items() + " items) is below the minimum of "
        + run.minimumCoverage().getAsInt() + "%";
    out.write(open + ">\n");
    out.write("    <failure type=\"COVERAGE\" message=\"" + escape(message) + "\">"
        + escape(uncovered.toString()) + "</failure>\n");
    out.write("  </testcase>\n");
  }

  /** {@code examples/airline/playbook.test.yaml} → {@code examples.airline.playbook}. */
  static String className(String testFile) {
    String name = testFile.replace('\\', '/');
    int test = name.toLowerCase(Locale.ROOT).lastIndexOf(".test.");
    if (test >= 0) {
      name = name.substring(0, test);
    }
    while (name.startsWith("/") || name.startsWith("./") || name.startsWith("../")) {
      name = name.substring(name.indexOf('/') + 1);
    }
    return name.replace('/', '.');
  }

  private static String time(Duration d) {
    return Numbers.seconds(d).toPlainString();
  }
}
