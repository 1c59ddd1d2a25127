package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.model.PersonalData;
import dev.playbook.model.Playbook;
import dev.playbook.model.Severity;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A playbook that extends others: merge semantics, places, locks, limits and the content hash. */
class CompositionTest {

  private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  private static final String GROUP = """
      apiVersion: playbook.dev/v1
      kind: Playbook
      metadata:
        id: group
        title: Group baseline
        version: 3.0.0
        defaultLocale: en
        reviewBy: 2027-06-01
      channels:
        - id: x
          visibility: public
      tone:
        principles: [Be kind.]
        rules:
          - id: no-guarantees
            kind: banned
            severity: warning
            message: Never promise an outcome.
            phrases: [guarantee]
          - id: no-blame
            locked: true
            kind: banned
            message: Don't blame the customer.
            phrases: [calm down]
      topics:
        - id: legal-threats
          locked: true
          description: Threats of legal action.
          recognise:
            phrases: [lawyer]
          outcome:
            escalate: legal-review
        - id: competitors
          description: Competitors.
          recognise:
            phrases: [other bank]
          outcome:
            replyPublicly: true
      escalationPaths:
        - id: legal-review
          locked: true
          tiers:
            - team: Legal
              within: PT4H
      personalData:
        phoneRegion: GB
        patterns:
          account-number: ['\\b\\d{8}\\b']
      """;

  private static final String BRAND = """
      apiVersion: playbook.dev/v1
      kind: Playbook
      extends: [../group/playbook.yaml]
      metadata:
        id: brand
        title: Brand
        version: 1.2.0
        defaultLocale: en
        reviewBy: 2027-06-01
      tone:
        principles: [Be brief.]
        rules:
          - id: no-guarantees
            kind: banned
            severity: error
            message: Never promise an outcome, ever.
            phrases: [guarantee, promise]
          - id: no-jargon
            kind: banned
            message: Plain words.
            phrases: [utilise]
      remove:
        topics: [competitors]
      personalData:
        patterns:
          order-number: ['\\bORD-\\d{6}\\b']
      """;

  @TempDir Path dir;
  private Path group;
  private Path brand;

  @BeforeEach
  void write() throws IOException {
    group = write("group/playbook.yaml", GROUP);
    brand = write("brand/playbook.yaml", BRAND);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private LoadResult load(Path file) {
    return Playbooks.loader().withClock(TODAY).load(file);
  }

  @Test
  void theChildReplacesItemsWholeInPlaceAddsNewOnesAndRemovesWhatItNames() {
    LoadResult result = load(brand);
    assertThat(result.diagnostics()).isEmpty();
    Playbook playbook = result.orThrow();
    assertThat(playbook.metadata().id()).as("metadata is the file's own").isEqualTo("brand");
    assertThat(playbook.metadata().version()).isEqualTo("1.2.0");
    assertThat(playbook.channels()).extracting(c -> c.id()).containsExactly("x");
    assertThat(playbook.tone().principles()).as("a list of text is one value").containsExactly("Be brief.");
    assertThat(playbook.tone().rules()).extracting(ToneRule::id)
        .as("replaced in its place, new ids after the inherited ones")
        .containsExactly("no-guarantees", "no-blame", "no-jargon");
    ToneRule replaced = playbook.tone().rules().get(0);
    assertThat(replaced.severity()).isEqualTo(Severity.ERROR);
    assertThat(replaced.phrases()).extracting(p -> p.text()).containsExactly("guarantee", "promise");
    assertThat(playbook.topics()).extracting(Topic::id).containsExactly("legal-threats");
    assertThat(playbook.personalData().phoneRegion()).contains("GB");
    assertThat(playbook.personalData().patterns()).as("patterns merge by kind")
        .containsOnlyKeys("account-number", "order-number");
    assertThat(playbook.escalationPath("legal-review")).isPresent();
  }

  @Test
  void everyItemKeepsThePlaceItWasWrittenIn() {
    Playbook playbook = load(brand).orThrow();
    String groupName = group.toString();
    String brandName = brand.toString();
    assertThat(playbook.source().file()).isEqualTo(brandName);
    assertThat(playbook.tone().rules().get(0).location()).isEqualTo(new SourceLocation(brandName, 13, 7));
    assertThat(playbook.tone().rules().get(1).location()).isEqualTo(new SourceLocation(groupName, 20, 7));
    assertThat(playbook.topic("legal-threats").orElseThrow().location()).isEqualTo(new SourceLocation(groupName, 26, 5));
    assertThat(playbook.topic("legal-threats").orElseThrow().recognise().phrases().get(0).location())
        .isEqualTo(new SourceLocation(groupName, 30, 17));
  }

  @Test
  void findingsOfAnInheritedRuleAreDefinedInTheBase() {
    CompiledPlaybook engine = Playbooks.compile(load(brand).orThrow());
    Verdict verdict = engine.check(Draft.builder("x", "Hi, please calm down.").clock(TODAY).build());
    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().equals("no-blame")).singleElement()
        .satisfies(f -> assertThat(f.location().file()).isEqualTo(group.toString()));
  }

