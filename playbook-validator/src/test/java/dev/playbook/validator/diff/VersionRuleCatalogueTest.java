package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every version rule code has its entry, with its severity, in the diagnostics catalogue. */
class VersionRuleCatalogueTest {

  @Test
  void everyCodeIsDocumentedWithItsSeverity() throws IOException {
    String catalogue = Files.readString(Path.of("../docs/diagnostics.md"));
    assertThat(Arrays.stream(VersionRule.values())).allSatisfy(rule -> assertThat(catalogue)
        .contains("## " + rule.name() + " (" + rule.severity().label() + ")"));
  }
}
