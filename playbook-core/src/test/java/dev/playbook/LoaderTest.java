package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.model.Channel;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Severity;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoaderTest {

  private static final PlaybookLoader LOADER = Playbooks.loader().withClock(BrokenPlaybooksTest.TODAY);

  static final String VALID = """
      apiVersion: playbook.dev/v1
      kind: Playbook
      metadata:
        id: small
        title: Small
        version: 1.0.0
        defaultLocale: en-GB
        locales: [cy]
      channels:
        - id: x
          visibility: public
          allow:
            links: true
        - id: chat
          visibility: private
          allow:
            emailAddresses: false
      tone:
        rules:
          - id: no-blame
            kind: banned
            message: Don't blame.
            phrases: [calm down, {phrase: as I said, instead: [to recap], exact: true}]
          - id: calm
            kind: exclamations
            max: 1
            message: One at most.
      topics:
        - id: legal
          description: Legal threats.
          recognise:
            phrases: [lawyer]
          outcome:
            escalate: legal-review
      escalationPaths:
        - id: legal-review
          tiers:
            - team: Legal
              within: PT4H
      """;

  /** {@code text} with {@code old} replaced; fails if {@code old} is not there, so no test edit is a silent no-op. */
  static String edit(String text, String old, String replacement) {
    assertThat(text).contains(old);
    return text.replace(old, replacement);
  }

  @Test
  void bindsExceptionsOfBannedRulesAndTopicsWithTheirPlaces() {
    String yaml = edit(edit(VALID,
        "exact: true}]\n",
        "exact: true}]\n      exceptions: [calm down now, {phrase: as I said before, exact: true}]\n"),
        "      phrases: [lawyer]\n",
        "      phrases: [lawyer]\n      exceptions: [lawyer jokes]\n");
    LoadResult result = LOADER.load(yaml, "small.yaml");
    assertThat(result.diagnostics()).isEmpty();
    Playbook playbook = result.orThrow();
    ToneRule banned = playbook.tone().rules().get(0);
    assertThat(banned.exceptions()).extracting(Phrase::text, Phrase::exact).containsExactly(
        org.assertj.core.groups.Tuple.tuple("calm down now", false),
        org.assertj.core.groups.Tuple.tuple("as I said before", true));
    assertThat(banned.exceptions().get(0).location()).isEqualTo(new SourceLocation("small.yaml", 24, 20));
    assertThat(banned.exceptions().get(1).instead()).isEmpty();
    assertThat(playbook.tone().rules().get(1).exceptions()).isEmpty();
    Topic legal = playbook.topic("legal").orElseThrow();
    assertThat(legal.recognise().exceptions()).extracting(Phrase::text).containsExactly("lawyer jokes");
    assertThat(legal.recognise().phrases()).extracting(Phrase::text).containsExactly("lawyer");
  }

  @Test
  void loadsAValidPlaybookWithDefaultsApplied() {
    LoadResult result = LOADER.load(VALID, "small.yaml");
    assertThat(result.diagnostics()).isEmpty();
    Playbook playbook = result.orThrow();

    assertThat(playbook.apiVersion()).isEqualTo("playbook.dev/v1");
    assertThat(playbook.metadata().locales()).containsExactly(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("cy"));
    Channel x = playbook.channel("x").orElseThrow();
    assertThat(x.allow().links()).isTrue();
    assertThat(x.allow().phoneNumbers()).isFalse();
    assertThat(x.allow().emailAddresses()).isFalse();
    Channel chat = playbook.channel("chat").orElseThrow();
    assertThat(chat.allow().links()).isTrue();
    assertThat(chat.allow().phoneNumbers()).isTrue();
    assertThat(chat.allow().emailAddresses()).isFalse();

    ToneRule banned = playbook.tone().rules().get(0);
    assertThat(banned.severity()).isEqualTo(Severity.ERROR);
    assertThat(banned.where()).isEqualTo(ToneRule.Where.ANYWHERE);
    assertThat(banned.phrases().get(1).instead()).containsExactly("to recap");
    assertThat(banned.phrases().get(1).exact()).isTrue();
    assertThat(banned.phrases().get(1).location()).isEqualTo(new SourceLocation("small.yaml", 23, 28));
    assertThat(playbook.tone().rules().get(1).severity()).isEqualTo(Severity.WARNING);
    assertThat(playbook.tone().rules().get(1).max()).hasValue(1.0);

    Topic legal = playbook.topic("legal").orElseThrow();
    assertThat(legal.severity()).isEqualTo(Severity.ERROR);
    assertThat(legal.recognise().lookIn()).isEqualTo(Topic.LookIn.BOTH);
    assertThat(legal.outcome().replyPublicly()).isFalse();
    assertThat(legal.location()).isEqualTo(new SourceLocation("small.yaml", 29, 5));
    assertThat(playbook.escalationPath("legal-review").orElseThrow().firstTier().within()).hasHours(4);
  }

  @Test
  void publishedContactDetailsAreBoundAsWrittenAndDefaultToNothing() {
    assertThat(LOADER.load(VALID, "small.yaml").orThrow().personalData().published())
        .isEqualTo(PersonalData.Published.NONE);
    Playbook playbook = LOADER.load(VALID + """
        personalData:
          published:
            phoneNumbers: ['+44 808 157 0192', '+1 650-253-0000']
            emailAddresses: [Help@Northbank.example]
            domains: [northbank.example]
        """, "small.yaml").orThrow();
    assertThat(playbook.personalData().published()).isEqualTo(new PersonalData.Published(
        List.of("+44 808 157 0192", "+1 650-253-0000"), List.of("Help@Northbank.example"),
        List.of("northbank.example")));
  }

  @Test
  void sourceCarriesTheFileNameAndTheHashOfItsBytes() throws Exception {
    Playbook playbook = LOADER.load(VALID, "small.yaml").orThrow();
    String expected = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(VALID.getBytes(StandardCharsets.UTF_8)));
    assertThat(playbook.source().file()).isEqualTo("small.yaml");
    assertThat(playbook.source().sha256()).isEqualTo(expected).hasSize(64);
  }

  @Test
  void loadsFromAFileOrFromPlaybookYamlInAFolder(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("playbook.yml");
    Files.writeString(file, VALID);
    assertThat(LOADER.load(file).isValid()).isTrue();
    LoadResult fromFolder = LOADER.load(folder);
    assertThat(fromFolder.isValid()).isTrue();
    assertThat(fromFolder.orThrow().source().file()).isEqualTo(file.toString());
  }

  @Test
  void aByteOrderMarkIsAccepted(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bom.yaml");
    byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Files.write(file, bytes);
    assertThat(LOADER.load(file).diagnostics()).isEmpty();
  }

  @Test
  void aMissingFileIsADiagnosticNamingThePath(@TempDir Path folder) {
    Path missing = folder.resolve("nope.yaml");
    LoadResult result = LOADER.load(missing);
    assertThat(result.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly(missing + ":1:1: error PB001 cannot read " + missing + ": no such file");
  }

  @Test
  void aFolderWithoutAPlaybookIsADiagnostic(@TempDir Path folder) {
    LoadResult result = LOADER.load(folder);
    assertThat(result.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("PB001");
      assertThat(d.message()).contains("the folder has no playbook.yaml or playbook.yml");
    });
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("playbook.yaml");
    Files.writeString(file, VALID);
    LoadResult result = LOADER.withLimits(LoadLimits.DEFAULTS.withMaxFileBytes(100)).load(file);
    assertThat(result.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("PB002");
      assertThat(d.message()).isEqualTo("the file is " + Files.size(file) + " bytes, more than the limit of 100 bytes");
    });
    assertThat(LOADER.withLimits(LoadLimits.DEFAULTS.withMaxFileBytes(100)).load(VALID, "s.yaml").errors())
        .extracting(Diagnostic::code).containsExactly("PB002");
  }

  @Test
  void tooManyNodesStopsReading() {
    LoadResult result = LOADER.withLimits(LoadLimits.DEFAULTS.withMaxNodes(10)).load(VALID, "s.yaml");
    assertThat(result.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("s.yaml:5:10: error PB107 the playbook has more than 10 YAML nodes"
            + " (split the playbook, or raise LoadLimits.maxNodes)");
  }

  @Test
  void theDepthLimitIsConfigurable() {
    LoadResult result = LOADER.withLimits(LoadLimits.DEFAULTS.withMaxDepth(3)).load(VALID, "s.yaml");
    assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("PB106");
  }

  @Test
  void limitsMustBeSensible() {
    assertThatThrownBy(() -> LoadLimits.DEFAULTS.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadLimits.DEFAULTS.withMaxDepth(1001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadLimits.DEFAULTS.withMaxNodes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadLimits.DEFAULTS.withMaxFileBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LoadLimits.DEFAULTS).isEqualTo(new LoadLimits(2 * 1024 * 1024, 50, 100_000));
  }

  @Test
  void norwayStaysNorwegian() {
    String yaml = edit(VALID, "locales: [cy]", "locales: [en, no]");
    Playbook playbook = LOADER.load(yaml, "s.yaml").orThrow();
    assertThat(playbook.metadata().locales()).extracting(Locale::toLanguageTag).containsExactly("en-GB", "en", "no");
  }

  @Test
  void aBrokenPlaybookReportsAllItsProblemsAtOnce() {
    String yaml = VALID;
    yaml = edit(yaml, "  version: 1.0.0", "  version: 1.10");
    yaml = edit(yaml, "visibility: private", "visibility: privat");
    yaml = edit(yaml, "escalate: legal-review", "escalate: legal");
    yaml = edit(yaml, "  - id: calm", "  - id: no-blame");
    yaml = edit(yaml, "phrases: [lawyer]", "phrases: [lawyer]\n      patterns: ['(?=x)']");
    yaml = edit(yaml, "  title: Small\n", "  title: Small\n  title: Again\n");
    yaml = edit(yaml, "within: PT4H", "within: 4 hours");
    LoadResult result = LOADER.load(yaml, "s.yaml");
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).extracting(Diagnostic::code)
        .containsExactly("PB102", "PB203", "PB204", "PB401", "PB402", "PB302", "PB205");
  }

  @Test
  void aValidPlaybookWithWarningsStillLoads() {
    String yaml = edit(VALID, "  locales: [cy]\n", "  locales: [cy]\n  reviewBy: 2026-01-01\n");
    LoadResult result = LOADER.load(yaml, "s.yaml");
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("PB601");
  }

  @Test
  void theReviewDateWarningUsesTheLoadersClock() {
    String yaml = edit(VALID, "  locales: [cy]\n", "  locales: [cy]\n  reviewBy: 2026-11-22\n");
    assertThat(LOADER.load(yaml, "s.yaml").warnings()).extracting(Diagnostic::code).containsExactly("PB601");
    PlaybookLoader earlier = LOADER.withClock(java.time.Clock.fixed(
        java.time.Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneOffset.UTC));
    assertThat(earlier.load(yaml, "s.yaml").diagnostics()).isEmpty();
  }

  @Test
  void theFacadeUsesTheDefaults() {
    assertThat(Playbooks.loader().limits()).isEqualTo(LoadLimits.DEFAULTS);
    assertThat(Playbooks.load(VALID, "s.yaml").isValid()).isTrue();
    assertThat(Playbooks.load(edit(VALID, "kind: Playbook", "kind: Playbok"), "s.yaml").errors())
        .extracting(Diagnostic::toString)
        .containsExactly("s.yaml:2:7: error PB204 'Playbok' is not a kind of document; use Playbook"
            + " (did you mean 'Playbook'?)");
  }

  @Test
  void aDocumentThatIsNotAMappingIsReported() {
    assertThat(LOADER.load("- just\n- a list\n", "s.yaml").errors()).extracting(Diagnostic::toString)
        .containsExactly("s.yaml:1:1: error PB203 the playbook must be a mapping of sections, not a list"
            + " (a playbook starts with apiVersion:, kind: and metadata:)");
    assertThat(LOADER.load("---\n", "s.yaml").errors()).extracting(Diagnostic::code).containsExactly("PB004");
    assertThat(LOADER.load("", "s.yaml").errors()).extracting(Diagnostic::code).containsExactly("PB004");
  }

  @Test
  void diagnosticsAreSortedByLocation() {
    String yaml = edit(edit(VALID, "escalate: legal-review", "escalate: legal"), "  version: 1.0.0", "  version: 1.10");
    List<Diagnostic> diagnostics = LOADER.load(yaml, "s.yaml").diagnostics();
    assertThat(diagnostics).isSortedAccordingTo(Diagnostic.BY_LOCATION);
  }

  /** Odd input found while probing the loader: each must come back as diagnostics, never an exception. */
  @ParameterizedTest
  @ValueSource(strings = {
      "? [a, b]\n: c\n",
      "~: 1\n",
      "x: .inf\ny: .nan\nz: 0x1F\n",
      "apiVersion: [playbook.dev/v1]\n",
      "apiVersion: playbook.dev/v1\nkind: Playbook\nmetadata: 3\ntopics: {a: 1}\ntemplates: [1, [2], {locales: 5}]\n"
          + "tone: {rules: [{kind: 3, phrases: 5}]}\nchecklist: {items: [{checkedBy: 4}]}\npersonalData: {patterns: 2}\n",
      "%TAG !e! tag:example.com,2000:\n---\na: !e!foo x\n",
      "a:\n  - b\n c: d\n",
      "apiVersion: playbook.dev/v1\nkind: Playbook\nmetadata: {id: a, title: b, version: 1.0.0, defaultLocale: en}\n"
          + "channels: [{id: x, visibility: public, maxLength: 99999999999999999999}]\n",
  })
  void oddInputIsReportedNeverThrown(String yaml) {
    LoadResult result = LOADER.load(yaml, "odd.yaml");
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).allSatisfy(d -> assertThat(d.message()).doesNotContain("\n", "org.yaml", "Exception"));
  }
}
