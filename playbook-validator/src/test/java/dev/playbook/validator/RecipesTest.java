package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The CI recipes in docs/recipes and the pre-commit hooks are valid YAML, and every {@code playbook}
 * command in them is one the CLI accepts: its subcommand exists and picocli parses its options.
 */
class RecipesTest {

  private static final Path ROOT = Path.of("..");

  /** A command position: the start of a script line or YAML value, or after a shell operator. */
  private static final Pattern INVOCATION = Pattern.compile(
      "(?:^\\s*(?:-\\s+)?(?:run:\\s*|entry:\\s*)?|(?:\\|\\||&&|;|\\$\\()\\s*)playbook\\s+([^\\n]*)",
      Pattern.MULTILINE);

  @ParameterizedTest
  @ValueSource(strings = {"docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml", "docs/recipes/pre-commit",
      ".pre-commit-hooks.yaml"})
  void docsCiShowsTheRecipeAsItIs(String recipe) throws IOException {
    assertThat(Files.readString(ROOT.resolve("docs/ci.md"), StandardCharsets.UTF_8))
        .contains(Files.readString(ROOT.resolve(recipe), StandardCharsets.UTF_8).strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml", ".pre-commit-hooks.yaml"})
  void isValidYaml(String recipe) {
    assertThatCode(() -> new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve(recipe).toFile()))
        .doesNotThrowAnyException();
  }

  // The pre-commit framework appends the changed files' names to a hook's entry.
  @ParameterizedTest
  @CsvSource({
      "docs/recipes/github-actions.yml, 'validate,test,diff', ''",
      "docs/recipes/gitlab-ci.yml,      'validate,test,diff', ''",
      "docs/recipes/pre-commit,         'validate,test,diff', ''",
      ".pre-commit-hooks.yaml,          'validate,test',      playbook.yaml",
  })
  void everyPlaybookCommandIsOneTheCliAccepts(String recipe, String expected, String appended) throws IOException {
    List<List<String>> invocations = invocations(Files.readString(ROOT.resolve(recipe), StandardCharsets.UTF_8));
    Set<String> subcommands = new TreeSet<>();
    for (List<String> found : invocations) {
      List<String> args = new ArrayList<>(found);
      if (!appended.isEmpty()) {
        args.add(appended);
      }
      subcommands.add(args.get(0));
      CommandLine cli = Main.commandLine(Terminal.PLAIN);
      assertThatCode(() -> cli.parseArgs(args.toArray(String[]::new)))
          .as("%s: playbook %s", recipe, String.join(" ", args))
          .doesNotThrowAnyException();
      assertThat(cli.getSubcommands()).as("%s: playbook %s", recipe, String.join(" ", args))
          .containsKey(args.get(0));
    }
    assertThat(subcommands).containsExactlyInAnyOrder(expected.split(","));
  }

  /** Every {@code playbook ...} command in a script, as its arguments after {@code playbook}. */
  static List<List<String>> invocations(String text) {
    String script = text.replaceAll("\\$\\{\\{[^}]*}}", "X").replace("\\\n", " ");
    List<List<String>> invocations = new ArrayList<>();
    Matcher m = INVOCATION.matcher(script);
    while (m.find()) {
      invocations.add(shellWords(m.group(1)));
    }
    return invocations;
  }

  /** Words up to the first unquoted shell operator or comment, quotes removed. */
  private static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if ("|;&<>#)".indexOf(c) >= 0) {
        break;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "run: playbook validate --format github \"$P\"       => [[validate, --format, github, $P]]",
      "  - playbook diff \"git:origin/${{ a.b }}:$F\" $F || x=1 => [[diff, git:origin/X:$F, $F]]",
      "cmd || playbook validate x > out                   => [[validate, x]]",
      "# the playbook whose changes are diffed            => []",
      "entry: playbook test --min-coverage 100            => [[test, --min-coverage, 100]]",
  })
  void findsInvocationsAtCommandPositionsOnly(String text, String expected) {
    assertThat(invocations(text).toString()).isEqualTo(expected);
  }
}
