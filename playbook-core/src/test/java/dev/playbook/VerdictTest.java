package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.model.Mode;
import dev.playbook.model.Severity;
import dev.playbook.testing.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerdictTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final CompiledPlaybook BANK = Playbooks.compile(Fixtures.retailBank());
  private static final String CLEAN_X = "Hi Sam, sorry to hear this. ^PS";

  private static Verdict check(String channel, String inbound, String draft) {
    return BANK.check(Draft.builder(channel, draft).inbound(inbound).clock(CLOCK).build());
  }

  @Test
  void cleanDraftIsReady() {
    Verdict v = check("x", "Can you help with my card?", CLEAN_X);
    assertThat(v.decision()).isEqualTo(Decision.READY);
    assertThat(v.isReady()).isTrue();
    assertThat(v.findings()).isEmpty();
    assertThat(v.topics()).isEmpty();
    assertThat(v.escalation()).isEmpty();
    assertThat(v.holdingTemplate()).isEmpty();
    assertThat(v.seniorReviewRequired()).isFalse();
  }

  @Test
  void warningsAloneLeaveTheDraftReady() {
    Verdict v = check("app-chat", "", "Your card is on its way.");
    assertThat(v.findings()).extracting(Finding::ruleId).containsExactly("greeting");
    assertThat(v.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(v.decision()).isEqualTo(Decision.READY);
  }

  @Test
  void escalateOutranksDoNotReplyAndMoveToPrivate() {
    // legal-proceedings (escalate), personal-data-shared (move to private)
    Verdict v = check("x", "I'll sue. Card 4111 1111 1111 1111", CLEAN_X);
    assertThat(v.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(v.topics()).containsExactly("legal-proceedings", "personal-data-shared");
    assertThat(v.escalation()).get().extracting(Verdict.Escalation::topic)
        .isEqualTo("legal-proceedings");
  }

  @Test
  void escalateOutranksRevise() {
    Verdict v = check("x", "I'll sue", "Hi, we GUARANTEE nothing. ^PS");
    assertThat(v.findings()).anyMatch(f -> f.isError() && f.text() == Finding.Text.DRAFT);
    assertThat(v.decision()).isEqualTo(Decision.ESCALATE);
  }

  @Test
  void moveToPrivateOutranksRevise() {
    Verdict v = check("x", "my email is sam@example.com", "Hi, calm down. ^PS");
    assertThat(v.decision()).isEqualTo(Decision.MOVE_TO_PRIVATE);
    assertThat(v.holdingTemplate()).contains("move-to-dm");
    assertThat(v.escalation()).isEmpty();
  }

  @Test
  void doNotReplyForAPublicTopicWithoutPath() {
    CompiledPlaybook playbook = Playbooks.compile(WithTopics.quietTopic());
    Verdict v = playbook.check(Draft.builder("x", CLEAN_X).inbound("I read it in the tabloids")
        .clock(CLOCK).build());
    assertThat(v.decision()).isEqualTo(Decision.DO_NOT_REPLY);
    Verdict both = playbook.check(Draft.builder("x", CLEAN_X)
        .inbound("tabloids, and my email is sam@example.com").clock(CLOCK).build());
    assertThat(both.decision()).isEqualTo(Decision.DO_NOT_REPLY);
    Verdict privately = playbook.check(Draft.builder("app-chat", "Hi Sam.")
        .inbound("I read it in the tabloids").clock(CLOCK).build());
    assertThat(privately.decision()).isEqualTo(Decision.READY);
    assertThat(privately.topics()).containsExactly("press-gossip");
  }

  @Test
  void privateChannelIgnoresMoveToPrivateButNotEscalation() {
    assertThat(check("app-chat", "my card 4111 1111 1111 1111", "Hi Sam.").decision())
        .isEqualTo(Decision.READY);
    assertThat(check("app-chat", "I want to sue", "Hi Sam.").decision())
        .isEqualTo(Decision.ESCALATE);
  }

  @Test
  void inboundFindingsNeverAskForARevision() {
    Verdict v = check("app-chat", "Barclays and HSBC are better, and I'm a journalist", "Hi Sam.");
    assertThat(v.findings()).allMatch(f -> f.text() == Finding.Text.INBOUND);
    assertThat(v.decision()).isEqualTo(Decision.ESCALATE); // media-enquiry, not revise
  }

  @Test
  void escalationRouteAndDeadlineComeFromTheFirstTierAndTheClock() {
    Verdict v = check("x", "I am going to take legal action", CLEAN_X);
    Verdict.Escalation e = v.escalation().orElseThrow();
    assertThat(e.path()).isEqualTo("legal-review");
    assertThat(e.topic()).isEqualTo("legal-proceedings");
    assertThat(e.team()).isEqualTo("Social care team leader");
    assertThat(e.queue()).contains("social-leads");
    assertThat(e.deadline()).isEqualTo(Instant.parse("2026-11-24T10:30:00Z"));
    assertThat(e.notifications()).singleElement()
        .satisfies(n -> assertThat(n.via() + " " + n.to()).isEqualTo("slack #social-leads"));
    assertThat(e.holdingTemplate()).contains("legal-holding");
    assertThat(e.takeOffline()).isTrue();
    assertThat(v.holdingTemplate()).contains("legal-holding");
    assertThat(v.seniorReviewRequired()).isTrue();
  }

  @Test
  void holdingTemplateFallsBackToThePath() {
    Verdict v = check("x", "I'm a reporter", CLEAN_X);
    assertThat(v.escalation()).get().extracting(Verdict.Escalation::path)
        .isEqualTo("press-office");
    assertThat(v.holdingTemplate()).isEmpty();
    Verdict vulnerable = check("x", "I was hurt", CLEAN_X);
    assertThat(vulnerable.holdingTemplate()).contains("move-to-dm");
    assertThat(vulnerable.escalation().orElseThrow().deadline())
        .isEqualTo(NOW.plusSeconds(15 * 60));
  }

  @Test
  void auditStampNamesThePlaybookAndTheClock() {
    Verdict.Audit audit = check("x", "", CLEAN_X).audit();
    assertThat(audit.playbookId()).isEqualTo("northbank-social");
    assertThat(audit.playbookVersion()).isEqualTo("2.4.0");
    assertThat(audit.sha256()).isEqualTo(Fixtures.retailBank().source().sha256());
    assertThat(audit.apiVersion()).isEqualTo("playbook.dev/v1");
    assertThat(audit.checkedAt()).isEqualTo(NOW);
  }

  @Test
  void shadowFindingsNeverChangeTheDecision() {
    CompiledPlaybook trial = Playbooks.compile(Fixtures.retailBank(Mode.SHADOW));
    Draft draft = Draft.builder("x", "Hi Sam, we guarantee a refund. ^PS")
        .inbound("I will sue you").clock(CLOCK).build();
    Verdict enforced = BANK.check(draft);
    Verdict shadow = trial.check(draft);
    assertThat(enforced.decision()).isEqualTo(Decision.ESCALATE);
    assertThat(shadow.decision()).isEqualTo(Decision.READY);
    assertThat(shadow.findings()).noneMatch(f -> f.ruleId().equals("no-guarantees")
        || f.ruleId().equals("legal-proceedings"));
    assertThat(shadow.shadowFindings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("no-guarantees", "legal-proceedings");
    assertThat(shadow.topics()).isEmpty();
    assertThat(shadow.escalation()).isEmpty();
    assertThat(shadow.seniorReviewRequired()).isFalse();
  }

  @Test
  void checklistItemsToConfirmByHand() {
    assertThat(check("x", "", CLEAN_X).toConfirm()).extracting(i -> i.id())
        .containsExactly("facts-checked", "right-customer");
  }

  @Test
  void findingsSayWhereTheRuleIsDefinedAndWhatToWriteInstead() {
    Finding f = check("app-chat", "", "Hi Sam, we'll utilise it.").findings().get(0);
    assertThat(f.ruleId()).isEqualTo("plain-words");
    assertThat(f.kind()).isEqualTo("banned");
    assertThat(f.location()).hasToString("playbook.yaml:81:7");
    assertThat(f.suggestions()).containsExactly("use");
    assertThat(f.matched()).isEqualTo("utilise");
    assertThat(f.span()).isEqualTo(new Span(14, 21));
    assertThat(f.topic()).isEmpty();
  }

  @Test
  void unknownChannelNamesTheKnownOnes() {
    assertThatThrownBy(() -> BANK.check(Draft.of("tiktok", "Hi")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiktok")
        .hasMessageContaining("x, facebook, app-chat");
    assertThat(BANK.channels()).containsExactly("x", "facebook", "app-chat");
  }

  @Test
  void maxLengthCountsCodePoints() {
    String fits = "😀".repeat(277) + "^PS"; // 280 code points, 557 UTF-16 units
    assertThat(check("x", "", fits).findings()).extracting(Finding::kind)
        .doesNotContain("channel-length");
    Verdict over = check("x", "", "😀".repeat(279) + "^PS");
    Finding f = over.findings().stream().filter(x -> x.kind().equals("channel-length"))
        .findFirst().orElseThrow();
    assertThat(f.ruleId()).isEqualTo("x.max-length");
    assertThat(f.span()).isEqualTo(new Span(559, 561));
    assertThat(f.matched()).isEqualTo("PS");
    assertThat(f.detail()).contains("282 characters, at most 280");
    assertThat(over.decision()).isEqualTo(Decision.REVISE);
  }

  @Test
  void readabilityReportsTheGrade() {
    String hard = "Notwithstanding the aforementioned contractual considerations, reimbursement "
        + "eligibility necessitates comprehensive documentation verification, institutional "
        + "authorisation, and subsequent administrative reconciliation procedures concerning "
        + "unauthorised transactional irregularities identified.";
    Finding f = check("app-chat", "", hard).findings().stream()
        .filter(x -> x.kind().equals("readability")).findFirst().orElseThrow();
    assertThat(f.detail()).get().asString().matches("grade \\d+\\.\\d, at most 8");
  }
}
