package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.validator.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: options, usage errors and exit codes, without loading a playbook. */
class MainTest {

  @Test
  void versionIsTheBuildsVersion() {
    Run run = Cli.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("playbook \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    assertThat(run.out().trim()).isEqualTo("playbook " + Version.current());
  }

  @Test
  void helpListsTheCommands() {
    Run run = Cli.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("validate", "schema", "Exit codes");
  }

  @Test
  void validateHelpListsEveryFormat() {
    Run run = Cli.run("help", "validate");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("text, json, sarif, junit, github", "--output", "--strict");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Cli.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("playbook: missing command").contains("Usage: playbook");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutATrace() {
    Run run = Cli.run("validate", "--frobnicate", "playbook.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("playbook: Unknown option: '--frobnicate'")
        .contains("Try 'playbook validate --help'")
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    Run run = Cli.run("valdate", "playbook.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    // The closest command first; picocli may name others after it ("or playbook test").
    assertThat(run.err()).contains("'valdate'", "Did you mean: playbook validate");
  }

  @Test
  void anUnknownFormatNamesTheFormats() {
    Run run = Cli.run("validate", "--format", "xml", "playbook.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected one of text, json, sarif, junit, github but was 'xml'");
  }

  @Test
  void validateWithoutAPathIsAUsageError() {
    Run run = Cli.run("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void everyMissingPathIsNamedAndNothingIsValidated() {
    Run run = Cli.run("validate", "missing.yaml", "src/test/resources/cli/valid.yaml", "no/such/dir");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(String.join(System.lineSeparator(),
        "playbook: cannot read missing.yaml: no such file or directory",
        "playbook: cannot read no/such/dir: no such file or directory", ""));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryWithoutPlaybooksIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a playbook");
    Run run = Cli.run("validate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("playbook: no playbook files (*.yaml, *.yml) in " + dir + System.lineSeparator());
  }

  @Test
  void schemaPrintsThePlaybookSchema() throws IOException {
    Run run = Cli.run("schema");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("../schemas/playbook-v1.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void schemaPrintsTheReportSchemaByName() throws IOException {
    Run run = Cli.run("schema", "validate-report");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Files.readString(Path.of("../schemas/validate-report-v1.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownSchemaIsAUsageError() {
    Run run = Cli.run("schema", "openapi");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected one of playbook, validate-report, diff-report, playbook-test, test-report, backtest-report but was 'openapi'");
  }
}
