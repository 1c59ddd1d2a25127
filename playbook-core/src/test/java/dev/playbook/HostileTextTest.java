package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hand-picked hostile texts (lone surrogates, bidi controls, huge repeats) on every channel of the
 * retail-bank playbook: a verdict every time, spans inside the text. The seeded property tests and
 * the many-threads comparison live in {@code dev.playbook.hostile}.
 */
class HostileTextTest {

  private static final String[] CHANNELS = {"x", "facebook", "app-chat"};
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void hostileTextNeverThrows() {
    CompiledPlaybook engine = Playbooks.compile(Fixtures.retailBank());
    List<String> texts = List.of("", " ", "\u0000\u0001\u001F", "\uD800", "\uDC00abc\uD800",
        "\u0301\u0301\u0301", "\uFDFA".repeat(50), "!".repeat(10_000),
        "guarantee ".repeat(20_000), "a".repeat(200_000), "😀".repeat(5_000),
        "4111 ".repeat(3_000), "{{".repeat(5_000) + "}}", "@".repeat(1_000) + ".com",
        "https://" + "a.".repeat(5_000) + "com", "\u202E\u2066\u200F".repeat(1_000));
    for (String text : texts) {
      for (String channel : CHANNELS) {
        Verdict v = engine.check(Draft.builder(channel, text).inbound(text).clock(CLOCK).build());
        for (Finding f : v.findings()) {
          assertThat(f.span().end()).isLessThanOrEqualTo(text.length()); // draft = inbound here
        }
        assertThat(v.toJson()).isNotEmpty();
      }
    }
  }

  /**
   * Long runs that once made a part of the check read the rest of the run again for each of its
   * characters: a run of full stops between two words (sentences) and many "@" without a later
   * "." (email addresses). The timeout is a hang guard: each takes well under a second here, and
   * the old quadratic code over 20 s.
   */
  @Test
  @Timeout(15)
  void longRunsOfPunctuationAreCheckedInLinearTime() {
    CompiledPlaybook engine = Playbooks.compile(Fixtures.retailBank());
    for (String text : List.of("a" + ".".repeat(300_000) + "b", "a@".repeat(800_000),
        "a" + "!?".repeat(150_000) + "b")) {
      Verdict v = engine.check(Draft.builder("x", text).clock(CLOCK).build());
      assertThat(v.toJson()).isNotEmpty();
    }
  }
}
