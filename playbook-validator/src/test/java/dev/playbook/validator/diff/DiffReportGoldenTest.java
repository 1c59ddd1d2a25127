package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Playbooks;
import dev.playbook.model.Playbook;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format on every scenario against a golden file in
 * {@code src/test/resources/diff-golden/<scenario>/report.<ext>}; JSON also against its schema.
 * After an intended change of output, rewrite the golden files with {@code -Dgolden.update=true}
 * and read their Git diff before committing.
 */
class DiffReportGoldenTest {

  private static final Path SCENARIOS = Path.of("src/test/resources/diff-golden");
  private static final Path SCHEMA = Path.of("../schemas/diff-report-v1.schema.json");

  /** A realistic edit of the retail-bank example (one breaking change, a minor bump), and no change. */
  private static final List<String> NAMES = List.of("retail-bank-edit", "no-change");

  @TestFactory
  Stream<DynamicTest> everyFormatMatchesItsGoldenFile() {
    return NAMES.stream().flatMap(name -> Stream.of(DiffFormat.values()).map(format ->
        DynamicTest.dynamicTest(name + " as " + format, () -> {
          String report = render(scenario(name), format);
          Golden.assertMatches(SCENARIOS.resolve(name).resolve("report." + extension(format)), report);
        })));
  }

  @TestFactory
  Stream<DynamicTest> jsonReportsFollowTheSchema() throws IOException {
    Schema schema = SchemaLoader.load(new JSONObject(new JSONTokener(Files.readString(SCHEMA, StandardCharsets.UTF_8))));
    return NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      String report = render(scenario(name), DiffFormat.JSON);
      try {
        schema.validate(new JSONObject(report));
      } catch (ValidationException e) {
        throw new AssertionError(String.join("\n", e.getAllMessages()), e);
      }
    }));
  }

  @org.junit.jupiter.api.Test
  void theSchemaRefusesAReportMissingAKey() throws IOException {
    Schema schema = SchemaLoader.load(new JSONObject(new JSONTokener(Files.readString(SCHEMA, StandardCharsets.UTF_8))));
    JSONObject report = new JSONObject(render(scenario("retail-bank-edit"), DiffFormat.JSON));
    report.getJSONArray("changes").getJSONObject(0).remove("owners");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> schema.validate(report))
        .isInstanceOf(ValidationException.class);
  }

  @org.junit.jupiter.api.Test
  void theRetailBankEditFailsOnlyForItsBreakingChange() throws IOException {
    PlaybookDiff diff = scenario("retail-bank-edit");
    assertThat(diff.version().findings()).extracting(d -> d.code()).containsExactly("PB702");
    assertThat(diff.changes(Category.BREAKING)).extracting(Change::path)
        .containsExactly("/templates/card-delivery/variables/deliveryDate/type");
  }

  static PlaybookDiff scenario(String name) throws IOException {
    Path folder = SCENARIOS.resolve(name);
    Path old = Files.exists(folder.resolve("old.yaml")) ? folder.resolve("old.yaml") : folder.resolve("playbook.yaml");
    Path now = Files.exists(folder.resolve("new.yaml")) ? folder.resolve("new.yaml") : folder.resolve("playbook.yaml");
    // Short source names, as a reviewer would see them: a/ is the base, b/ the change.
    return PlaybookDiffer.diff(load(old, "a/playbook.yaml"), load(now, "b/playbook.yaml"));
  }

  private static Playbook load(Path file, String name) throws IOException {
    return Playbooks.load(Files.readString(file, StandardCharsets.UTF_8), name).orThrow();
  }

  static String render(PlaybookDiff diff, DiffFormat format) throws IOException {
    StringWriter out = new StringWriter();
    format.renderer().write(diff, out);
    return out.toString();
  }

  private static String extension(DiffFormat format) {
    return switch (format) {
      case TEXT -> "txt";
      case JSON -> "json";
      case MARKDOWN -> "md";
    };
  }
}
