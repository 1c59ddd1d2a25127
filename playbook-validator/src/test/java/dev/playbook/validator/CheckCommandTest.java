package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.validator.Cli.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code playbook check} end to end. The text and JSON outputs are golden files under
 * {@code src/test/resources/golden/check/}; run with {@code -Dgolden.update=true} to rewrite them
 * after an intended change, and review the diff.
 */
class CheckCommandTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/check");
  /** A frozen copy of the retail-bank example, so editing the example does not move the goldens. */
  private static final String PLAYBOOK = "src/test/resources/golden/check/playbook.yaml";
  private static final String NOW = "2026-11-24T10:00:00Z";
  private static final String BATCH = "src/test/resources/check/batch.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> goldens() {
    return Stream.of(
        Arguments.of("ready", 0, List.of("--channel", "x", "--customer-name", "Sam",
            "--inbound", "@NorthbankHelp my card stopped working",
            "--draft", "Hi Sam, I'm sorry your card stopped working. We'll send a new one today. ^PS")),
        Arguments.of("revise", 1, List.of("--channel", "x", "--customer-name", "Zoë",
            "--inbound", "@NorthbankHelp you charged me twice",
            "--draft", "Dear Zoë,\nwe GUARANTEE a full refund going forward 😀👍 — café ☕ crème!!\n"
                + "Call 020 7946 0000 or write to zoë@example.com")),
        Arguments.of("escalate", 1, List.of("--channel", "x",
            "--inbound", "@NorthbankHelp I will sue you, see you in court",
            "--draft", "Hi, thanks for telling us. I'm sorry to hear this. A specialist team will"
                + " look at it and contact you by direct message. ^PS")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void textOutputMatchesItsGolden(String name, int exitCode, List<String> args) throws IOException {
    Run run = check("text", args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.err()).isEmpty();
    assertGolden(name + ".txt", run.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void jsonOutputIsTheVerdictAndMatchesItsGolden(String name, int exitCode, List<String> args)
      throws IOException {
    Run run = check("json", args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    JsonNode verdict = JSON.readTree(run.out());
    assertThat(verdict.get("format").asText()).isEqualTo("playbook.dev/verdict/v1");
    assertThat(verdict.get("decision").asText()).isEqualTo(name);
    assertThat(verdict.at("/audit/checkedAt").asText()).isEqualTo(NOW);
    assertThat(run.out()).endsWith("}\n").doesNotContain("\n{");
    assertGolden(name + ".json", run.out());
  }

  @Test
  void theUnderlineCountsCodePointsAndWideCharacters() {
    Run run = check("text", List.of("--channel", "x", "--draft", "Hi Zoë 😀, we GUARANTEE it ^PS"));
    List<String> lines = run.out().lines().toList();
    int at = lines.indexOf(lines.stream().filter(l -> l.contains("[no-guarantees, banned]"))
        .findFirst().orElseThrow());
    assertThat(lines.get(at)).startsWith("draft:1:14: error: ");
    // "Hi Zoë 😀, we " is 13 code points but 14 columns: the emoji is two columns wide.
    assertThat(lines.get(at + 1)).isEqualTo("  1 | Hi Zoë 😀, we GUARANTEE it ^PS");
    assertThat(lines.get(at + 2)).isEqualTo("    | " + " ".repeat(14) + "^~~~~~~~~");
  }

  @Test
  void aDraftFromAFileIsNamedByItsPathAndLosesItsFinalLineBreak(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("draft.txt");
    Files.writeString(file, "Hi, sorry.\nWe GUARANTEE a refund. ^PS\n");
    Run run = Cli.run("check", "--playbook", PLAYBOOK, "--channel", "x", "--now", NOW,
        "--draft-file", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":2:4: error: Never promise")
        .doesNotContain("x.signature");
  }

  @Test
  void theDraftCanComeFromStandardInput() {
    Run run = Cli.run(Terminal.PLAIN, stdin("Hi Sam, I'm sorry your card stopped working. ^PS\n"),
        "check", "--playbook", PLAYBOOK, "--channel", "x", "--customer-name", "Sam",
        "--draft-file", "-");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).startsWith("READY to publish");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("--channel", "x"), "give the draft with --draft"),
        Arguments.of(List.of("--channel", "x", "--draft", "a", "--draft-file", "b"),
            "--draft or --draft-file, not both"),
        Arguments.of(List.of("--draft", "a"), "give the channel"),
        Arguments.of(List.of("--channel", "x", "--draft", "a", "--inbound", "b",
            "--inbound-file", "c"), "--inbound or --inbound-file, not both"),
        Arguments.of(List.of("--batch", BATCH, "--draft", "a"),
            "cannot be combined with --draft"),
        Arguments.of(List.of("--channel", "x", "--draft", "a", "--format", "sarif"),
            "expected one of text, json"),
        Arguments.of(List.of("--channel", "x", "--draft", "a", "--locale", "not a locale"),
            "--locale must be a language tag"),
        Arguments.of(List.of("--channel", "x", "--draft", "a", "--now", "yesterday"),
            "--now must be an instant"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsExitTwoWithAHint(List<String> args, String message) {
    List<String> all = new ArrayList<>(List.of("check", "--playbook", PLAYBOOK));
    all.addAll(args);
    Run run = Cli.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(message).contains("Try 'playbook check --help'");
  }

  @Test
  void anUnknownChannelExitsTwoNamingTheDeclaredOnes() {
    Run run = Cli.run("check", "--playbook", PLAYBOOK, "--channel", "tiktok", "--draft", "Hi");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(
        "playbook: unknown channel 'tiktok'; the playbook declares x, facebook, app-chat\n");
  }

  @Test
  void anInvalidPlaybookExitsTwoWithItsDiagnostics() {
    String invalid = "src/test/resources/cli/unknown-escalation-path.yaml";
    Run run = Cli.run("check", "--playbook", invalid, "--channel", "x", "--draft", "Hi");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).containsPattern("(?m)^" + invalid.replace(".", "\\.")
        + ":19:\\d+: error PB302 ")
        .contains("playbook: cannot check drafts against an invalid playbook");
  }

  @Test
  void unreadableInputsExitTwo(@TempDir Path dir) {
    Run noPlaybook = Cli.run("check", "--playbook", dir.resolve("none.yaml").toString(),
        "--channel", "x", "--draft", "Hi");
    assertThat(noPlaybook.exitCode()).isEqualTo(2);
    assertThat(noPlaybook.err()).contains("none.yaml");

    Run noDraft = Cli.run("check", "--playbook", PLAYBOOK, "--channel", "x",
        "--draft-file", dir.resolve("none.txt").toString());
    assertThat(noDraft.exitCode()).isEqualTo(2);
    assertThat(noDraft.err()).contains("cannot read").contains("no such file or directory");

    Run noBatch = Cli.run("check", "--playbook", PLAYBOOK, "--batch",
        dir.resolve("none.jsonl").toString());
    assertThat(noBatch.exitCode()).isEqualTo(2);
    assertThat(noBatch.err()).contains("cannot read").contains("no such file or directory");
  }

  @Test
  void batchStreamsAVerdictPerLineAndReportsSkippedLinesByNumber() throws IOException {
    Run run = Cli.run("check", "--playbook", PLAYBOOK, "--channel", "x", "--now", NOW,
        "--batch", BATCH);
    assertThat(run.exitCode()).isEqualTo(1);
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      records.add(JSON.readTree(line));
    }
    assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 3, 7, 9);
    assertThat(records).extracting(r -> r.get("id").toString())
        .containsExactly("\"a-1\"", "\"a-3\"", "7", "\"a-9\"");
    assertThat(records).extracting(r -> r.at("/verdict/decision").asText())
        .containsExactly("ready", "revise", "escalate", "ready");
    assertThat(run.err()).contains(
        "playbook: " + BATCH + ":2: skipped: not JSON",
        "playbook: " + BATCH + ":5: skipped: no draft",
        "playbook: " + BATCH + ":6: skipped: unknown channel 'tiktok'; the playbook declares x,"
            + " facebook, app-chat",
        "playbook: " + BATCH + ":8: skipped: not a JSON object",
        "checked 4 of 8 lines, skipped 4",
        "decisions: escalate 1 do-not-reply 0 move-to-private 0 revise 1 ready 2");
    assertThat(run.err()).containsPattern("(?m)^  1  no-guarantees$");
  }

  @Test
  void batchJsonAccountsForEveryLineAndEndsWithASummary() throws IOException {
    Run run = Cli.run(Terminal.PLAIN, stdin(Files.readString(Path.of(BATCH))),
        "check", "--playbook", PLAYBOOK, "--channel", "x", "--now", NOW, "--format", "json",
        "--batch", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.stream().limit(8).map(this::lineNumber)).containsExactly(1, 2, 3, 5, 6, 7, 8, 9);
    assertThat(JSON.readTree(lines.get(1)).get("skipped").asText()).startsWith("not JSON");
    assertThat(JSON.readTree(lines.get(3)).get("id").asText()).isEqualTo("a-5");
    JsonNode summary = JSON.readTree(lines.get(8)).get("summary");
    assertThat(summary.get("lines").asInt()).isEqualTo(8);
    assertThat(summary.get("checked").asInt()).isEqualTo(4);
    assertThat(summary.get("skipped").asInt()).isEqualTo(4);
    assertThat(summary.at("/decisions/ready").asInt()).isEqualTo(2);
    assertThat(summary.at("/decisions/do-not-reply").asInt()).isZero();
    assertThat(summary.at("/findings/no-guarantees").asInt()).isEqualTo(1);
    assertThat(summary.at("/findings/legal-proceedings").asInt()).isEqualTo(1);
    assertThat(run.err()).contains(":2: skipped: not JSON").doesNotContain("checked 4");
  }

  @Test
  void aBatchWithoutSkippedLinesExitsZeroWhateverTheDecisions() {
    String lines = "{\"reply\": \"we GUARANTEE it\"}\n{\"reply\": \"Hi\", \"channel\": \"app-chat\"}";
    Run run = Cli.run(Terminal.PLAIN, stdin(lines), "check", "--playbook", PLAYBOOK,
        "--channel", "x", "--batch", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).contains("checked 2 of 2 lines\n");
  }

  @Test
  void aLineThatIsNotUtf8IsSkippedAndTheNextStillChecked() {
    byte[] bad = {'{', '"', 'r', 'e', 'p', 'l', 'y', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] good = "{\"reply\": \"Hi\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    Run run = Cli.run(Terminal.PLAIN, new ByteArrayInputStream(both), "check", "--playbook",
        PLAYBOOK, "--channel", "x", "--batch", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("playbook: <stdin>:1: skipped: not UTF-8");
    assertThat(run.out()).startsWith("{\"line\":2,");
  }

  /** The real replies in the shared corpus, when present: every line gets a verdict. */
  @Test
  void everyRealReplyGetsAVerdict() throws IOException {
    Path corpus = Path.of(System.getProperty("corpus.realReplies",
        "../../shared/corpus/real_replies.jsonl"));
    Assumptions.assumeTrue(Files.isRegularFile(corpus),
        () -> "skipped: no corpus at " + corpus.toAbsolutePath().normalize()
            + " (set -Dcorpus.realReplies=PATH)");
    long lines;
    try (Stream<String> s = Files.lines(corpus)) {
      lines = s.filter(l -> !l.isBlank()).count();
    }
    Run run = Cli.run("check", "--playbook", "../examples/retail-bank", "--channel", "x",
        "--format", "json", "--batch", corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> out = run.out().lines().toList();
    assertThat(out).hasSize((int) lines + 1);
    assertThat(out.subList(0, out.size() - 1)).allMatch(l -> l.contains(",\"verdict\":{"));
    assertThat(JSON.readTree(out.get(out.size() - 1)).at("/summary/checked").asLong())
        .isEqualTo(lines);
  }

  private int lineNumber(String json) {
    try {
      return JSON.readTree(json).get("line").asInt();
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }

  private static Run check(String format, List<String> args) {
    List<String> all = new ArrayList<>(List.of("check", "--playbook", PLAYBOOK, "--now", NOW,
        "--format", format));
    all.addAll(args);
    return Cli.run(all.toArray(String[]::new));
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
