package dev.playbook.internal.check;

import dev.playbook.Finding;
import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import dev.playbook.model.EscalationPath;
import dev.playbook.model.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A do-not-respond topic, recognised by any of its phrases, patterns or kinds of personal data,
 * in the customer's message, the draft or both ({@code lookIn}); the brand's published contact
 * details are not personal data here either. Every occurrence is a finding;
 * what the topic means for the decision is up to {@link Verdicts}. In a conversation's check the
 * findings in the customer's message were found once ({@link InboundAnalysis}) and are reported
 * as they are.
 *
 * @param info the topic as a rule
 * @param index the topic's index in the playbook
 * @param topic the topic
 * @param path its escalation path, resolved
 * @param owner the topic's index among phrase owners
 * @param exceptions the index among phrase owners of the topic's exceptions, or
 *     {@link Exceptions#NONE}: a phrase's hit wholly inside one of theirs in the same text does
 *     not count
 * @param patterns its patterns
 * @param personalData the indexes of its kinds of personal data
 *     ({@link Matching#personalDataPatterns})
 */
public record TopicRule(
    RuleInfo info,
    int index,
    Topic topic,
    Optional<EscalationPath> path,
    int owner,
    int exceptions,
    List<TextPattern> patterns,
    int[] personalData) implements Rule {

  public TopicRule {
    patterns = List.copyOf(patterns);
  }

  @Override
  public void check(CheckContext ctx) {
    Topic.LookIn lookIn = topic.recognise().lookIn();
    if (lookIn.inbound()) {
      List<Finding> known = ctx.conversationFindings(this);
      if (known != null) {
        ctx.reportTopicFindings(info, index, known);
      } else if (ctx.hasInbound()) {
        look(ctx, ctx.inboundText());
      }
    }
    if (lookIn.draft()) {
      look(ctx, ctx.draftText());
    }
  }

  private void look(CheckContext ctx, TextAnalysis in) {
    recognise(in, ctx.topicPlaces(info, index, in));
  }

  /** Receives the places a topic is recognised, as original {@code [start, end)} ranges. */
  interface Places {
    void accept(int start, int end);
  }

  /**
   * Every place this topic is recognised in {@code in}, in the order they are reported (the same
   * words may come more than once: the receiver keeps one). A check reports them as it goes; a
   * conversation keeps those in the customer's message ({@link InboundAnalysis}).
   */
  void recognise(TextAnalysis in, Places places) {
    if (in.original().isEmpty()) {
      return;
    }
    // Indexed loops: the iterators of for-each escaped and were a check's largest allocation.
    List<TextAnalysis.PhraseHit> hits = in.phraseHits(owner);
    List<TextAnalysis.PhraseHit> excepted =
        exceptions == Exceptions.NONE || hits.isEmpty() ? List.of() : in.phraseHits(exceptions);
    for (int i = 0, n = hits.size(); i < n; i++) {
      TextAnalysis.PhraseHit hit = hits.get(i);
      if (!excepted.isEmpty() && Exceptions.cover(excepted, hit)) {
        continue;
      }
      places.accept(hit.start(), hit.end());
    }
    if (!patterns.isEmpty()) {
      accept(in.patternMatches(patterns), places);
    }
    for (int kind : personalData) {
      accept(in.customerData(kind), places);
    }
  }

  private static void accept(Spans spans, Places places) {
    for (int i = 0; i < spans.size(); i++) {
      places.accept(spans.start(i), spans.end(i));
    }
  }
}
