package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding kind has its documentation page and its rule table. */
class RuleDocsTest {

  private static List<String> kinds() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("../schemas/verdict-v1.schema.json")
        .toFile());
    List<String> kinds = new ArrayList<>();
    schema.at("/definitions/finding/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
    return kinds;
  }

  @Test
  void everyKindHasAPageAndATable() throws IOException {
    List<String> kinds = kinds();
    assertThat(kinds).hasSize(16);
    for (String kind : kinds) {
      Path page = Path.of("../docs/rules/" + kind + ".md");
      assertThat(page).as("page for %s", kind).isRegularFile();
      assertThat(Files.readString(page)).contains("## A draft that fires", "## The finding");
      assertThat(Files.readString(Path.of("../docs/rules/README.md"))).contains("(" + kind + ".md)");
    }
    String tables = String.join("\n", readTables());
    for (String kind : kinds) {
      assertThat(tables).as("a rule table covering %s", kind).contains(kind);
    }
  }

  private static List<String> readTables() throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(Path.of("src/test/resources/dev/playbook/rules"))) {
      for (Path p : files.toList()) {
        texts.add(Files.readString(p));
      }
    }
    return texts;
  }
}
