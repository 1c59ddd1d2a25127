package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.internal.load.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DiagnosticsCatalogueTest {

  @Test
  void everyCodeIsDocumentedWithItsSeverity() throws Exception {
    String catalogue = Files.readString(Path.of("../docs/diagnostics.md"));
    assertThat(Arrays.stream(Code.values()))
        .allSatisfy(code -> assertThat(catalogue)
            .contains("## " + code.name() + " ")
            .contains("## " + code.name() + " (" + code.severity().label() + ")"));
  }
}
