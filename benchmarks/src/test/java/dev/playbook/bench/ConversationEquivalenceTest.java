package dev.playbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Conversation;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On the benchmark's drafts, checking through the customer message's conversation gives exactly
 * the verdict of checking the draft carrying the message, for the reply and for each shorter
 * version of it an agent types on the way. Not a timing test.
 */
class ConversationEquivalenceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private static final List<Locale> LOCALES = List.of(Locale.UK, Locale.US, Locale.GERMANY);

  @Test
  void aConversationGivesTheVerdictsOfChecksWithTheMessage() {
    CompiledPlaybook engine = Playbooks.compile(
        Playbooks.load(Workload.playbookYaml(300, 42), "synthetic.yaml").orThrow());
    int checked = 0;
    List<Workload.Reply> replies = Workload.drafts(1000, 300, 7);
    for (int i = 0; i < replies.size(); i++) {
      Workload.Reply r = replies.get(i);
      Conversation conversation = engine.conversation(r.inbound());
      String reply = r.reply();
      for (int typed : new int[] {reply.length() / 3, reply.length() * 2 / 3, reply.length()}) {
        Draft.Builder draft = Draft.builder("x", reply.substring(0, typed)).clock(CLOCK);
        if (i % 4 != 3) {
          draft.locale(LOCALES.get((i + typed) % LOCALES.size()));
        }
        String keystroke = conversation.check(draft.build()).toJson();
        assertThat(keystroke).as(reply.substring(0, typed))
            .isEqualTo(engine.check(draft.inbound(r.inbound()).build()).toJson());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * replies.size());
  }
}
