package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The JSON shape: valid against schemas/verdict-v1.schema.json, and the documented field values. */
class VerdictJsonTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final CompiledPlaybook BANK = Playbooks.compile(Fixtures.retailBank());
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = VerdictJsonTest.class.getResourceAsStream(
        "/dev/playbook/schemas/verdict-v1.schema.json")) {
      schema = SchemaLoader.builder().draftV7Support()
          .schemaJson(new JSONObject(new JSONTokener(in))).build().load().build();
    }
  }

  static List<Draft> drafts() {
    return List.of(
        Draft.builder("x", "Hi Sam, sorry to hear this. ^PS").clock(CLOCK).build(),
        Draft.builder("x", "we GUARANTEE 😀😀 https://x.com {{name}} ‼").inbound("I'll sue")
            .clock(CLOCK).build(),
        Draft.builder("facebook", "Hi, sorry for any inconvenience. ^PS")
            .inbound("my card 4111 1111 1111 1111").clock(CLOCK).build(),
        Draft.builder("app-chat", "").customerName("Zoë").clock(CLOCK).build(),
        Draft.builder("x", "Hi, call 020 7946 0018 Barclays").inbound("I'm a journalist")
            .clock(CLOCK).build());
  }

  @ParameterizedTest
  @MethodSource("drafts")
  void everyVerdictIsValidAgainstTheSchema(Draft draft) {
    String json = BANK.check(draft).toJson();
    try {
      schema.validate(new JSONObject(json));
    } catch (ValidationException e) {
      throw new AssertionError(String.join("\n", e.getAllMessages()) + "\n" + json, e);
    }
  }

  @Test
  void schemaRejectsAWrongShape() {
    JSONObject json = new JSONObject(BANK.check(drafts().get(1)).toJson());
    json.put("decision", "maybe");
    try {
      schema.validate(json);
      throw new AssertionError("an unknown decision passed the schema");
    } catch (ValidationException expected) {
      assertThat(expected.getMessage()).contains("decision");
    }
  }

  @Test
  void fieldsAsDocumented() throws IOException {
    JsonNode json = new ObjectMapper().readTree(BANK.check(drafts().get(1)).toJson());
    assertThat(json.get("format").asText()).isEqualTo("playbook.dev/verdict/v1");
    assertThat(json.get("decision").asText()).isEqualTo("escalate");
    JsonNode escalation = json.get("escalation");
    assertThat(escalation.get("path").asText()).isEqualTo("legal-review");
    assertThat(escalation.get("deadline").asText()).isEqualTo("2026-11-24T10:30:00Z");
    assertThat(escalation.get("notify").get(0).get("via").asText()).isEqualTo("slack");
    assertThat(json.get("audit").get("checkedAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
    JsonNode banned = null;
    for (JsonNode f : json.get("findings")) {
      if (f.get("ruleId").asText().equals("no-guarantees")) {
        banned = f;
      }
    }
    assertThat(banned).isNotNull();
    assertThat(banned.get("span").get("start").asInt()).isEqualTo(3);
    assertThat(banned.get("span").get("end").asInt()).isEqualTo(12);
    assertThat(banned.get("matched").asText()).isEqualTo("GUARANTEE");
    assertThat(banned.get("suggestions").get(0).asText()).isEqualTo("we'll do our best to");
    assertThat(banned.get("location").get("line").asInt()).isEqualTo(106);
    assertThat(banned.get("topic").isNull()).isTrue();
    assertThat(banned.get("text").asText()).isEqualTo("draft");
    JsonNode ready = new ObjectMapper().readTree(BANK.check(drafts().get(0)).toJson());
    assertThat(ready.get("escalation").isNull()).isTrue();
    assertThat(ready.get("holdingTemplate").isNull()).isTrue();
  }
}
