package dev.playbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of checking that hold for any text, tried on seeded random drafts of hostile text
 * (a failing seed reproduces exactly), and the draft sizes a helpdesk could be sent.
 */
@Timeout(60)
class HostileDraftsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final CompiledPlaybook ENGINE =
      Playbooks.compile(Playbooks.loader().withClock(CLOCK)
          .load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());
  private static final Set<String> PHRASE_KINDS = Set.of("banned", "topic");
  /**
   * Topics recognised by personal data detectors are left out of the spacing property: how digits
   * are grouped is what tells a card number from a phone number, so spacing may rightly matter.
   */
  private static final Set<String> BY_DETECTORS = ENGINE.playbook().topics().stream()
      .filter(t -> !t.recognise().personalData().isEmpty()).map(t -> t.id())
      .collect(Collectors.toSet());

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyTextGetsAWellFormedDeterministicVerdict(long seed) {
    String text = String.join(" ", HostileText.tokens(seed));
    for (String channel : ENGINE.channels()) {
      Draft draft = draft(channel, text);
      Verdict verdict = ENGINE.check(draft);
      assertWellFormed(verdict, text);
      assertThat(ENGINE.check(draft(channel, text)).toJson())
          .as("seed %d on %s", seed, channel).isEqualTo(verdict.toJson());
    }
  }

  /** Phrases match words, not spacing: more spaces between words fire the same rules. */
  @ParameterizedTest
  @MethodSource("seeds")
  void extraSpacesBetweenWordsFireTheSameRules(long seed) {
    List<String> tokens = HostileText.tokens(seed);
    String single = String.join(" ", tokens);
    String spaced = String.join("   ", tokens);
    for (String channel : ENGINE.channels()) {
      assertThat(phraseRules(ENGINE.check(draft(channel, spaced))))
          .as("seed %d on %s: %s", seed, channel, single)
          .isEqualTo(phraseRules(ENGINE.check(draft(channel, single))));
    }
  }

  @Test
  void aOneMegabyteDraftGetsAVerdict() {
    StringBuilder text = new StringBuilder();
    long seed = 0;
    while (text.length() < 1_000_000) {
      text.append(String.join(" ", HostileText.tokens(seed++))).append('\n');
    }
    assertWellFormedOnEveryChannel(text.toString());
  }

  @Test
  void aHundredThousandCharactersOfEmojiGetAVerdict() {
    assertWellFormedOnEveryChannel("😀👨‍👩‍👧‍👦🇬🇧".repeat(100_000 / 16));
  }

  @Test
  void aHundredThousandCombiningMarksGetAVerdict() {
    assertWellFormedOnEveryChannel("\u0301".repeat(100_000));
    assertWellFormedOnEveryChannel("guarantee" + "\u0301".repeat(100_000) + " we will refund");
  }

  @Test
  void aHundredThousandCharacterWordGetsAVerdict() {
    assertWellFormedOnEveryChannel("guarantee".repeat(11_112));
  }

  @Test
  void aHundredThousandCharactersOfHyphenatedCapitalsWithoutSpaceGetAVerdict() {
    // One run of non-space characters holding 33,000 words: shouting looks at the run once.
    assertWellFormedOnEveryChannel("AB-".repeat(33_333) + "1");
    assertWellFormedOnEveryChannel("AB-".repeat(33_333));
  }

  private static void assertWellFormedOnEveryChannel(String text) {
    for (String channel : ENGINE.channels()) {
      assertWellFormed(ENGINE.check(draft(channel, text)), text);
    }
  }

  /** Draft and inbound are the same text, so every span of either kind points into it. */
  static void assertWellFormed(Verdict verdict, String text) {
    for (List<Finding> findings : List.of(verdict.findings(), verdict.shadowFindings())) {
      for (Finding f : findings) {
        int start = f.span().start();
        int end = f.span().end();
        assertThat(start).as("%s", f).isBetween(0, end);
        assertThat(end).as("%s", f).isLessThanOrEqualTo(text.length());
        assertThat(splitsSurrogatePair(text, start)).as("start of %s", f).isFalse();
        assertThat(splitsSurrogatePair(text, end)).as("end of %s", f).isFalse();
        assertThat(f.matched()).isEqualTo(text.substring(start, end));
      }
    }
    assertThat(verdict.toJson()).startsWith("{");
  }

  private static boolean splitsSurrogatePair(String text, int at) {
    return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  private static Set<String> phraseRules(Verdict verdict) {
    Set<String> ids = new TreeSet<>();
    for (Finding f : verdict.findings()) {
      if (PHRASE_KINDS.contains(f.kind()) && !BY_DETECTORS.contains(f.ruleId())) {
        ids.add(f.ruleId());
      }
    }
    return ids;
  }

  private static Draft draft(String channel, String text) {
    return Draft.builder(channel, text).inbound(text).clock(CLOCK).build();
  }
}
