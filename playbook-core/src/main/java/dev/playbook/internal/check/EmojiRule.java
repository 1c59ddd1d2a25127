package dev.playbook.internal.check;

import dev.playbook.internal.text.Emoji;
import dev.playbook.internal.text.Spans;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: emoji}: at most {@code max} emoji, counted as {@link Emoji} describes (a flag, a
 * family or a thumbs-up with a skin tone is one). Every emoji beyond the limit is a finding.
 *
 * @param info the rule
 * @param max the most allowed
 */
public record EmojiRule(RuleInfo info, double max) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    if (!Emoji.mayHaveAny(draft.text())) {
      return;
    }
    Spans emoji = new Spans(2);
    Emoji.findAll(draft.text(), emoji);
    if (emoji.size() <= max) {
      return;
    }
    Optional<String> detail = Limits.countDetail(emoji.size(), max);
    for (int i = (int) Math.floor(max); i < emoji.size(); i++) {
      ctx.report(info, draft, emoji.start(i), emoji.end(i), List.of(), detail);
    }
  }
}
