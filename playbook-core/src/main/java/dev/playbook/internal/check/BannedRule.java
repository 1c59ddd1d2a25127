package dev.playbook.internal.check;

import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: banned}: words, phrases or patterns that must not appear in a draft. A phrase's
 * {@code instead} becomes the finding's suggestions.
 *
 * @param info the rule
 * @param owner the rule's index among phrase owners
 * @param patterns its patterns
 */
public record BannedRule(RuleInfo info, int owner, List<TextPattern> patterns) implements Rule {

  public BannedRule {
    patterns = List.copyOf(patterns);
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    // Indexed: the iterator of a for-each escapes (one per rule and check).
    List<TextAnalysis.PhraseHit> hits = draft.phraseHits(owner);
    for (int i = 0, n = hits.size(); i < n; i++) {
      TextAnalysis.PhraseHit hit = hits.get(i);
      ctx.report(info, draft, hit.start(), hit.end(), hit.phrase().instead(), Optional.empty());
    }
    if (patterns.isEmpty()) {
      return;
    }
    Spans matches = ctx.patternMatches(draft, patterns);
    for (int i = 0; i < matches.size(); i++) {
      ctx.report(info, draft, matches.start(i), matches.end(i));
    }
  }
}
