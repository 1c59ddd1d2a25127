package dev.playbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Patterns that backtracking engines take exponential time on ({@code (a+)+$}) run in linear time,
 * because playbook patterns are compiled with RE2/J. The time is printed, not asserted.
 */
class CatastrophicPatternsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void nestedQuantifiersOnAHundredThousandCharactersFinish() throws IOException {
    String yaml = Files.readString(Path.of("../examples/retail-bank/playbook.yaml")).replace(
        "        - '\\bwe(?:",
        "        - '(a+)+$'\n        - '(x+x+)+y'\n        - '(\\w|\\d)*!$'\n        - '\\bwe(?:");
    LoadResult loaded = Playbooks.loader().withClock(CLOCK).load(yaml, "evil.yaml");
    assertThat(loaded.errors()).isEmpty();
    assertThat(yaml).contains("(a+)+$");
    CompiledPlaybook engine = Playbooks.compile(loaded.orThrow());

    for (String text : List.of("a".repeat(100_000) + "!", "x".repeat(100_000),
        "a".repeat(100_000), "1a".repeat(50_000) + "?")) {
      long started = System.nanoTime();
      Verdict verdict = engine.check(Draft.builder("app-chat", text).clock(CLOCK).build());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      System.out.printf("RE2: %d chars starting %s: %d ms%n", text.length(), text.substring(0, 4),
          millis);
      if (text.equals("a".repeat(100_000))) {
        assertThat(verdict.findings()).extracting(Finding::ruleId).contains("no-guarantees");
      }
    }
  }

  /** RE2/J compiles patterns nested thousands deep; reading their width must not overflow. */
  @Test
  void aPatternNestedThousandsDeepLoadsAndMatches() throws IOException {
    String deep = "ab" + "(?:".repeat(3_000) + "x" + ")".repeat(3_000);
    String yaml = Files.readString(Path.of("../examples/retail-bank/playbook.yaml")).replace(
        "        - '\\bwe(?:", "        - '" + deep + "'\n        - '\\bwe(?:");
    assertThat(yaml).contains(deep);
    LoadResult loaded = Playbooks.loader().withClock(CLOCK).load(yaml, "deep.yaml");
    assertThat(loaded.errors()).isEmpty();
    CompiledPlaybook engine = Playbooks.compile(loaded.orThrow());
    Verdict verdict = engine.check(Draft.builder("x", "Hi, abx. ^PS").clock(CLOCK).build());
    assertThat(verdict.findings()).extracting(f -> f.span().start()).contains(4);
  }
}
