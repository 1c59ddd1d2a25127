package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.model.Playbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One case per folder under {@code src/test/resources/diff/}: {@code old.yaml}, {@code new.yaml}
 * and {@code expected.txt}, the changes the diff must find, one per line:
 * {@code category | path | line:col | description | owners}. The folder name starts with the
 * category the case is about. {@code -Dgolden.update=true} rewrites the expectations.
 */
class DiffClassificationTest {

  static final Path CASES = Path.of("src/test/resources/diff");

  @TestFactory
  Stream<DynamicTest> everyCaseFindsExactlyItsChanges() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream()
          .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }
  }

  private static void check(Path folder) {
    PlaybookDiff diff = PlaybookDiffer.diff(load(folder.resolve("old.yaml")), load(folder.resolve("new.yaml")));
    String listed = diff.changes().stream().map(DiffClassificationTest::line)
        .collect(Collectors.joining("\n", "", diff.changes().isEmpty() ? "" : "\n"));
    Golden.assertMatches(folder.resolve("expected.txt"), listed);
    String name = folder.getFileName().toString();
    if (name.startsWith("no-change")) {
      assertThat(diff.isEmpty()).isTrue();
    } else {
      String category = name.substring(0, name.indexOf('-'));
      assertThat(diff.changes()).as("a %s case has a %s change", name, category)
          .anyMatch(c -> c.category().label().equals(category));
    }
  }

  static Playbook load(Path file) {
    LoadResult result = Playbooks.load(file);
    assertThat(result.errors()).as("%s loads", file).isEmpty();
    return result.orThrow();
  }

  private static String line(Change c) {
    return c.category().label() + " | " + c.path() + " | " + c.location().line() + ":" + c.location().column()
        + " | " + c.description() + " | " + String.join(", ", c.owners());
  }
}
