package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report parses back, matches its published schema and loses nothing. */
class JsonReporterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    // The schema as packaged from the repository's schemas/ folder, the one users get.
    try (InputStream in = JsonReporterTest.class.getResourceAsStream(
        "/dev/playbook/schemas/validate-report-v1.schema.json")) {
      assertThat(in).as("packaged report schema").isNotNull();
      schema = SchemaLoader.builder()
          .schemaJson(new JSONObject(new JSONTokener(in)))
          .draftV7Support()
          .build()
          .load()
          .build();
    }
  }

  @Test
  void everyScenarioMatchesTheSchema() throws IOException {
    for (Map.Entry<String, Report> scenario : Scenarios.all().entrySet()) {
      String json = ReporterContractTest.render(new JsonReporter(), scenario.getValue());
      try {
        schema.validate(new JSONObject(json));
      } catch (ValidationException e) {
        throw new AssertionError(scenario.getKey() + ": " + e.getAllMessages(), e);
      }
    }
  }

  @Test
  void theSchemaRejectsADocumentOfAnotherShape() throws IOException {
    JSONObject report = new JSONObject(
        ReporterContractTest.render(new JsonReporter(), Scenarios.all().get("many")));
    report.getJSONArray("files").getJSONObject(1).getJSONArray("diagnostics").getJSONObject(0)
        .put("severity", "fatal");
    assertThatThrownBy(() -> schema.validate(report)).isInstanceOf(ValidationException.class);
  }

  @Test
  void specialCharactersSurviveTheRoundTrip() throws IOException {
    JsonNode root = new ObjectMapper().readTree(
        ReporterContractTest.render(new JsonReporter(), Scenarios.all().get("special-characters")));
    JsonNode file = root.get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(Scenarios.SPECIAL_FILE);
    JsonNode diagnostic = file.get("diagnostics").get(0);
    assertThat(diagnostic.get("message").asText()).isEqualTo(Scenarios.SPECIAL_MESSAGE);
    assertThat(diagnostic.get("hint").asText()).isEqualTo(Scenarios.SPECIAL_HINT);
    assertThat(file.get("diagnostics").get(1).get("hint").isNull()).isTrue();
  }
}
