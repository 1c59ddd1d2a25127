package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.model.Mode;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Playbook;
import dev.playbook.model.Scope;
import dev.playbook.model.Severity;
import dev.playbook.model.Topic;
import dev.playbook.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The compiler numbers every kind of personal data and a check reads each kind's patterns by
 * number: a built-in kind with patterns of its own, a kind declared only by its patterns, one
 * with patterns no rule names, one named but never declared, and the same kind named by a rule
 * and a topic each find what they did when kinds were looked up by name.
 */
class PersonalDataKindsTest {

  private static final String DRAFT =
      "Hi, write to sam@example.com or mail:sam, member M123456, card 4111 1111 1111 1111, "
          + "see https://northbank.example/zz1 zz2. ^PS";

  @Test
  void everyKindFindsItsOwnPatternsAndDetectors() {
    Playbook base = Fixtures.retailBank();
    Map<String, List<String>> patterns = new LinkedHashMap<>();
    patterns.put("member-id", List.of("\\bM\\d{6}\\b"));
    patterns.put("unnamed", List.of("\\bzz\\d\\b"));
    patterns.put("email-address", List.of("\\bmail:\\w+"));
    patterns.put("url", List.of("\\bzz2\\b"));
    PersonalData personalData = new PersonalData(Optional.of("GB"), patterns, List.of(
        new PersonalData.Rule("no-ids", List.of("never-declared", "member-id", "email-address",
            "url", "card-number"), Severity.ERROR, Mode.ENFORCE, "No ids.", Optional.empty(),
            Scope.EVERYWHERE, base.source().location())));
    Topic members = Fixtures.topic("members", List.of(), List.of(),
        List.of("member-id", "card-number"), Topic.LookIn.DRAFT,
        Fixtures.outcome(true, null, false, null), Mode.ENFORCE, 1);
    Playbook playbook = new Playbook(base.apiVersion(), base.metadata(), base.channels(),
        base.tone(), List.of(members), base.escalationPaths(), base.templates(), personalData,
        base.checklist(), base.source());

    List<Finding> findings = CompiledPlaybook.compile(playbook).check(Draft.of("x", DRAFT))
        .findings();

    assertThat(findings.stream().filter(f -> f.ruleId().equals("no-ids"))
        .map(f -> f.detail().orElse("") + " " + f.matched()))
        .containsExactlyInAnyOrder("member-id M123456", "email-address sam@example.com",
            "email-address mail:sam", "url https://northbank.example/zz1",
            "card-number 4111 1111 1111 1111");
    assertThat(findings.stream().filter(f -> f.ruleId().equals("members")).map(Finding::matched))
        .containsExactlyInAnyOrder("M123456", "4111 1111 1111 1111");
  }
}
