package dev.playbook.internal.check;

import dev.playbook.internal.text.NormalizedText;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: exclamations}: at most {@code max} exclamation marks. Fullwidth and doubled forms
 * (！, ‼) count after normalisation ("‼" is two). Every mark beyond the limit is a finding.
 *
 * @param info the rule
 * @param max the most allowed
 */
public record ExclamationsRule(RuleInfo info, double max) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    NormalizedText text = draft.text();
    String folded = text.folded();
    int total = 0;
    for (int i = folded.indexOf('!'); i >= 0; i = folded.indexOf('!', i + 1)) {
      total++;
    }
    if (total <= max) {
      return;
    }
    int seen = 0;
    for (int i = folded.indexOf('!'); i >= 0; i = folded.indexOf('!', i + 1)) {
      seen++;
      if (seen > max) {
        ctx.report(info, draft, text.originalStartOf(i), text.originalEndOf(i + 1), List.of(),
            Optional.of(Limits.count(total, max)));
      }
    }
  }
}
