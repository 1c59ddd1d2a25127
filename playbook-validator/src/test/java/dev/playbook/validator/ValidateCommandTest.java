package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.validator.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook validate} end to end, through the real loader. */
class ValidateCommandTest {

  private static final String VALID = "src/test/resources/cli/valid.yaml";
  /** {@link #VALID} with {@code escalate: legal} on line 19 instead of {@code legal-review}. */
  private static final String INVALID = "src/test/resources/cli/unknown-escalation-path.yaml";
  /** {@link #VALID} with a review date long past: valid, with one warning. */
  private static final String WARNING = "src/test/resources/cli/review-overdue.yaml";

  @Test
  void aValidPlaybookExitsZero() {
    Run run = Cli.run("validate", VALID);
    assertThat(run.exitCode()).isZero();
    assertThat(lastLine(run.out())).startsWith("1 playbook valid");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anInvalidPlaybookExitsOneWithCompilerStyleLines() {
    Run run = Cli.run("validate", INVALID);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern(
        "(?m)^src/test/resources/cli/unknown-escalation-path\\.yaml:19:\\d+: error PB302 .*'legal'.*$");
    assertThat(lastLine(run.out())).matches("\\d+ errors?(, \\d+ warnings?)? in 1 file");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warningsPassUnlessStrict() {
    Run lenient = Cli.run("validate", WARNING);
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).containsPattern("(?m)^src/test/resources/cli/review-overdue\\.yaml:8:\\d+: warning PB601 ");
    assertThat(lastLine(lenient.out())).isEqualTo("1 playbook valid, 1 warning");

    Run strict = Cli.run("validate", "--strict", WARNING);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).isEqualTo(lenient.out());
    assertThat(strict.err()).contains("playbook: failing on warnings (--strict)");
  }

  @Test
  void aBrandThatRedefinesALockedTopicFailsWithTheItemAndWhereItIsLocked(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("group"));
    Files.writeString(dir.resolve("group/baseline.yaml"), """
        apiVersion: playbook.dev/v1
        kind: Playbook
        metadata: {id: group, title: Group baseline, version: 1.0.0, defaultLocale: en}
        topics:
          - id: legal-threats
            locked: true
            description: Threats of legal action.
            recognise:
              phrases: [lawyer, solicitor, sue]
            outcome:
              replyPublicly: false
        """);
    Files.createDirectories(dir.resolve("brand"));
    Files.writeString(dir.resolve("brand/playbook.yaml"), """
        apiVersion: playbook.dev/v1
        kind: Playbook
        extends: [../group/baseline.yaml]
        metadata: {id: brand, title: Brand, version: 1.0.0, defaultLocale: en}
        topics:
          - id: legal-threats
            description: Threats of legal action, without solicitors.
            recognise:
              phrases: [lawyer]
            outcome:
              replyPublicly: true
        """);
    Run run = Cli.run("validate", dir.resolve("brand").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(dir.resolve("brand/playbook.yaml") + ":6:5: error PB803 topic 'legal-threats'"
        + " is locked by " + dir.resolve("group/baseline.yaml") + ":6:5 and cannot be redefined here");
    assertThat(lastLine(run.out())).isEqualTo("1 error in 1 file");
  }

  @Test
  void theExamplesAreValidAndKeepTheRelativePathAsGiven() throws IOException {
    Run run = Cli.run("validate", "--format", "json", "../examples");
    assertThat(run.exitCode()).as(run.out()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("valid").asBoolean()).isTrue();
    List<String> paths = new ArrayList<>();
    report.get("files").forEach(file -> paths.add(file.get("path").asText()));
    assertThat(paths).contains("../examples/retail-bank/playbook.yaml", "../examples/brand-uk/playbook.yaml").isSorted()
        .allMatch(path -> path.startsWith("../examples/"));
  }

  @Test
  void aDirectoryIsWalkedAndOneInvalidFileFailsTheRun(@TempDir Path dir) throws IOException {
    copy(VALID, dir.resolve("valid.yaml"));
    copy(INVALID, dir.resolve("nested/invalid.yml"));
    copy(INVALID, dir.resolve(".hidden/invalid.yaml"));
    copy(INVALID, dir.resolve("target/invalid.yaml"));
    copy(INVALID, dir.resolve("invalid.test.yaml"));
    Run run = Cli.run("validate", "--format", "json", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> paths = new ArrayList<>();
    report.get("files").forEach(file -> paths.add(file.get("path").asText()));
    assertThat(paths).containsExactly(
        dir.resolve("nested/invalid.yml").toString(), dir.resolve("valid.yaml").toString());
    assertThat(report.at("/summary/invalidFiles").asInt()).isEqualTo(1);
  }

  @Test
  void outputGoesToTheNamedFileAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
    Path sarif = dir.resolve("playbook.sarif");
    Run run = Cli.run("validate", "--format=sarif", "--output", sarif.toString(), INVALID);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif, StandardCharsets.UTF_8));
    assertThat(log.at("/runs/0/results/0/ruleId").asText()).isEqualTo("PB302");
    assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(INVALID);
  }

  @Test
  void anUnwritableOutputIsAnIoError(@TempDir Path dir) {
    Run run = Cli.run("validate", "-o", dir.resolve("no/such/dir/report.json").toString(), VALID);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("playbook: cannot write ").contains("no such file or directory");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    String escape = "\u001B[";
    assertThat(Cli.run(new Terminal(true, false), "validate", INVALID).out()).contains(escape);
    assertThat(Cli.run(new Terminal(true, true), "validate", INVALID).out()).doesNotContain(escape);
    assertThat(Cli.run(new Terminal(false, false), "validate", INVALID).out()).doesNotContain(escape);
    assertThat(Cli.run(new Terminal(false, false), "validate", "--color=always", INVALID).out()).contains(escape);
    assertThat(Cli.run(new Terminal(true, false), "validate", "--color=never", INVALID).out()).doesNotContain(escape);
  }

  private static void copy(String from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(Path.of(from), to);
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\\R");
    return lines[lines.length - 1];
  }
}
