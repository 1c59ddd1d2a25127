package dev.playbook.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Verdict;
import dev.playbook.validator.report.Tool;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every test report format, for the fixture suite (passing, failing and erroring cases, coverage
 * below the minimum), against the golden files {@code src/test/resources/testing/golden/}. The
 * clock is stopped, so every duration is zero.
 *
 * <p>After an intended change of output, regenerate and review:
 * <pre>
 * ./mvnw -q -B -o -pl playbook-validator -am test -Dtest=TestReportGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
class TestReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/testing/golden");
  private static final boolean UPDATE =
      Boolean.getBoolean("golden.update") || "true".equals(System.getenv("GOLDEN_UPDATE"));
  private static final Tool TOOL = new Tool("playbook", "1.2.3", "https://playbook.dev");

  /** The check fails on the suite's "EXPLODE" message, so the report shows an error too. */
  private static final BiFunction<CompiledPlaybook, Draft, Verdict> CHECKER = (engine, draft) -> {
    if (draft.inbound().equals("EXPLODE")) {
      throw new IllegalStateException("boom");
    }
    return engine.check(draft);
  };

  private static TestRun run() {
    return new TestRunner(Duration.ofSeconds(5), () -> 0L, CHECKER)
        .run(List.of(Fixtures.load(Fixtures.SUITE)), OptionalInt.of(60));
  }

  static String render(TestFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.reporter(TOOL).write(run(), out);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(TestFormat.class)
  void everyFormatMatchesItsGoldenFile(TestFormat format) throws IOException {
    String actual = render(format);
    String extension = switch (format) {
      case TEXT -> "txt";
      case JSON -> "json";
      case JUNIT -> "xml";
    };
    Path golden = GOLDEN.resolve("report." + extension);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8))
        .endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }

  @Test
  void theJsonReportMatchesItsPublishedSchema() throws IOException {
    Schema schema = schema("/dev/playbook/schemas/test-report-v1.schema.json");
    JSONObject report = new JSONObject(render(TestFormat.JSON));
    try {
      schema.validate(report);
    } catch (ValidationException e) {
      throw new AssertionError(String.join("\n", e.getAllMessages()), e);
    }
    report.getJSONArray("cases").getJSONObject(0).put("status", "skipped");
    assertThat(valid(schema, report)).as("a report of another shape is refused").isFalse();
  }

  @Test
  void theJUnitReportCountsWhatTheRunFound() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
        render(TestFormat.JUNIT).getBytes(StandardCharsets.UTF_8)));
    Element suites = xml.getDocumentElement();
    TestRun run = run();

    assertThat(suites.getTagName()).isEqualTo("testsuite");
    // Every case, plus the coverage check; the coverage check is one more failure.
    assertThat(suites.getAttribute("tests")).isEqualTo(String.valueOf(run.results().size() + 1));
    assertThat(suites.getAttribute("failures"))
        .isEqualTo(String.valueOf(run.count(CaseResult.Status.FAILED) + 1));
    assertThat(suites.getAttribute("errors")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(run.results().size() + 1);
    Element firstCase = (Element) xml.getElementsByTagName("testcase").item(0);
    Element firstFailure = (Element) xml.getElementsByTagName("failure").item(0);
    // Surefire's schema has no attribute for the place: the failure's text starts with it.
    assertThat(firstFailure.getTextContent()).startsWith(Fixtures.SUITE + ":");
    assertThat(firstCase.getAttribute("classname"))
        .isEqualTo("src.test.resources.testing.suite.playbook");
  }

  private static boolean valid(Schema schema, JSONObject document) {
    try {
      schema.validate(document);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  static Schema schema(String resource) throws IOException {
    try (InputStream in = TestReportGoldenTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("packaged schema " + resource).isNotNull();
      return SchemaLoader.builder().schemaJson(new JSONObject(new JSONTokener(in)))
          .draftV7Support().build().load().build();
    }
  }
}
