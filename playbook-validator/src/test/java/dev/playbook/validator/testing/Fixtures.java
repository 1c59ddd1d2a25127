package dev.playbook.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The test files under {@code src/test/resources/testing}. */
final class Fixtures {

  static final Path SUITE = Path.of("src/test/resources/testing/suite/playbook.test.yaml");

  private Fixtures() {}

  /** A test file that must load. */
  static TestFile load(Path file) {
    TestFileReader.Result result = new TestFileReader().read(file);
    assertThat(result.diagnostics()).as("diagnostics of " + file).isEmpty();
    return result.file().orElseThrow();
  }
}
