package dev.playbook.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every test-file code has its entry, with its severity, in the diagnostics catalogue. */
class TestCodeCatalogueTest {

  @Test
  void everyCodeIsDocumentedWithItsSeverity() throws IOException {
    String catalogue = Files.readString(Path.of("../docs/diagnostics.md"));
    assertThat(Arrays.stream(TestCode.values())).allSatisfy(code -> assertThat(catalogue)
        .contains("## " + code.name() + " (" + code.severity().label() + ")"));
  }
}
