package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code playbook test}: discovery, exit codes, failure lines, broken test files, coverage. */
class TestCommandTest {

  private static final String SUITE = "src/test/resources/testing/suite/";
  private static final String BROKEN = "src/test/resources/testing/broken/";
  private static final String PARTIAL = "src/test/resources/testing/partial/";
  private static final String COMPOSED = "src/test/resources/testing/composed/";

  @Test
  void theExamplesPassWithFullCoverage() {
    Cli.Run run = Cli.run("test", "../examples/", "--min-coverage", "100");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("coverage of ../examples/airline/playbook.yaml: 48 of 48 items (100%)")
        .contains("coverage of ../examples/group-baseline/playbook.yaml: 19 of 19 items (100%)")
        // 16 items inherited unchanged from the baseline, 3 replaced and 4 added by the brand.
        .contains("coverage of ../examples/brand-uk/playbook.yaml: 23 of 23 items (100%)")
        .contains("coverage of ../examples/public-agency/playbook.yaml: ")
        .contains("coverage of ../examples/retail-bank/playbook.yaml: ")
        .containsPattern("\\d+ passed, 0 failed, 0 errored in \\d+\\.\\d\\d s; coverage 100%\n$")
        .doesNotContain("not covered");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"airline", "public-agency", "retail-bank", "group-baseline", "brand-uk"})
  void aPlaybookNamesItsSiblingTests(String example) {
    Cli.Run run = Cli.run("test", "../examples/" + example + "/playbook.yaml");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("coverage of ../examples/" + example + "/playbook.yaml");
  }

  @Test
  void aFailingCaseIsOneCompilerStyleLineAndExitsOne() {
    Cli.Run run = Cli.run("test", SUITE + "playbook.test.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(SUITE + "playbook.test.yaml:55:17: FAIL 'wrong decision': expected READY, got"
            + " REVISE (fired: no-guarantees)\n")
        .contains(SUITE + "playbook.yaml:36:7: not covered: tone rule 'calm'\n")
        .containsPattern("\n6 passed, 4 failed, 0 errored in \\d+\\.\\d\\d s; coverage 54.5%\n$");
  }

  @Test
  void coverageBelowTheMinimumExitsOne() {
    Cli.Run low = Cli.run("test", PARTIAL, "--min-coverage", "46");
    Cli.Run enough = Cli.run("test", PARTIAL, "--min-coverage", "45");

    assertThat(low.exitCode()).isEqualTo(1);
    assertThat(low.out()).endsWith("coverage 45.4%, below the minimum of 46%\n")
        .contains(SUITE + "playbook.yaml:74:5: not covered: template 'card-delivery'\n");
    assertThat(enough.exitCode()).isZero();
  }

  @Test
  void anInheritedItemCountsForTheBrandAndSaysWhichPlaybookLeftItUncovered() {
    Cli.Run run = Cli.run("test", COMPOSED);

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(COMPOSED + "base.yaml:21:7: not covered: tone rule 'no-blame' (inherited by "
            + COMPOSED + "brand/playbook.yaml)\n")
        .contains("coverage of " + COMPOSED + "brand/playbook.yaml: 2 of 3 items (66.6%)\n")
        .doesNotContain("coverage of " + COMPOSED + "base.yaml");
  }

  @Test
  void theBrandsOwnUncoveredItemsAreNotMarkedInherited() {
    Cli.Run run = Cli.run("test", COMPOSED + "brand/playbook.test.yaml", "--format", "json");

    JsonNode uncovered = json(run.out())
        .at("/coverage/playbooks/0/uncovered");
    assertThat(uncovered).hasSize(1);
    assertThat(uncovered.get(0).get("id").asText()).isEqualTo("no-blame");
    assertThat(uncovered.get(0).get("inherited").asBoolean()).isTrue();
    assertThat(uncovered.get(0).at("/location/file").asText()).isEqualTo(COMPOSED + "base.yaml");
    Cli.Run suite = Cli.run("test", SUITE + "playbook.test.yaml", "--format", "json");
    assertThat(json(suite.out()).at("/coverage/playbooks/0/uncovered"))
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.get("inherited").isBoolean()
            && !item.get("inherited").asBoolean()).as(item.toString()).isTrue());
  }

  @Test
  void theJUnitCoverageFailureNamesThePlaybookThatInheritsTheItem() {
    Cli.Run run = Cli.run("test", COMPOSED, "--format", "junit", "--min-coverage", "100");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(COMPOSED + "base.yaml:21:7: not covered: tone rule 'no-blame'"
        + " (inherited by " + COMPOSED + "brand/playbook.yaml)");
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "syntax, PB101, 7:4",
      "duplicate-key, PB102, 7:5",
      "alias, PB103, 5:11",
      "tag, PB108, 7:14",
      "unknown-property, PB201, 8:5",
      "no-message-or-draft, PB202, 5:5",
      "decision-not-allowed, PB204, 9:17",
      "wrong-kind, PB204, 2:7",
      "no-expectation, PB206, 8:13",
      "playbook-missing, PB901, 3:1",
      "playbook-invalid, PB901, 3:1",
      "unknown-channel, PB902, 6:14",
      "unknown-rule, PB903, 9:15",
      "unknown-topic, PB904, 9:16",
      "unknown-escalation-path, PB905, 9:19",
      "unknown-template, PB906, 7:15",
      "duplicate-case-name, PB907, 10:11",
      "bad-locale, PB908, 7:13",
      "unbalanced-marker, PB909, 7:12",
      "empty, PB910, 1:1"})
  void aBrokenTestFileIsADiagnosticAndExitsTwo(String name, String code, String at) {
    Cli.Run run = Cli.run("test", BROKEN + name + ".test.yaml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(BROKEN + name + ".test.yaml:" + at + ": error " + code + " ")
        .endsWith("playbook: cannot run the tests until the problems above are fixed\n")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aReferenceToAMissingIdSuggestsTheClosestOne() {
    Cli.Run run = Cli.run("test", BROKEN + "unknown-rule.test.yaml");

    assertThat(run.err()).contains("error PB903 unknown rule 'no-guarantee' (did you mean"
        + " 'no-guarantees'?)");
  }

  @Test
  void anInvalidPlaybookUnderTestShowsItsOwnDiagnostics() {
    Cli.Run run = Cli.run("test", BROKEN + "playbook-invalid.test.yaml");

    assertThat(run.err()).contains("src/test/resources/cli/unknown-escalation-path.yaml:19:17:"
        + " error PB302 unknown escalation path 'legal'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "src/test/resources/cli | no playbook tests (*.test.yaml, *.test.yml) in src/test/resources/cli",
      "src/test/resources/cli/valid.yaml | no tests for src/test/resources/cli/valid.yaml: write"
          + " them in src/test/resources/cli/valid.test.yaml",
      "nowhere | cannot read nowhere: no such file or directory"})
  void aPathWithoutTestsIsAUsageError(String path, String message) {
    Cli.Run run = Cli.run("test", path);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("playbook: " + message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"--min-coverage, 101", "--min-coverage, -1", "--timeout, soon", "--timeout, 0s",
      "--format, sarif"})
  void aBadOptionIsAUsageError(String option, String value) {
    Cli.Run run = Cli.run("test", SUITE, option, value);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("playbook: ").contains(option);
  }

  @ParameterizedTest
  @CsvSource({"playbook-test, playbook-test-v1.schema.json", "test-report, test-report-v1.schema.json"})
  void theSchemasArePackaged(String name, String file) throws java.io.IOException {
    Cli.Run run = Cli.run("schema", name);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(java.nio.file.Files.readString(
        java.nio.file.Path.of("../schemas", file), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theTimeoutTakesShortAndIsoForms() {
    assertThat(new TestCommand.TimeoutConverter().convert("500ms")).hasMillis(500);
    assertThat(new TestCommand.TimeoutConverter().convert("2m")).hasMinutes(2);
    assertThat(new TestCommand.TimeoutConverter().convert("PT3S")).hasSeconds(3);
  }
}
