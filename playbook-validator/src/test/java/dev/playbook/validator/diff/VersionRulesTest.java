package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import dev.playbook.Playbooks;
import dev.playbook.model.Playbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version rules on metadata.version, over real changes from the classification fixtures. */
class VersionRulesTest {

  private static final Path CASES = Path.of("src/test/resources/diff");

  @ParameterizedTest(name = "{0}: {1} -> {2} gives [{3}]")
  @CsvSource(delimiter = ';', value = {
      // content changed without a bump: an error whatever the change
      "cosmetic-wording;                 1.0.0; 1.0.0;        PB701",
      "loosening-deadline-lengthened;    1.0.0; 1.0.0;        PB701",
      "breaking-channel-removed;         1.0.0; 1.0.0;        PB701",
      "breaking-channel-removed;         1.0.0; 1.0.0+build.7; PB701",
      // a breaking change needs a major bump
      "breaking-channel-removed;         1.0.0; 1.1.0;        PB702",
      "breaking-channel-removed;         1.0.0; 1.0.1;        PB702",
      "breaking-channel-removed;         1.0.0; 2.0.0;        ''",
      "breaking-channel-removed;         1.0.0; 2.0.0-rc.1;   ''",
      "breaking-channel-removed;         2.0.0-rc.1; 2.0.0;   ''",
      "breaking-channel-removed;         1.4.0-rc.1; 1.4.0;   PB702",
      // loosening and tightening want at least a minor bump: a warning
      "loosening-deadline-lengthened;    1.0.0; 1.0.1;        PB703",
      "tightening-topic-added;           1.0.0; 1.0.1;        PB703",
      "loosening-deadline-lengthened;    1.0.0; 1.1.0;        ''",
      "loosening-deadline-lengthened;    1.0.0; 2.0.0;        ''",
      "loosening-deadline-lengthened;    1.1.0-beta; 1.1.0;   ''",
      // cosmetic changes need any bump
      "cosmetic-wording;                 1.0.0; 1.0.1;        ''",
      "cosmetic-wording;                 1.0.0; 1.0.1-rc.1;   ''",
      // the version went down: an error, changes or not
      "cosmetic-wording;                 1.2.0; 1.1.9;        PB704",
      "no-change-formatting;             1.2.0; 1.1.9;        PB704",
      "no-change-formatting;             1.0.0-rc.2; 1.0.0-rc.10; ''",
      "no-change-formatting;             1.0.0; 1.0.0-rc.1;   PB704",
      // nothing changed: any version that does not go down passes
      "no-change-formatting;             1.0.0; 1.0.0;        ''",
      "no-change-formatting;             1.0.0; 1.0.1;        ''",
  })
  void findings(String fixture, String oldVersion, String newVersion, String codes) throws IOException {
    PlaybookDiff diff = PlaybookDiffer.diff(load(fixture, "old.yaml", oldVersion), load(fixture, "new.yaml", newVersion));
    assertThat(String.join(",", diff.version().findings().stream().map(Diagnostic::code).toList()))
        .isEqualTo(codes);
    assertThat(diff.version().passed()).isEqualTo(!codes.equals("PB701") && !codes.equals("PB702")
        && !codes.equals("PB704"));
  }

  @ParameterizedTest
  @CsvSource({
      "breaking-channel-removed, MAJOR",
      "loosening-deadline-lengthened, MINOR",
      "tightening-topic-added, MINOR",
      "cosmetic-wording, PATCH",
      "no-change-formatting, NONE"})
  void theRequiredBumpFollowsTheMostSeriousChange(String fixture, Bump required) throws IOException {
    PlaybookDiff diff = PlaybookDiffer.diff(load(fixture, "old.yaml", "1.0.0"), load(fixture, "new.yaml", "1.0.0"));
    assertThat(diff.version().required()).isEqualTo(required);
  }

  @org.junit.jupiter.api.Test
  void findingsSayWhatToDoAndPointAtTheVersion() throws IOException {
    PlaybookDiff diff = PlaybookDiffer.diff(
        load("breaking-channel-removed", "old.yaml", "1.4.2"), load("breaking-channel-removed", "new.yaml", "1.5.0"));
    Diagnostic finding = diff.version().findings().get(0);
    assertThat(finding.toString()).isEqualTo("new.yaml:3:1: error PB702 a breaking change needs a major version,"
        + " but 1.4.2 to 1.5.0 is a minor bump (channel 'chat' removed (integrations that send it will fail))"
        + " (set metadata.version to 2.0.0 or later)");
    assertThat(finding.pointer()).isEqualTo("/metadata/version");

    Diagnostic notBumped = PlaybookDiffer.diff(load("cosmetic-wording", "old.yaml", "1.4.2"),
        load("cosmetic-wording", "new.yaml", "1.4.2")).version().findings().get(0);
    assertThat(notBumped.message()).isEqualTo("the playbook changed (11 changes) but its version is still 1.4.2");
    assertThat(notBumped.hint()).contains("set metadata.version to 1.4.3 or later, since there are patch-level changes");
  }

  /** A fixture with its version replaced, loaded under its own file name. */
  private static Playbook load(String fixture, String file, String version) throws IOException {
    String yaml = Files.readString(CASES.resolve(fixture).resolve(file), StandardCharsets.UTF_8)
        .replace("  version: 1.0.0\n", "  version: " + version + "\n");
    return Playbooks.load(yaml, file).orThrow();
  }
}
