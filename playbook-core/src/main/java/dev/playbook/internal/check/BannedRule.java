package dev.playbook.internal.check;

import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: banned}: words, phrases or patterns that must not appear in a draft. A phrase's
 * {@code instead} becomes the finding's suggestions. A phrase's hit wholly inside a hit of one of
 * the rule's {@code exceptions} is not reported; its patterns are not affected.
 *
 * @param info the rule
 * @param owner the rule's index among phrase owners
 * @param exceptions the index among phrase owners of the rule's exceptions, or
 *     {@link Exceptions#NONE}
 * @param patterns its patterns
 */
public record BannedRule(RuleInfo info, int owner, int exceptions, List<TextPattern> patterns)
    implements Rule {

  public BannedRule {
    patterns = List.copyOf(patterns);
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    // Indexed: the iterator of a for-each escapes (one per rule and check).
    List<TextAnalysis.PhraseHit> hits = draft.phraseHits(owner);
    List<TextAnalysis.PhraseHit> excepted =
        exceptions == Exceptions.NONE || hits.isEmpty() ? List.of() : draft.phraseHits(exceptions);
    for (int i = 0, n = hits.size(); i < n; i++) {
      TextAnalysis.PhraseHit hit = hits.get(i);
      if (!excepted.isEmpty() && Exceptions.cover(excepted, hit)) {
        continue;
      }
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
