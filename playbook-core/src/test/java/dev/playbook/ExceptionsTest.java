package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.model.Mode;
import dev.playbook.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exceptions through the public API on a playbook built as records: shadow rules keep them, and
 * only banned rules read them (a required rule's phrase is found inside any words).
 */
class ExceptionsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"),
      ZoneOffset.UTC);

  /** The retail bank with {@code exceptions} on every banned and required rule. */
  private static CompiledPlaybook withExceptions(Mode guarantees) {
    return CompiledPlaybook.compile(Fixtures.withExceptions(Fixtures.retailBank(guarantees),
        id -> switch (id) {
          case "no-guarantees" -> Fixtures.phrases("deposit guarantee scheme");
          case "greeting" -> Fixtures.phrases("hi there");
          default -> List.of();
        }));
  }

  private static Verdict check(CompiledPlaybook engine, String draft) {
    return engine.check(Draft.builder("app-chat", draft).clock(CLOCK).build());
  }

  private static final String DRAFT = "Hi, the deposit guarantee scheme covers you; we guarantee it.";
  /** The second "guarantee", outside the exception. */
  private static final int OUTSIDE = DRAFT.lastIndexOf("guarantee");

  @Test
  void aShadowRuleKeepsItsExceptions() {
    Verdict verdict = check(withExceptions(Mode.SHADOW), DRAFT);
    assertThat(verdict.shadowFindings()).filteredOn(f -> f.ruleId().equals("no-guarantees"))
        .extracting(Finding::matched).containsExactly("guarantee");
    assertThat(verdict.shadowFindings()).filteredOn(f -> f.ruleId().equals("no-guarantees"))
        .extracting(f -> f.span().start()).containsExactly(OUTSIDE);
    assertThat(verdict.findings()).extracting(Finding::ruleId).doesNotContain("no-guarantees");
  }

  @Test
  void anEnforcedRuleReportsOnlyThePhraseOutsideItsExceptions() {
    Verdict verdict = check(withExceptions(Mode.ENFORCE), DRAFT);
    assertThat(verdict.findings()).filteredOn(f -> f.ruleId().equals("no-guarantees"))
        .extracting(f -> f.span().start()).containsExactly(OUTSIDE);
  }

  @Test
  void aRequiredRuleIgnoresExceptions() {
    // "hi" inside "hi there" still satisfies the greeting rule
    Verdict verdict = check(withExceptions(Mode.ENFORCE), "Hi there, your card is on its way.");
    assertThat(verdict.findings()).extracting(Finding::ruleId).doesNotContain("greeting");
  }
}
