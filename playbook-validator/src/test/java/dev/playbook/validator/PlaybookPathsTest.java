package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files {@code playbook validate} picks from the paths it is given, and in what order. */
class PlaybookPathsTest {

  /** Relative, as users type paths: results must stay relative (tests run in the module folder). */
  private static final Path ROOT = Path.of("target", "playbook-files-test");

  @BeforeEach
  void createTree() throws IOException {
    if (Files.exists(ROOT)) {
      try (Stream<Path> paths = Files.walk(ROOT)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (String file : List.of(
        "z.yaml", "a.yml", "B.YAML", "a/z.yaml", "a-b/c.yaml", "deep/er/still/x.yaml",
        "notes.txt", "x.test.yaml", "y.test.yml", ".hidden.yaml", ".github/workflows/ci.yml",
        "target/out.yaml", "node_modules/pkg/p.yaml", "nested/target/t.yaml")) {
      Path path = ROOT.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
    }
  }

  @Test
  void aDirectoryYieldsItsPlaybooksSortedNameByNameAndRelative() throws UserError {
    assertThat(PlaybookPaths.find(List.of(ROOT)))
        .extracting(p -> ROOT.relativize(p).toString().replace('\\', '/'))
        .containsExactly("B.YAML", "a/z.yaml", "a-b/c.yaml", "a.yml", "deep/er/still/x.yaml", "z.yaml");
    assertThat(PlaybookPaths.find(List.of(ROOT))).allSatisfy(p -> assertThat(p).isRelative().startsWith(ROOT));
  }

  @Test
  void filesAreTakenAsGivenWhateverTheirNameAndInTheOrderGiven() throws UserError {
    List<Path> given = List.of(ROOT.resolve("z.yaml"), ROOT.resolve("x.test.yaml"), ROOT.resolve("notes.txt"));
    assertThat(PlaybookPaths.find(given)).containsExactlyElementsOf(given);
  }

  @Test
  void aFileNamedTwiceIsValidatedOnce() throws UserError {
    assertThat(PlaybookPaths.find(List.of(ROOT.resolve("z.yaml"), ROOT.resolve("a"), ROOT.resolve("z.yaml"))))
        .containsExactly(ROOT.resolve("z.yaml"), ROOT.resolve("a/z.yaml"));
  }

  @Test
  void aHiddenOrSkippedDirectoryNamedExplicitlyIsWalked() throws UserError {
    assertThat(PlaybookPaths.find(List.of(ROOT.resolve("target")))).containsExactly(ROOT.resolve("target/out.yaml"));
  }

  @Test
  void missingPathsAndEmptyDirectoriesAreAllReported() throws IOException {
    Files.createDirectories(ROOT.resolve("empty"));
    List<Path> given = List.of(ROOT.resolve("missing.yaml"), ROOT.resolve("empty"), ROOT.resolve("z.yaml"));
    assertThatThrownBy(() -> PlaybookPaths.find(given))
        .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.problems()).containsExactly(
            "cannot read " + ROOT.resolve("missing.yaml") + ": no such file or directory",
            "no playbook files (*.yaml, *.yml) in " + ROOT.resolve("empty")));
  }

  @ParameterizedTest
  @CsvSource({
      "playbook.yaml, true", "playbook.yml, true", "PLAYBOOK.YAML, true", "playbook.test.yaml, false",
      "playbook.test.yml, false", ".gitlab-ci.yml, false", "playbook.json, false", "yaml, false"})
  void playbookFileNames(String name, boolean isPlaybook) {
    assertThat(PlaybookPaths.isPlaybookFileName(name)).isEqualTo(isPlaybook);
  }
}
