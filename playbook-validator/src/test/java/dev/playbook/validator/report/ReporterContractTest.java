package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reporter, through every scenario of {@link Scenarios}, against the golden files
 * {@code src/test/resources/golden/<format>/<scenario>.<ext>}.
 *
 * <p>After an intended change of output, regenerate the golden files and review the diff:
 * <pre>
 * ./mvnw -q -B -o -pl playbook-validator -am test -Dtest=ReporterContractTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * git diff playbook-validator/src/test/resources/golden
 * </pre>
 * ({@code GOLDEN_UPDATE=true} in the environment does the same.)
 */
class ReporterContractTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE =
      Boolean.getBoolean("golden.update") || "true".equals(System.getenv("GOLDEN_UPDATE"));

  /** A reporter under test: the golden directory it is checked against, and its files' extension. */
  private record Subject(String directory, String extension, Reporter reporter) {}

  private static final List<Subject> SUBJECTS = List.of(
      new Subject("text", "txt", new TextReporter(false)),
      new Subject("text-colour", "txt", new TextReporter(true)),
      new Subject("json", "json", new JsonReporter()),
      new Subject("sarif", "sarif", new SarifReporter()),
      new Subject("junit", "xml", new JUnitReporter()),
      new Subject("github", "txt", new GitHubReporter()));

  @TestFactory
  Stream<DynamicTest> everyReporterMatchesItsGoldenFile() {
    return cases().map(c -> DynamicTest.dynamicTest(c.subject.directory + "/" + c.scenario, () -> {
      String actual = render(c.subject.reporter, c.report);
      Path golden = GOLDEN.resolve(c.subject.directory).resolve(c.scenario + "." + c.subject.extension);
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
      assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyReporterNamesEveryDiagnosticAndEndsWithOneLineFeed() {
    return cases().map(c -> DynamicTest.dynamicTest(c.subject.directory + "/" + c.scenario, () -> {
      String actual = render(c.subject.reporter, c.report);
      assertThat(actual).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
      for (FileResult file : c.report.files()) {
        for (Diagnostic d : file.diagnostics()) {
          assertThat(actual).contains(d.code()).contains(String.valueOf(d.location().line()));
        }
      }
    }));
  }

  private record Case(Subject subject, String scenario, Report report) {}

  private static Stream<Case> cases() {
    Map<String, Report> scenarios = new TreeMap<>(Scenarios.all());
    return SUBJECTS.stream()
        .flatMap(s -> scenarios.entrySet().stream().map(e -> new Case(s, e.getKey(), e.getValue())));
  }

  static String render(Reporter reporter, Report report) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(report, out);
    return out.toString();
  }
}
