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
    // Counted in one pass that also remembers the first mark over the limit, where the
    // findings start, and the last, where they end: reporting them need not read the text after
    // it again.
    int allowed = Math.max(0, (int) Math.floor(max));
    int total = 0;
    int firstOver = -1;
    int last = -1;
    for (int i = folded.indexOf('!'); i >= 0; i = folded.indexOf('!', i + 1)) {
      if (total++ == allowed) {
        firstOver = i;
      }
      last = i;
    }
    if (total <= max || firstOver < 0) {
      return;
    }
    Optional<String> detail = Limits.countDetail(total, max);
    for (int i = firstOver; ; i = folded.indexOf('!', i + 1)) {
      ctx.report(info, draft, text.originalStartOf(i), text.originalEndOf(i + 1), List.of(),
          detail);
      if (i == last) {
        return;
      }
    }
  }
}
