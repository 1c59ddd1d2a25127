package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Decision;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every example playbook ships {@code drafts.jsonl}: realistic drafts, one per line, each with
 * the decision the playbook must reach ({@code expect}). They show authors what each decision
 * looks like, and this test keeps them true.
 */
class ExampleDraftsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "retail-bank, ESCALATE DO_NOT_REPLY MOVE_TO_PRIVATE REVISE READY",
      "public-agency, ESCALATE DO_NOT_REPLY MOVE_TO_PRIVATE REVISE READY",
      // No airline topic forbids a public reply without escalating or moving to private.
      "airline, ESCALATE MOVE_TO_PRIVATE REVISE READY",
      "group-baseline, ESCALATE DO_NOT_REPLY MOVE_TO_PRIVATE REVISE READY",
      // A playbook that extends the group baseline: its drafts also show the inherited, locked rules at work.
      "brand-uk, ESCALATE DO_NOT_REPLY MOVE_TO_PRIVATE REVISE READY"})
  void everyDraftGetsItsExpectedDecision(String example, String decisions) throws IOException {
    Path dir = Path.of("../examples", example);
    CompiledPlaybook engine = Playbooks.compile(Playbooks.load(dir).orThrow());
    List<String> failures = new ArrayList<>();
    Set<Decision> seen = EnumSet.noneOf(Decision.class);
    List<String> lines = Files.readAllLines(dir.resolve("drafts.jsonl"));
    for (int i = 0; i < lines.size(); i++) {
      JsonNode c = JSON.readTree(lines.get(i));
      Draft.Builder draft = Draft.builder(c.get("channel").asText(), c.get("draft").asText())
          .inbound(c.path("inbound").asText(""));
      if (c.hasNonNull("customerName")) {
        draft.customerName(c.get("customerName").asText());
      }
      Verdict verdict = engine.check(draft.build());
      Decision expected = Decision.valueOf(c.get("expect").asText());
      seen.add(expected);
      if (verdict.decision() != expected) {
        failures.add("drafts.jsonl:" + (i + 1) + " " + c.get("id").asText() + ": expected "
            + expected + " but was " + verdict.decision() + " " + verdict.toJson());
      }
    }
    assertThat(failures).isEmpty();
    Set<Decision> wanted = EnumSet.noneOf(Decision.class);
    for (String d : decisions.split(" ")) {
      wanted.add(Decision.valueOf(d));
    }
    assertThat(seen).as("decisions shown by %s/drafts.jsonl", example).isEqualTo(wanted);
  }
}
