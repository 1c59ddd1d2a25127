package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.Diagnostic;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SARIF log has what SARIF 2.1.0 and GitHub code scanning require. */
class SarifReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyScenarioHasTheRequiredFields() throws Exception {
    for (Map.Entry<String, Report> scenario : Scenarios.all().entrySet()) {
      Report report = scenario.getValue();
      JsonNode log = JSON.readTree(ReporterContractTest.render(new SarifReporter(), report));
      assertThat(log.get("version").asText()).as(scenario.getKey()).isEqualTo("2.1.0");
      assertThat(log.get("$schema").asText()).isEqualTo(SarifReporter.SCHEMA);
      assertThat(log.get("runs")).hasSize(1);
      JsonNode run = log.get("runs").get(0);
      JsonNode driver = run.get("tool").get("driver");
      assertThat(driver.get("name").asText()).isEqualTo("playbook");
      assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
      assertThat(driver.get("informationUri").asText()).isEqualTo("https://playbook.dev");
      List<String> ruleIds = new ArrayList<>();
      driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
      assertThat(ruleIds).isEqualTo(report.codes());

      List<Diagnostic> diagnostics = report.files().stream().flatMap(f -> f.diagnostics().stream()).toList();
      JsonNode results = run.get("results");
      assertThat(results).hasSize(diagnostics.size());
      for (int i = 0; i < diagnostics.size(); i++) {
        Diagnostic d = diagnostics.get(i);
        JsonNode result = results.get(i);
        assertThat(result.get("ruleId").asText()).isEqualTo(d.code());
        assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(d.code());
        assertThat(result.get("level").asText()).isEqualTo(d.isError() ? "error" : "warning");
        assertThat(result.get("message").get("text").asText()).startsWith(d.message());
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(URI.create(physical.get("artifactLocation").get("uri").asText()).getPath())
            .isEqualTo(d.location().file());
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(d.location().line());
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(d.location().column());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "examples/retail-bank/playbook.yaml | examples/retail-bank/playbook.yaml",
      "../shared/playbook.yaml            | ../shared/playbook.yaml",
      "my playbooks/café.yaml             | my%20playbooks/caf%C3%A9.yaml",
      "100%.yaml                          | 100%25.yaml",
      "a#b?.yaml                          | a%23b%3F.yaml",
      "team:care/playbook.yaml            | ./team:care/playbook.yaml",
  })
  void relativePathsBecomeRelativeUris(String path, String uri) {
    assertThat(SarifReporter.relativeUri(path)).isEqualTo(uri);
  }

  @Test
  void absolutePathsBecomeFileUrisWithoutABase(@TempDir Path dir) throws Exception {
    String file = dir.resolve("playbook.yaml").toString();
    Report report = Scenarios.report(new FileResult(file, List.of(
        Scenarios.error("PB003", file, 1, 1, "the file is empty", "", null))));
    JsonNode artifact = JSON.readTree(ReporterContractTest.render(new SarifReporter(), report))
        .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.get("uri").asText()).startsWith("file:/").endsWith("/playbook.yaml");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }
}
