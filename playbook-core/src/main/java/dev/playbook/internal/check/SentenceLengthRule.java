package dev.playbook.internal.check;

import dev.playbook.internal.text.NormalizedText;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: sentence-length}: no sentence may have more than {@code max} words. Each long
 * sentence is a finding covering it. Sentences and words are as {@link NormalizedText} splits them
 * (a line break ends a sentence too).
 *
 * @param info the rule
 * @param max the most words allowed in a sentence
 */
public record SentenceLengthRule(RuleInfo info, double max) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    NormalizedText text = draft.text();
    for (int s = 0; s < text.sentenceCount(); s++) {
      int first = text.sentenceFirstToken(s);
      int end = text.sentenceEndToken(s);
      int words = end - first;
      if (words > max) {
        ctx.report(info, draft, text.originalStartOf(text.tokenStart(first)),
            text.originalEndOf(text.tokenEnd(end - 1)), List.of(),
            Optional.of(words + " words, at most " + Limits.format(max)));
      }
    }
  }
}