  @Test
  void theContentHashCoversEveryFileOfTheChain() throws IOException {
    String before = load(brand).orThrow().source().sha256();
    write("group/playbook.yaml", GROUP.replace("Be kind.", "Be very kind."));
    String after = load(brand).orThrow().source().sha256();
    assertThat(after).isNotEqualTo(before).matches("[0-9a-f]{64}");
    assertThat(load(group).orThrow().source().sha256()).as("one file alone: the SHA-256 of its bytes")
        .isEqualTo(sha256(Files.readAllBytes(group)));
  }

  @Test
  void exceptionsComeWithTheRuleThatDefinesItLastAndExcuseOnlyItsOwnPhrases() throws IOException {
    write("group/playbook.yaml", GROUP.replace("      phrases: [guarantee]\n",
        "      phrases: [guarantee]\n      exceptions: [price guarantee]\n"));
    String draft = "Hi, our price guarantee applies; please calm down.";
    // the brand redefines no-guarantees without exceptions: the base's go with the base's rule
    Verdict replaced = Playbooks.compile(load(brand).orThrow())
        .check(Draft.builder("x", draft).clock(TODAY).build());
    assertThat(replaced.findings()).extracting(Finding::ruleId, Finding::matched)
        .contains(org.assertj.core.groups.Tuple.tuple("no-guarantees", "guarantee"));
    Verdict inherited = Playbooks.compile(load(group).orThrow())
        .check(Draft.builder("x", draft).clock(TODAY).build());
    assertThat(inherited.findings()).extracting(Finding::ruleId).containsExactly("no-blame");

    // a brand's own rule with exceptions does not excuse the locked rule's phrase
    write("brand/playbook.yaml", BRAND.replace("    - id: no-jargon\n",
        "    - id: soft-words\n      kind: banned\n      message: Softer words.\n"
            + "      phrases: [calm down]\n      exceptions: [calm down please]\n"
            + "    - id: no-jargon\n"));
    Verdict own = Playbooks.compile(load(brand).orThrow())
        .check(Draft.builder("x", "Hi, calm down please.").clock(TODAY).build());
    assertThat(own.findings()).extracting(Finding::ruleId).containsExactly("no-blame");
  }

  @Test
  void aLockedRuleCannotBeGivenExceptions() throws IOException {
    write("brand/playbook.yaml", BRAND.replace("    - id: no-jargon\n",
        "    - id: no-blame\n      kind: banned\n      message: Don't blame the customer.\n"
            + "      phrases: [calm down]\n      exceptions: [calm down please]\n"
            + "    - id: no-jargon\n"));
    assertThat(load(brand).diagnostics()).extracting(Diagnostic::code).containsExactly("PB803");
  }

