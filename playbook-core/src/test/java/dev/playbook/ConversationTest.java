package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.model.Phrase;
import dev.playbook.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A conversation analyses the customer's message once and gives, for every draft, exactly the
 * verdict {@link CompiledPlaybook#check} gives the draft carrying that message.
 */
@Timeout(120)
class ConversationTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  /** No locale, the playbooks' own, and ones whose region reads national phone numbers apart. */
  private static final List<Locale> LOCALES = java.util.Arrays.asList(null, Locale.UK, Locale.US,
      Locale.GERMANY, Locale.CANADA_FRENCH, Locale.forLanguageTag("en-IE"), Locale.ENGLISH);
  /** Personal data and look-alikes; the phone numbers are national in GB, US or DE only. */
  private static final List<String> FRAGMENTS = List.of("4111 1111 1111 1111", "sam@example.com",
      "020 7946 0018", "07700 900123", "(212) 555-0123", "212-555-0123", "030 1234567",
      "+44 20 7946 0018", "https://example.com/help", "www.northbank.co.uk/x", "12345678",
      "01-02-03", "SW1A 1AA", "AB 12 34 56 C", "EI1234", "XY123456", "2026-11-24", "£5",
      "🙂", "!!!", "LAWYER", "Sue", "lawyers'", "in-flight");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.playbook.ExamplesTest#examples")
  void everyExampleDraftGetsTheVerdictOfACheckWithTheMessage(Path file) throws IOException {
    CompiledPlaybook engine = Playbooks.compile(Playbooks.load(file).orThrow());
    Path drafts = file.resolveSibling("drafts.jsonl");
    List<JsonNode> lines = new ArrayList<>();
    if (Files.exists(drafts)) {
      for (String line : Files.readAllLines(drafts)) {
        if (!line.isBlank()) {
          lines.add(JSON.readTree(line));
        }
      }
    }
    int checked = 0;
    for (JsonNode line : lines) {
      String inbound = line.path("inbound").asText("");
      Conversation conversation = engine.conversation(inbound);
      for (String channel : engine.channels()) {
        for (Locale locale : LOCALES) {
          Draft.Builder draft = draft(channel, line.get("draft").asText(), locale);
          if (line.hasNonNull("customerName")) {
            draft.customerName(line.get("customerName").asText());
          }
          Draft plain = draft.build();
          Draft withMessage = draft.inbound(inbound).build();
          String expected = engine.check(withMessage).toJson();
          assertThat(conversation.check(plain).toJson()).as(line.get("id").asText())
              .isEqualTo(expected);
          assertThat(conversation.check(withMessage).toJson()).isEqualTo(expected);
          checked++;
        }
      }
    }
    assertThat(checked).as("drafts checked").isEqualTo(lines.size() * engine.channels().size()
        * LOCALES.size());
  }

  @ParameterizedTest
  @MethodSource("dev.playbook.ExamplesTest#examples")
  void generatedMessagesAndDraftsGetTheSameVerdicts(Path file) {
    sameVerdictsOnGeneratedTexts(Playbooks.compile(Playbooks.load(file).orThrow()), 120);
  }

  @Test
  void theDraftsLocaleChoosesThePhoneRegionThroughOneConversation() {
    CompiledPlaybook engine = withoutPhoneRegion();
    Conversation conversation = engine.conversation("@NorthbankHelp call me on (212) 555-0123");
    Verdict inUs = conversation.check(draft("x", "Hi, we'll DM you. ^PS", Locale.US).build());
    Verdict inUk = conversation.check(draft("x", "Hi, we'll DM you. ^PS", Locale.UK).build());
    assertThat(inUs.topics()).as("a US number, read in the US").contains("personal-data-shared");
    assertThat(inUk.topics()).as("not a number in the UK").doesNotContain("personal-data-shared");
    assertThat(conversation.check(draft("x", "Hi ^PS", Locale.US).build()).topics())
        .as("the region's numbers, once found, are kept for later checks")
        .contains("personal-data-shared");
    sameVerdictsOnGeneratedTexts(engine, 200);
  }

  @Test
  void aTopicOnTrialInTheMessageGivesTheSameShadowFindings() throws IOException {
    String yaml = Files.readString(Path.of("../examples/retail-bank/playbook.yaml"));
    String trial = yaml.replaceFirst("      escalate: press-office\n",
        "      escalate: press-office\n    mode: shadow\n");
    assertThat(trial).isNotEqualTo(yaml);
    CompiledPlaybook engine = Playbooks.compile(Playbooks.load(trial, "trial.yaml").orThrow());
    Draft draft = Draft.builder("x", "Hi, thanks for getting in touch. ^PS").clock(CLOCK).build();
    Verdict verdict = engine.conversation("I'm a journalist at the BBC").check(draft);
    assertThat(verdict.shadowFindings()).extracting(Finding::ruleId)
        .containsExactly("media-enquiry", "media-enquiry");
    assertThat(verdict.topics()).doesNotContain("media-enquiry");
    assertThat(verdict.toJson()).isEqualTo(
        engine.check(withInbound(draft, "I'm a journalist at the BBC")).toJson());
    sameVerdictsOnGeneratedTexts(engine, 60);
  }

  @Test
  void publishedContactDetailsInTheMessageAreNotTheCustomers() {
    String message = "you rang from 0808 157 0192 and HELP@northbank.example, call me on "
        + "07912 345678 or mail sam@example.com";
    for (CompiledPlaybook engine : List.of(retailBank(), withoutPhoneRegion())) {
      Conversation conversation = engine.conversation(message);
      for (Locale locale : List.of(Locale.UK, Locale.US)) {
        Draft draft = Draft.builder("x", "Hi, sorry to hear this. ^PS").locale(locale)
            .clock(CLOCK).build();
        Verdict verdict = conversation.check(draft);
        assertThat(verdict.findings()).filteredOn(f -> f.ruleId().equals("personal-data-shared"))
            .extracting(Finding::matched)
            .as("the bank's own helpline and address are not the customer's, in %s", locale)
            .doesNotContain("0808 157 0192", "HELP@northbank.example")
            .contains("sam@example.com");
        assertThat(verdict.toJson()).isEqualTo(engine.check(withInbound(draft, message)).toJson());
      }
    }
  }

  @Test
  void aDraftCarryingAnotherMessageIsRefused() {
    CompiledPlaybook engine = retailBank();
    Conversation conversation = engine.conversation("my card was stolen");
    Draft other = Draft.builder("x", "Hi ^PS").inbound("I will sue you").build();
    assertThatThrownBy(() -> conversation.check(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another customer message (14 characters)")
        .hasMessageContaining("(18 characters)")
        .hasMessageNotContaining("sue");
    assertThat(conversation.check(Draft.builder("x", "Hi ^PS")
        .inbound(new String("my card was stolen".toCharArray())).build()).topics())
        .as("an equal message is the conversation's").isEqualTo(engine.check(Draft.builder(
            "x", "Hi ^PS").inbound("my card was stolen").build()).topics());
    assertThatThrownBy(() -> conversation.check(Draft.of("no-such-channel", "Hi")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown channel");
    assertThat(conversation.message()).isEqualTo("my card was stolen");
  }

  @Test
  void anEmptyMessageIsAConversationToo() {
    CompiledPlaybook engine = retailBank();
    Conversation conversation = engine.conversation("");
    Draft draft = Draft.builder("x", "We GUARANTEE it!!! I will sue you ^PS").clock(CLOCK).build();
    assertThat(conversation.check(draft).toJson()).isEqualTo(engine.check(draft).toJson());
    assertThatThrownBy(() -> conversation.check(Draft.builder("x", "Hi").inbound("x").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneConversationSharedByManyThreadsGivesTheVerdictsOfOne() throws Exception {
    CompiledPlaybook engine = withoutPhoneRegion();
    String message = "@NorthbankHelp I'm going to my lawyer, card 4111 1111 1111 1111, call "
        + "(212) 555-0123 or 020 7946 0018 or 030 1234567, sam@example.com, journalist";
    List<Draft> drafts = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      drafts.add(draft(i % 2 == 0 ? "x" : "app-chat", generated(random, engine, 12),
          LOCALES.get(i % LOCALES.size())).build());
    }
    List<String> expected = new ArrayList<>();
    for (Draft d : drafts) {
      expected.add(engine.check(withInbound(d, message)).toJson());
    }
    for (int round = 0; round < 3; round++) {
      // A new conversation each round, so the threads race to find each region's numbers.
      Conversation conversation = engine.conversation(message);
      int threads = 8;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 37;
        results.add(pool.submit(() -> {
          start.await();
          List<String> verdicts = new ArrayList<>(drafts.size());
          for (int i = 0; i < drafts.size(); i++) {
            verdicts.add(null);
          }
          for (int i = 0; i < drafts.size(); i++) {
            int d = (i + offset) % drafts.size();
            verdicts.set(d, conversation.check(drafts.get(d)).toJson());
          }
          return verdicts;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
      pool.shutdown();
    }
  }

  @Test
  void aReloadingPlaybooksConversationChecksWithTheVersionServing(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("playbook.yaml");
    String v1 = Files.readString(Path.of("../examples/retail-bank/playbook.yaml"));
    // Version 2 recognises "dividend" as market-sensitive in the customer's message.
    String v2 = v1.replaceFirst("version: 2.4.0", "version: 2.5.0")
        .replaceFirst("phrases: \\[share price,", "phrases: [dividend, share price,");
    assertThat(v2).contains("[dividend, share price,");
    Files.writeString(file, v1);
    List<Draft> logged = new CopyOnWriteArrayList<>();
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(file).watch(false)
        .loader(Playbooks.loader().withClock(CLOCK))
        .decisionLog((d, v) -> logged.add(d)).open()) {
      String message = "@NorthbankHelp when is the dividend paid?";
      Conversation conversation = playbook.conversation(message);
      Draft draft = Draft.builder("x", "Hi Sam, thanks for asking. ^PS").clock(CLOCK).build();

      Verdict first = conversation.check(draft);
      assertThat(first.audit().playbookVersion()).isEqualTo("2.4.0");
      assertThat(first.decision()).isEqualTo(Decision.READY);

      Files.writeString(file, v2);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);
      Verdict second = conversation.check(draft);
      assertThat(second.audit().playbookVersion()).isEqualTo("2.5.0");
      assertThat(second.decision()).as("the message analysed again for the new version")
          .isEqualTo(Decision.DO_NOT_REPLY);
      assertThat(second.toJson())
          .isEqualTo(playbook.current().check(withInbound(draft, message)).toJson());
      assertThat(conversation.check(draft).toJson()).isEqualTo(second.toJson());

      assertThat(logged).as("every check reaches the decision log, with the message")
          .hasSize(3).allSatisfy(d -> assertThat(d.inbound()).isEqualTo(message))
          .allSatisfy(d -> assertThat(d.text()).isEqualTo(draft.text()));
    }
  }

  @Test
  void aCompiledPlaybooksConversationKeepsItsPlaybook() {
    CompiledPlaybook engine = retailBank();
    Conversation conversation = engine.conversation("I will sue you");
    Verdict verdict = conversation.check(Draft.of("x", "Hi Sam, sorry to hear that. ^PS"));
    assertThat(verdict.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(verdict.audit().playbookVersion())
        .isEqualTo(engine.playbook().metadata().version());
    assertThat(conversation.toString()).doesNotContain("sue").contains("14 chars");
  }

  /** Checks generated messages and drafts both ways, each message through one conversation. */
  private static void sameVerdictsOnGeneratedTexts(CompiledPlaybook engine, int messages) {
    Random random = new Random(42);
    List<String> channels = engine.channels();
    for (int m = 0; m < messages; m++) {
      String message = m == 0 ? "" : generated(random, engine, 1 + random.nextInt(30));
      Conversation conversation = engine.conversation(message);
      for (int d = 0; d < 4; d++) {
        Draft draft = draft(channels.get(random.nextInt(channels.size())),
            generated(random, engine, random.nextInt(20)),
            LOCALES.get(random.nextInt(LOCALES.size()))).build();
        assertThat(conversation.check(draft).toJson()).as(message)
            .isEqualTo(engine.check(withInbound(draft, message)).toJson());
      }
    }
  }

  /** Words from the playbook's topics and fragments of personal data, in any case. */
  private static String generated(Random random, CompiledPlaybook engine, int parts) {
    List<String> phrases = new ArrayList<>();
    for (Topic t : engine.playbook().topics()) {
      t.recognise().phrases().stream().map(Phrase::text).forEach(phrases::add);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      int pick = random.nextInt(10);
      String part = pick < 4 && !phrases.isEmpty() ? phrases.get(random.nextInt(phrases.size()))
          : pick < 8 ? FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
          : List.of("thanks", "please", "the", "today", "\n\n", ".", "^PS").get(random.nextInt(7));
      if (random.nextInt(6) == 0) {
        part = part.toUpperCase(Locale.ROOT);
      }
      out.append(part).append(random.nextInt(5) == 0 ? ", " : " ");
    }
    return out.toString();
  }

  private static Draft.Builder draft(String channel, String text, Locale locale) {
    Draft.Builder b = Draft.builder(channel, text).clock(CLOCK);
    if (locale != null) {
      b.locale(locale);
    }
    return b;
  }

  private static Draft withInbound(Draft d, String message) {
    return d.withInbound(message);
  }

  private static CompiledPlaybook retailBank() {
    return Playbooks.compile(Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml"))
        .orThrow());
  }

  /** The retail bank without its phone region: the draft's locale decides. */
  private static CompiledPlaybook withoutPhoneRegion() {
    try {
      String yaml = Files.readString(Path.of("../examples/retail-bank/playbook.yaml"));
      // Without a region, published numbers need their country code (PB412).
      String without = yaml.replaceFirst("\n  phoneRegion: GB\n", "\n")
          .replace("'0808 157 0192'", "'+44 808 157 0192'");
      assertThat(without).doesNotContain("phoneRegion").doesNotContain("'0808 157 0192'");
      return Playbooks.compile(Playbooks.load(without, "retail-bank.yaml").orThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
