package dev.playbook.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import dev.playbook.Playbooks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exceptions are matched against their own rule's or topic's phrases as a check matches them:
 * one that is a phrase switches it off (PB504), one that contains none never applies (PB604).
 */
class ExceptionsPassTest {

  private static final String PLAYBOOK = """
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
}
