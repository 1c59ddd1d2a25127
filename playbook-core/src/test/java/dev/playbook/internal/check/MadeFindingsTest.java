package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Span;
import dev.playbook.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Findings that rules make once and keep (a required element missing at the start, a missing
 * signature by the draft's length, the length rule's detail) are the findings the rules made for
 * every draft before; the length rule finds the limit walking back from the end where it walked
 * forward from the start.
 */
class MadeFindingsTest {

  private static CompiledPlaybook engine;

  @BeforeAll
  static void compile() {
    engine = Playbooks.compile(
        Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());
  }

  private static Finding only(Verdict verdict, String ruleId) {
    List<Finding> found = verdict.findings().stream().filter(f -> f.ruleId().equals(ruleId))
        .toList();
    assertThat(found).as(ruleId).hasSize(1);
    return found.get(0);
  }

  /** The finding as {@link CheckContext#report} makes it: what the rules reported before. */
  private static Finding reported(Finding like, String text, int start, int end,
      Optional<String> detail) {
    return new Finding(like.ruleId(), like.kind(), like.severity(), like.message(),
        Finding.Text.DRAFT, new Span(start, end), text.substring(start, end), like.suggestions(),
        like.location(), Optional.empty(), detail);
  }

  @Test
  void limitIsWhereTheCodePointsPastTheMaximumStart() {
    // High and low surrogates alone, in pairs, reversed and doubled, among other chars.
    String[] pieces = {"a", "é", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uDE00\uD83D", " "};
    Random random = new Random(12);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      int length = s.codePointCount(0, s.length());
      for (int max = 0; max < length; max++) {
        assertThat(ChannelLengthRule.limit(s, length, max)).as("%s %d", s, max)
            .isEqualTo(s.offsetByCodePoints(0, max));
      }
    }
  }

  @Test
  void lengthFindingsAreWhatTheRuleReportedBefore() {
    for (String unit : List.of("a", "\uD83D\uDE00", "é")) {
      // Past the limit by one, by many, and by more than the details kept.
      for (int over : new int[] {1, 2, 37, ChannelLengthRule.CACHED_DETAILS - 1,
          ChannelLengthRule.CACHED_DETAILS, ChannelLengthRule.CACHED_DETAILS + 1, 1500}) {
        String text = "Hi, sorry. " + unit.repeat(280 - 11 + over);
        int length = text.codePointCount(0, text.length());
        for (int round = 0; round < 2; round++) {
          Finding found = only(engine.check(Draft.builder("x", text).build()), "x.max-length");
          assertThat(found).isEqualTo(reported(found, text, text.offsetByCodePoints(0, 280),
              text.length(), Optional.of(length + " characters, at most 280")));
        }
      }
    }
  }

  @Test
  void missingSignatureFindingsAreWhatTheRuleReportedBefore() {
    // Every length the rule keeps a finding for, and past them; each twice.
    for (int n = 0; n <= ChannelSignatureRule.CACHED_LENGTHS + 3; n++) {
      String text = "x".repeat(n);
      for (int round = 0; round < 2; round++) {
        Finding found = only(engine.check(Draft.builder("facebook", text).build()),
            "facebook.signature");
        assertThat(found).isEqualTo(reported(found, text, n, n, Optional.empty()));
        assertThat(found.suggestions()).containsExactly("^PS");
      }
    }
  }

  @Test
  void missingElementsAtTheStartAreWhatTheRuleReportedBefore() {
    for (String text : List.of("", "Thanks.", "Our branch opens at nine. ^PS", "\uD83D\uDE00")) {
      Verdict verdict = engine.check(Draft.builder("x", text).build());
      Finding greeting = only(verdict, "greeting");
      assertThat(greeting).isEqualTo(reported(greeting, text, 0, 0, Optional.empty()));
      assertThat(greeting.suggestions()).startsWith("hi", "hello", "hey");
      assertThat(only(verdict, "acknowledge").span()).isEqualTo(new Span(0, 0));
      // The second check reports the same finding.
      assertThat(engine.check(Draft.builder("x", text).build()).findings())
          .isEqualTo(verdict.findings());
    }
  }
}
