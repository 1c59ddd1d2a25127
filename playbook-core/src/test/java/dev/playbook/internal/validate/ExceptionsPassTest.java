package dev.playbook.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Diagnostic;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exceptions are matched against their own rule's or topic's phrases as a check matches them:
 * one that is a phrase switches it off (PB504), one that contains none never applies (PB604).
 */
class ExceptionsPassTest {

  /** A playbook whose banned rule has the phrases and exceptions of a case. */
  private static final String BANNED = """
      apiVersion: playbook.dev/v1
      kind: Playbook
      metadata: {id: t, title: T, version: 1.0.0, defaultLocale: en}
      channels:
        - {id: x, visibility: public}
      tone:
        rules:
          - id: banned
            kind: banned
            message: No.
            phrases: [%s]
            exceptions: [%s]
      """;

  private static final String PLAYBOOK = BANNED + """
      topics:
        - id: legal
          description: Legal.
          recognise:
            phrases: [claim, {phrase: court, exact: true}]
            exceptions: [%s]
            lookIn: inbound
          outcome: {replyPublicly: true}
      """;

  private static List<String> diagnostics(String phrases, String ruleExceptions,
      String topicExceptions) {
    return Playbooks.load(PLAYBOOK.formatted(phrases, ruleExceptions, topicExceptions), "t.yaml")
        .diagnostics().stream()
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.code())
        .toList();
  }

  @ParameterizedTest(name = "[{index}] phrases [{0}], exceptions [{1}]")
  @CsvSource(delimiter = '|', value = {
      // longer words around the phrase, in any case and across punctuation
      "guarantee | price guarantee",
      "guarantee | Price-Guarantee",
      // an inflected phrase inside the exception
      "guarantee | guaranteed delivery",
      // a multi-word phrase inside the exception
      "we will refund | we will refund nothing",
      // the exact form only, of a phrase matched with its inflections: the others still count
      "guarantee | {phrase: guarantee, exact: true}",
      // each exception against any of the phrases
      "guarantee, compensate | price guarantee, compensated tickets",
  })
  void anExceptionAroundAPhraseIsQuiet(String phrases, String exceptions) {
    assertThat(diagnostics(phrases, exceptions, "claim form")).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] phrases [{0}], exceptions [{1}]")
  @CsvSource(delimiter = '|', value = {
      "guarantee | guarantee",
      "guarantee | GUARANTEE",
      // an inflection is the phrase too: every hit of 'guarantee' lies inside one of 'guarantees'
      "guarantee | guarantees",
      "we will refund | We  will — refund",
  })
  void anExceptionThatIsAPhraseIsAnError(String phrases, String exceptions) {
    assertThat(diagnostics(phrases, exceptions, "claim form")).containsExactly("12:20 PB504");
  }

  @Test
  void anExceptionWithItsInflectionsOfAnExactPhraseIsAnError() {
    assertThat(diagnostics("{phrase: guarantee, exact: true}", "guarantee", "claim form"))
        .containsExactly("12:20 PB504");
  }

  @Test
  void anExceptionWithoutAnyPhraseIsAWarningAtIt() {
    assertThat(diagnostics("guarantee", "price promise", "food court, claim form"))
        .containsExactly("12:20 PB604");
  }

  @Test
  void anExceptionOfAnotherRulesPhraseNeverApplies() {
    // 'price guarantee' contains the rule's phrase, not the topic's
    assertThat(diagnostics("guarantee", "price guarantee", "price guarantee"))
        .containsExactly("18:20 PB604");
  }

  @Test
  void anExceptionAnInflectionOfAnExactPhraseCouldMeetIsNotCalledUseless() {
    // 'court' is exact and 'food courts' does not contain it as written; but the exception
    // matches with its inflections, so in a message it covers 'food court' and that 'court'
    assertThat(diagnostics("guarantee", "price guarantee", "food courts")).isEmpty();
  }

  @Test
  void punctuationAloneNeverApplies() {
    assertThat(Playbooks.load(PLAYBOOK.formatted("guarantee", "'...'", "claim form"), "t.yaml")
        .diagnostics()).extracting(Diagnostic::code).containsExactly("PB604");
  }

  /**
   * Inflection is not symmetric, so an exception is judged by what its words and the phrase's
   * accept, not by matching one's text against the other (cases found in review).
   */
  @ParameterizedTest(name = "[{index}] phrases [{0}], exceptions [{1}]: {2}")
  @CsvSource(delimiter = '|', value = {
      // an exact phrase inside an exception with inflections: every hit of it is excepted
      "{phrase: guarantee, exact: true} | guarantees | 12:20 PB504",
      "{phrase: price guarantee, exact: true} | price guarantees | 12:20 PB504",
      // "sue" hits "sued" and "suing", which "sues" does not: not switched off
      "sue | sues | ",
      // "sued" and "sue" meet ("sued" is an inflection of "sue"): it applies
      "sued | sue | ",
      // both exact and different: no word meets both
      "{phrase: hurts, exact: true} | {phrase: hurt, exact: true} | 12:20 PB604",
      // an exact exception inside an exact phrase's longer words
      "{phrase: hurt, exact: true} | {phrase: hurt feelings, exact: true} | ",
  })
  void anExceptionIsJudgedByWhatItsWordsAccept(String phrases, String exceptions,
      String expected) {
    assertThat(diagnostics(phrases, exceptions, "claim form"))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }

  @Test
  void anExactPhraseOfATopicInsideAnInflectedExceptionIsAnError() {
    // 'court' is exact in the topic; 'courts' accepts "court" too, so it would never escalate
    assertThat(diagnostics("guarantee", "price guarantee", "courts"))
        .containsExactly("18:20 PB504");
  }

  private static final List<String> WORDS = List.of("sue", "sues", "sued", "suing", "guarantee",
      "guarantees", "guaranteed", "guaranteeing", "hurt", "hurts", "hurting", "court", "courts",
      "claim", "claims", "claimed");

  /**
   * The banned rule of the table, and another rule with the exception as its phrase: a phrase
   * can change which words the automaton knows, and so what a short key like "su" (of "sued",
   * "suing") finds; with the exception's words known either way, only its being an exception
   * differs.
   */
  private static final String ORACLE = BANNED + """
          - id: other
            kind: banned
            message: No.
            phrases: [%s]
      """;

  /** An exception no word of the table meets (PB604 only): the rule as if it had none. */
  private static final String NEVER = "zzzz";

  /**
   * Neither diagnostic is ever false, against real checks: when PB504 says an exception switches
   * a phrase off, no word of the table that the phrase finds is found with the exception; when
   * PB604 says an exception never applies, every word is found with it as without it.
   */
  @Test
  void whatTheDiagnosticsSayIsWhatAChecksDoes() {
    int errors = 0;
    int warnings = 0;
    for (String phrase : WORDS) {
      for (String exception : WORDS) {
        for (int exact = 0; exact < 4; exact++) {
          String p = (exact & 1) == 0 ? phrase : "{phrase: " + phrase + ", exact: true}";
          String e = (exact & 2) == 0 ? exception : "{phrase: " + exception + ", exact: true}";
          List<String> codes = Playbooks.load(ORACLE.formatted(p, e, e), "t.yaml")
              .diagnostics().stream().map(Diagnostic::code).toList();
          if (codes.isEmpty()) {
            continue;
          }
          CompiledPlaybook without = Playbooks.compile(
              Playbooks.load(ORACLE.formatted(p, NEVER, e), "t.yaml").orThrow());
          CompiledPlaybook with = compiledPastValidation(p, e);
          for (String word : WORDS) {
            String what = "phrase " + p + ", exception " + e + ", draft '" + word + "'";
            if (codes.contains("PB504")) {
              assertThat(finds(with, word)).as(what).isFalse();
            }
            if (codes.contains("PB604")) {
              assertThat(finds(with, word)).as(what).isEqualTo(finds(without, word));
            }
          }
          errors += codes.contains("PB504") ? 1 : 0;
          warnings += codes.contains("PB604") ? 1 : 0;
        }
      }
    }
    // the table reaches both diagnostics many times over, so the assertions above bite
    assertThat(errors).isGreaterThan(20);
    assertThat(warnings).isGreaterThan(200);
  }

  /** The table's playbook with the exception, built past validation (PB504 would refuse it). */
  private static CompiledPlaybook compiledPastValidation(String phrases, String exception) {
    Playbook base = Playbooks.load(ORACLE.formatted(phrases, NEVER, exception), "t.yaml")
        .orThrow();
    List<Phrase> exceptions = Playbooks.load(ORACLE.formatted(NEVER, exception, exception),
        "t.yaml").playbook().orElseThrow().tone().rules().get(0).exceptions();
    return Playbooks.compile(Fixtures.withExceptions(base,
        id -> id.equals("banned") ? exceptions : List.of()));
  }

  private static boolean finds(CompiledPlaybook playbook, String draft) {
    return playbook.check(Draft.of("x", "We " + draft + " it."))
        .findings().stream().anyMatch(f -> f.ruleId().equals("banned"));
  }
}
