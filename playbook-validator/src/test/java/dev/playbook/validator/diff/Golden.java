package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output is a file beside the fixtures. After an intended change of
 * output, rewrite them all with {@code ./mvnw -o -pl playbook-validator -am verify -Dgolden.update=true}
 * (or add {@code -Dtest=...}), then read the Git diff of the golden files before committing.
 */
final class Golden {

  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  static void assertMatches(Path golden, String actual) {
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
      assertThat(actual).as("output compared with %s (-Dgolden.update=true rewrites it)", golden)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
