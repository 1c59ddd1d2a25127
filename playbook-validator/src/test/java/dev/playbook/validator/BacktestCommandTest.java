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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code playbook backtest} over {@code src/test/resources/backtest/}: two small playbooks whose
 * change flips replies in every direction, a rule that never fires, a noisy rule, and malformed
 * lines. Golden files: {@code -Dgolden.update=true} rewrites them.
 */
class BacktestCommandTest {

  static final String DIR = "src/test/resources/backtest/";
  static final String BASE = DIR + "base.yaml";
  static final String HEAD = DIR + "head.yaml";
  static final String CORPUS = DIR + "corpus.jsonl";
  static final String NOW = "2026-11-24T10:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Run backtest(String... more) {
    List<String> args = new ArrayList<>(List.of("backtest", "--now", NOW, "--base", BASE, "--head", HEAD));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static JsonNode json(String corpus, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("-f", "json", corpus));
    args.addAll(List.of(more));
    Run run = backtest(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @ParameterizedTest
  @CsvSource({"text, report.txt", "json, report.json", "markdown, report.md"})
  void reportsMatchTheirGoldenFiles(String format, String golden) throws IOException {
    Run run = backtest("-f", format, CORPUS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path file = Path.of(DIR, golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).as("compared with %s (-Dgolden.update=true rewrites it)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theJsonReportFollowsItsSchema() throws IOException {
    Schema schema = SchemaLoader.load(new JSONObject(new JSONTokener(
        Files.readString(Path.of("../schemas/backtest-report-v1.schema.json")))));
    for (String corpus : List.of(CORPUS, DIR + "empty.jsonl")) {
      schema.validate(new JSONObject(backtest("-f", "json", corpus).out()));
    }
  }

  @Test
  void flipsInEveryDirectionNameTheRuleTopicAndPathResponsible() throws IOException {
    JsonNode report = json(CORPUS);
    assertThat(report.at("/flips/total").asLong()).isEqualTo(5);
    List<String> kinds = new ArrayList<>();
    report.at("/flips/kinds").forEach(k -> kinds.add(k.get("to").asText() + " " + k.get("count")
        + " " + k.get("byRule") + " " + k.get("byTopic") + " " + k.get("byEscalationPath")));
    assertThat(kinds).containsExactly(
        "escalate 2 [{\"name\":\"legal-proceedings\",\"count\":2}] [{\"name\":\"legal-proceedings\",\"count\":2}]"
            + " [{\"name\":\"legal-review\",\"count\":2}]",
        "do-not-reply 1 [{\"name\":\"media-enquiry\",\"count\":1}] [{\"name\":\"media-enquiry\",\"count\":1}]"
            + " [{\"name\":\"press-office\",\"count\":1}]",
        "revise 1 [{\"name\":\"no-scripts\",\"count\":1}] [] []",
        "ready 1 [{\"name\":\"no-guarantees\",\"count\":1}] [] []");
    JsonNode newlyEscalated = report.at("/flips/kinds/0/samples");
    assertThat(newlyEscalated).hasSize(2);
    assertThat(newlyEscalated.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(newlyEscalated.get(0).at("/highlights/0").toString()).isEqualTo(
        "{\"rule\":\"legal-proceedings\",\"text\":\"inbound\",\"start\":17,\"end\":26,\"words\":\"complaint\"}");
    // A numeric id is shown as written; the span counts UTF-16 units past an emoji and an accent.
    assertThat(newlyEscalated.get(1).get("id").asText()).isEqualTo("10");
    assertThat(report.at("/flips/kinds/3/samples/0/highlights/0/words").asText()).isEqualTo("guarantee");
  }

  @Test
  void decisionsRulesAndEscalationVolumesAreCountedPerVersion() throws IOException {
    JsonNode report = json(CORPUS);
    assertThat(report.at("/decisions").toString()).isEqualTo("[{\"decision\":\"escalate\",\"base\":3,\"head\":4},"
        + "{\"decision\":\"do-not-reply\",\"base\":0,\"head\":1},{\"decision\":\"move-to-private\",\"base\":0,\"head\":0},"
        + "{\"decision\":\"revise\",\"base\":1,\"head\":1},{\"decision\":\"ready\",\"base\":4,\"head\":2}]");
    assertThat(report.at("/escalations/byPath").toString()).isEqualTo(
        "[{\"path\":\"legal-review\",\"base\":2,\"head\":4},{\"path\":\"press-office\",\"base\":1,\"head\":0}]");
    assertThat(report.at("/escalations/byTeam").toString()).isEqualTo(
        "[{\"team\":\"Legal\",\"base\":2,\"head\":4},{\"team\":\"Press\",\"base\":1,\"head\":0}]");
    List<String> rules = new ArrayList<>();
    report.at("/rules/counts").forEach(r -> rules.add(r.get("id").asText() + " " + r.get("base") + "/"
        + r.get("head") + " " + r.get("inBase") + "/" + r.get("inHead")));
    assertThat(rules).contains("greeting 6/6 true/true", "no-guarantees 1/1 true/true",
        "no-scripts 0/1 false/true", "no-instruments 0/0 true/true", "legal-proceedings 2/4 true/true");
    assertThat(report.at("/rules/neverFired").toString()).isEqualTo("[\"no-instruments\"]");
    assertThat(report.at("/rules/noisy").toString()).isEqualTo("[\"greeting\",\"legal-proceedings\"]");
  }

  @Test
  void malformedLinesAreReportedWithTheirNumberAndSkipped() throws IOException {
    Run run = backtest("-f", "json", CORPUS);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(CORPUS + ":4: skipped: not JSON",
        CORPUS + ":9: skipped: \"reply\" must be a string, not number",
        CORPUS + ":12: skipped: unknown channel 'sms'");
    JsonNode corpus = JSON.readTree(run.out()).get("corpus");
    assertThat(corpus.get("lines").asLong()).isEqualTo(11);
    assertThat(corpus.get("checked").asLong()).isEqualTo(8);
    assertThat(corpus.get("skipped").asLong()).isEqualTo(3);
    assertThat(corpus.get("skippedLines").findValuesAsText("line")).containsExactly("4", "9", "12");
  }

  @Test
  void anEmptyCorpusGivesAReportOfZeros() throws IOException {
    JsonNode report = json(DIR + "empty.jsonl");
    assertThat(report.at("/corpus/lines").asLong()).isZero();
    assertThat(report.at("/flips/total").asLong()).isZero();
    assertThat(report.get("decisions").findValues("base")).allMatch(n -> n.asLong() == 0);
    assertThat(report.at("/rules/noisy")).isEmpty();
    assertThat(report.at("/rules/neverFired")).hasSize(7);
    for (String format : List.of("text", "markdown", "html")) {
      Run run = backtest("-f", format, DIR + "empty.jsonl");
      assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
      assertThat(run.out()).as(format).contains("1.1.0");
    }
  }

  @Test
  void theReportIsTheSameWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
    // Enough lines for many chunks in flight at once, flips and skipped lines among them.
    String lines = Files.readString(Path.of(CORPUS), StandardCharsets.UTF_8);
    Path big = dir.resolve("big.jsonl");
    Files.writeString(big, (lines.endsWith("\n") ? lines : lines + "\n").repeat(700), StandardCharsets.UTF_8);
    String one = backtest("-f", "json", "--threads", "1", "--samples", "7", big.toString()).out();
    String four = backtest("-f", "json", "--threads", "4", "--samples", "7", big.toString()).out();
    assertThat(four).isEqualTo(one);
    JsonNode report = JSON.readTree(one);
    assertThat(report.at("/corpus/checked").asLong()).isEqualTo(8 * 700);
    assertThat(report.at("/corpus/skipped").asLong()).isEqualTo(3 * 700);
    assertThat(report.at("/corpus/skippedLines")).hasSize(100);
    assertThat(report.at("/flips/kinds/0/samples").findValuesAsText("line"))
        .containsExactly("2", "11", "14", "23", "26", "35", "38");
  }

  @Test
  void theHtmlReportEscapesCustomerTextAndLoadsNothing() throws IOException {
    Run run = backtest("-f", "html", CORPUS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = run.out();
    assertThat(html).doesNotContain("<script>alert(1)</script>", "</td>\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; &quot;more&quot; &lt;/td&gt;",
            "<mark>complaint</mark>");
    Matcher data = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
        Pattern.DOTALL).matcher(html);
    assertThat(data.find()).isTrue();
    assertThat(data.group(1)).doesNotContain("<", ">", "&");
    assertThat(JSON.readTree(data.group(1))).isEqualTo(json(CORPUS));
    String page = html.substring(0, data.start()) + html.substring(data.end());
    assertThat(page.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("http:", "https:", "src=", "href=", "url(", "@import", "<link", "<iframe");
  }

  @Test
  void aVersionMayBeAGitRevision() throws IOException {
    JsonNode report = json("../" + CORPUS.replace("src/", "playbook-validator/src/"));
    Run run = Cli.run("backtest", "-f", "json", "--repo", "..", "--base",
        "git:HEAD:examples/retail-bank/playbook.yaml", "--head", "../examples/retail-bank/playbook.yaml",
        CORPUS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode same = JSON.readTree(run.out());
    assertThat(same.at("/base/source").asText()).isEqualTo("git:HEAD:examples/retail-bank/playbook.yaml");
    assertThat(same.at("/flips/total").asLong()).isZero();
    assertThat(report.at("/flips/total").asLong()).isEqualTo(5);
  }

  @Test
  void aComposedPlaybookAtAGitRevisionIsReadWithItsBasesFromThatRevision(@TempDir Path repo) throws Exception {
    TestGit.requireGit();
    TestGit.commitComposedExample(repo);
    TestGit.changeTheBaseline(repo, "phrases: [sue, lawsuit,", "phrases: [sue, refund, lawsuit,");
    Path corpus = Files.writeString(repo.resolve("corpus.jsonl"),
        "{\"id\": \"a\", \"inbound\": \"I want a refund\", \"reply\": \"Hi, we can sort that out.\"}\n"
            + "{\"id\": \"b\", \"inbound\": \"Where is my order?\", \"reply\": \"Hi, it arrives on Monday.\"}\n");
    Run run = Cli.run("backtest", "--now", NOW, "-f", "json", "--repo", repo.toString(),
        "--base", "git:HEAD:brand-uk", "--head", repo.resolve("brand-uk").toString(), corpus.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.at("/base/source").asText()).isEqualTo("git:HEAD:brand-uk");
    assertThat(report.at("/flips/total").asLong()).as("the baseline's new legal phrase, under the head only")
        .isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--channel sms | 2 | --channel: 'sms' is not a channel of",
      "--threads 0 | 2 | --threads must be between 1 and 1024",
      "--noisy-threshold 2 | 2 | --noisy-threshold must be a share",
      "--head src/test/resources/cli/unknown-escalation-path.yaml | 1 | is not a valid playbook",
      "--head missing.yaml | 2 | cannot read missing.yaml"})
  void badUsageIsOneClearLine(String option, int exitCode, String message) {
    List<String> args = new ArrayList<>(List.of("backtest", "--base", BASE));
    if (!option.startsWith("--head")) {
      args.addAll(List.of("--head", HEAD));
    }
    args.addAll(List.of(option.split(" ")));
    args.add(CORPUS);
    Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(exitCode);
    assertThat(run.err()).contains(message).doesNotContain("Exception");
  }
}