  @Test
  void aLockedItemCannotBeRedefinedFurtherDownTheChainEither() throws IOException {
    write("region/playbook.yaml", """
        apiVersion: playbook.dev/v1
        kind: Playbook
        extends: [../brand]
        metadata: {id: region, title: Region, version: 1.0.0, defaultLocale: en}
        escalationPaths:
          - id: legal-review
            tiers:
              - team: Local legal
                within: P1D
        """);
    LoadResult result = load(dir.resolve("region"));
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        dir.resolve("region/playbook.yaml") + ":6:5: error PB803 escalation path 'legal-review' is locked by "
            + group + ":41:5 and cannot be redefined here (a locked item is final: give yours its own id to add"
            + " to it, or ask the owners of " + group + " to change it)");
    assertThat(result.diagnostics().get(0).pointer()).isEqualTo("/escalationPaths/0");
  }

  @Test
  void aProblemInAnInheritedItemIsReportedInTheBaseWithThePointerInTheBase() throws IOException {
    write("group/playbook.yaml", GROUP.replace("escalate: legal-review", "escalate: legal"));
    LoadResult result = load(brand);
    assertThat(result.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("PB302");
      assertThat(d.location()).isEqualTo(new SourceLocation(group.toString(), 32, 17));
      assertThat(d.pointer()).isEqualTo("/topics/0/outcome/escalate");
    });
  }

  @Test
  void publishedContactDetailsMergeListByListAndAreReadInTheMergedRegion() throws IOException {
    write("group/playbook.yaml", GROUP.replace("  phoneRegion: GB\n", """
          phoneRegion: GB
          published:
            phoneNumbers: ['0808 157 0192']
            domains: [group.example]
        """));
    write("brand/playbook.yaml", BRAND.replace("  patterns:\n", """
          published:
            domains: [brand.example]
          patterns:
        """));
    LoadResult result = load(brand);
    assertThat(result.diagnostics()).isEmpty();
    PersonalData.Published published = result.orThrow().personalData().published();
    assertThat(published.phoneNumbers()).as("a list the brand leaves alone is inherited")
        .containsExactly("0808 157 0192");
    assertThat(published.domains()).as("a list the brand sets replaces the base's whole")
        .containsExactly("brand.example");

    write("brand/playbook.yaml", BRAND.replace("  patterns:\n", """
          phoneRegion: US
          patterns:
        """));
    assertThat(load(brand).errors()).as("the base's number, read in the brand's region")
        .singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo("PB412");
          assertThat(d.location().file()).isEqualTo(group.toString());
        });
  }

  @Test
  void aBaseSharedByTwoBasesIsMergedOnceAndTheLaterBaseWins() throws IOException {
    String base = """
        apiVersion: playbook.dev/v1
        kind: Playbook
        extends: [../group/playbook.yaml]
        metadata: {id: %1$s, title: %1$s, version: 1.0.0, defaultLocale: en}
        channels:
          - id: chat
            description: from %1$s
            visibility: private
        """;
    write("a/playbook.yaml", base.formatted("a"));
    write("b/playbook.yaml", base.formatted("b"));
    Path both = write("both/playbook.yaml", """
        apiVersion: playbook.dev/v1
        kind: Playbook
        extends: [../a/playbook.yaml, ../b/playbook.yaml]
        metadata: {id: both, title: Both, version: 1.0.0, defaultLocale: en, reviewBy: 2027-06-01}
        """);
    LoadResult result = load(both);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.orThrow().channels()).extracting(c -> c.id() + " " + c.description().orElse(""))
        .containsExactly("x ", "chat from b");
    assertThat(result.orThrow().tone().rules()).hasSize(2);
  }

  @Test
  void theLimitOnSizeAppliesToTheWholeChain() {
    long brandSize = BRAND.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    LoadResult result = Playbooks.loader().withLimits(LoadLimits.DEFAULTS.withMaxFileBytes(brandSize + 100)).load(brand);
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        brand + ":3:11: error PB806 the playbook and its bases are more than the limit of " + (brandSize + 100)
            + " bytes together (the limit LoadLimits.maxFileBytes applies to a playbook and all its bases together)");
  }

  @Test
  void aBaseThatIsNotAPlaybookFileIsRefusedBeforeItIsRead() throws IOException {
    write("brand/playbook.yaml", BRAND.replace("../group/playbook.yaml", "/etc/passwd"));
    assertThat(load(brand).diagnostics()).extracting(Diagnostic::code).containsExactly("PB801");
    write("brand/playbook.yaml", BRAND.replace("../group/playbook.yaml", "../group/notes.txt"));
    assertThat(load(brand).diagnostics()).extracting(Diagnostic::message)
        .containsExactly("cannot read base playbook '../group/notes.txt': a playbook is a .yaml or .yml file");
  }

  @Test
  void aBaseWithErrorsStopsLoadingWithItsErrorsInItsOwnFile() throws IOException {
    write("group/playbook.yaml", GROUP.replace("kind: Playbook", "kind: Playbook\nkind: Again"));
    LoadResult result = load(brand);
    assertThat(result.isValid()).isFalse();
    assertThat(result.diagnostics()).extracting(d -> d.location().file() + " " + d.code())
        .containsExactly(group + " PB102");
  }

  /** Files kept in memory by path, named {@code v1:path}: how a caller loads a chain from a Git revision. */
  private static PlaybookFiles stored(Map<String, String> files) {
    return new PlaybookFiles() {
      @Override
      public Optional<byte[]> read(Path file) {
        return Optional.ofNullable(files.get(slashed(file))).map(text -> text.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public boolean isFolder(Path path) {
        return files.keySet().stream().anyMatch(name -> name.startsWith(slashed(path) + "/"));
      }

      @Override
      public String name(Path file) {
        return "v1:" + slashed(file);
      }
    };
  }

  private static String slashed(Path file) {
    return file.toString().replace('\\', '/');
  }

  @Test
  void aChainIsReadThroughTheCallersFilesAndNamedAsTheyNameThem() {
    LoadResult result = Playbooks.loader().withClock(TODAY).load(Path.of("brand"),
        stored(Map.of("brand/playbook.yaml", BRAND, "group/playbook.yaml", GROUP)));
    assertThat(result.diagnostics()).isEmpty();
    Playbook playbook = result.orThrow();
    assertThat(playbook.source().file()).isEqualTo("v1:brand/playbook.yaml");
    assertThat(playbook.source().bases()).containsExactly("v1:group/playbook.yaml");
    assertThat(playbook.topic("legal-threats").orElseThrow().location())
        .isEqualTo(new SourceLocation("v1:group/playbook.yaml", 26, 5));
    assertThat(playbook.source().sha256()).as("the same bytes give the same hash wherever they are read from")
        .isEqualTo(load(brand).orThrow().source().sha256());
  }

  @Test
  void aBaseTheCallersFilesDoNotHaveIsPb801AtTheExtendsEntry() {
    LoadResult result = Playbooks.loader().withClock(TODAY).load(Path.of("brand/playbook.yaml"),
        stored(Map.of("brand/playbook.yaml", BRAND)));
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "v1:brand/playbook.yaml:3:11: error PB801 cannot read base playbook '../group/playbook.yaml': no such file"
            + " v1:group/playbook.yaml (the path is relative to this file)");
    assertThat(Playbooks.loader().load(Path.of("nope.yaml"), stored(Map.of())).diagnostics())
        .extracting(Diagnostic::toString).containsExactly("v1:nope.yaml:1:1: error PB001 cannot read v1:nope.yaml: no such file");
  }

  @Test
  void theCallersFilesHaveTheSameLimitsAndCycleChecks() {
    long brandSize = BRAND.getBytes(StandardCharsets.UTF_8).length;
    PlaybookFiles files = stored(Map.of("brand/playbook.yaml", BRAND, "group/playbook.yaml", GROUP));
    assertThat(Playbooks.loader().withLimits(LoadLimits.DEFAULTS.withMaxFileBytes(brandSize + 100))
        .load(Path.of("brand/playbook.yaml"), files).diagnostics())
        .extracting(Diagnostic::code).containsExactly("PB806");
    PlaybookFiles cycle = stored(Map.of("brand/playbook.yaml", BRAND,
        "group/playbook.yaml", GROUP.replace("kind: Playbook\n", "kind: Playbook\nextends: [../brand/playbook.yaml]\n")));
    assertThat(Playbooks.loader().load(Path.of("brand/playbook.yaml"), cycle).diagnostics())
        .extracting(Diagnostic::toString).singleElement().asString()
        .contains("v1:group/playbook.yaml:3:11: error PB802",
            "v1:brand/playbook.yaml → v1:group/playbook.yaml → v1:brand/playbook.yaml");
    PlaybookFiles absolute = stored(Map.of("brand/playbook.yaml", BRAND.replace("../group/playbook.yaml", "/etc/passwd")));
    assertThat(Playbooks.loader().load(Path.of("brand/playbook.yaml"), absolute).diagnostics())
        .extracting(Diagnostic::code).containsExactly("PB801");
  }

  @Test
  void textWithoutAFileCannotExtend() {
    LoadResult result = Playbooks.load(BRAND, "brand.yaml");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("PB807");
  }

  @Test
  void removeWithoutExtendsRemovesNothingAndSaysSo() {
    LoadResult result = Playbooks.loader().withClock(TODAY).load(GROUP + "remove:\n  topics: [competitors]\n", "g.yaml");
    assertThat(result.isValid()).isTrue();
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "g.yaml:50:12: warning PB804 remove names topic 'competitors', which no base playbook defines"
            + " (remove it from the list; there is nothing to remove)");
    assertThat(result.orThrow().topics()).hasSize(2);
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
