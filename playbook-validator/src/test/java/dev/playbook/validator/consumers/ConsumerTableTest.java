package dev.playbook.validator.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.validator.consumers.ConsumerChecks.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of consumer checks parses, every glob in it matches, and every schema is used. */
class ConsumerTableTest {

  private static final Path ROOT = Path.of("..");

  private static List<Check> table() throws IOException {
    return ConsumerChecks.parse(Files.readAllLines(ROOT.resolve("tools/consumer-checks.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void everyGlobMatchesAFileAndEverySchemaExists() throws IOException {
    for (Check check : table()) {
      if (!check.runsCli()) {
        assertThat(ConsumerChecks.glob(ROOT, check.source().get(0))).as("line %d", check.line()).isNotEmpty();
      }
      if (check.schema() != null) {
        assertThat(ROOT.resolve(check.schema())).as("line %d", check.line()).isRegularFile();
      }
    }
  }

  @Test
  void everySchemaInSchemasIsCheckedAgainstSomething() throws IOException {
    List<String> used = table().stream().map(Check::schema).toList();
    try (Stream<Path> schemas = Files.list(ROOT.resolve("schemas"))) {
      for (Path schema : schemas.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
        assertThat(used).as("add a line to tools/consumer-checks.txt that checks an output or a file"
            + " against %s", schema.getFileName()).contains("schemas/" + schema.getFileName());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a b c                      | [a, b, c]",
      "  a   b  c                 | [a, b, c]",
      "x --draft \"Hi, there\" y  | [x, --draft, Hi, there, y]",
      "x \"\" y                   | [x, , y]",
  })
  void splitsAtSpacesOutsideDoubleQuotes(String line, String tokens) {
    assertThat(ConsumerChecks.tokens(line).toString()).isEqualTo(tokens);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sarif -                                       | expected CONSUMER SCHEMA SOURCE",
      "xml   -  playbook validate x                  | unknown consumer 'xml'",
      "json  -  playbook validate --format json x    | consumer 'json' needs schema",
      "sarif s.json playbook validate x              | consumer 'sarif' takes no schema",
      "junit -  a/*.xml b/*.xml                      | expected `playbook ARGS...` or one glob",
      "junit -  playbook                             | expected `playbook ARGS...` or one glob",
  })
  void refusesMalformedLines(String line, String message) {
    assertThatThrownBy(() -> ConsumerChecks.parse(List.of("# comment", "", line)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tools/consumer-checks.txt:3: " + message);
  }

  @Test
  void namesEachOutputByLineSubcommandAndFormat() {
    Check check = ConsumerChecks.parse(List.of("sarif - playbook validate --format sarif examples")).get(0);
    assertThat(check.outputName()).isEqualTo("001-validate.sarif");
    assertThat(check.runsCli()).isTrue();
  }
}
