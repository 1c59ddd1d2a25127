package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.validator.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML backtest report in a real browser: headless Chromium renders it after its script ran,
 * the numbers on the page match the JSON report, and a screenshot is left at
 * {@code target/backtest-report.png}. Chromium is found on the PATH or installed with
 * {@code tools/install-chromium.sh}; the test is skipped, saying why, only where that fails.
 */
class BacktestHtmlBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theReportRendersAndShowsTheNumbersOfTheJsonReport(@TempDir Path dir) throws Exception {
    String chromium = chromium();
    Path html = dir.resolve("report.html");
    Run run = BacktestCommandTest.backtest("-f", "html", "-o", html.toString(), BacktestCommandTest.CORPUS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = BacktestCommandTest.json(BacktestCommandTest.CORPUS);

    String dom = browse(chromium, dir, "--dump-dom", html);
    assertThat(dom).contains("data-ready=\"true\"");
    assertThat(number(dom, "data-field=\"checked\"")).isEqualTo(json.at("/corpus/checked").asLong());
    assertThat(number(dom, "data-field=\"flips\"")).isEqualTo(json.at("/flips/total").asLong());
    assertThat(number(dom, "data-field=\"skipped\"")).isEqualTo(json.at("/corpus/skipped").asLong());
    // Written by the page's script from the embedded report: proves the script ran.
    assertThat(number(dom, "id=\"flips-matching\"")).isEqualTo(json.at("/flips/total").asLong());
    assertThat(dom).contains("<option value=\"legal-proceedings\">legal-proceedings (2 flips)</option>");
    for (JsonNode d : json.get("decisions")) {
      for (String side : List.of("base", "head")) {
        String cell = "<td class=\"n\" data-decision=\"" + d.get("decision").asText() + "\" data-side=\""
            + side + "\"";
        assertThat(number(dom, cell)).as(cell).isEqualTo(d.get(side).asLong());
      }
    }
    for (JsonNode kind : json.at("/flips/kinds")) {
      assertThat(number(dom, "data-flip=\"" + kind.get("to").asText() + "\""))
          .isEqualTo(kind.get("count").asLong());
    }
    assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

    Path png = Path.of("target/backtest-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    browse(chromium, dir, "--screenshot=" + png, html, "--window-size=1280,1600");
    assertThat(png).exists();
    byte[] header = Files.readAllBytes(png);
    assertThat(header.length).isGreaterThan(10_000);
    assertThat(new String(header, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  /** The number in the first element whose start tag contains {@code attribute}. */
  private static long number(String dom, String attribute) {
    Matcher m = Pattern.compile(Pattern.quote(attribute) + "[^>]*>\\s*(\\d+)\\s*<").matcher(dom);
    assertThat(m.find()).as("an element with %s in the page", attribute).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static String browse(String chromium, Path dir, String action, Path html, String... more)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, action));
    command.addAll(List.of(more));
    command.add(html.toUri().toString());
    Path out = dir.resolve("chromium.out");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(dir.resolve("chromium.err").toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 120 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code; stderr: %s",
        Files.readString(dir.resolve("chromium.err"))).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Chromium from the PATH, else installed by the project's script; skips the test if neither works. */
  private static String chromium() throws IOException, InterruptedException {
    Optional<String> onPath = onPath();
    if (onPath.isPresent()) {
      return onPath.get();
    }
    Path script = Path.of("../tools/install-chromium.sh").toAbsolutePath();
    Process install = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
    String said = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean done = install.waitFor(15, TimeUnit.MINUTES);
    assumeTrue(done && install.exitValue() == 0,
        "skipped: Chromium is not installed and tools/install-chromium.sh could not install it: " + said);
    String[] lines = said.split("\n");
    return lines[lines.length - 1].strip();
  }

  private static Optional<String> onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate.toString());
        }
      }
    }
    return Optional.empty();
  }
}
