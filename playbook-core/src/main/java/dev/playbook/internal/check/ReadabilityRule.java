package dev.playbook.internal.check;

import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.Syllables;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code kind: readability}: the Flesch-Kincaid grade of the draft must not exceed {@code max}.
 *
 * <p>Grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59, with words and
 * sentences as the matcher splits them and syllables counted by {@link Syllables}. The formula
 * means little for a few words, so drafts of fewer than {@value #MIN_WORDS} words are not graded.
 * The finding covers the draft from its first word to its last.
 *
 * @param info the rule
 * @param max the highest grade allowed
 */
public record ReadabilityRule(RuleInfo info, double max) implements Rule {

  /** Drafts with fewer words than this are not graded. */
  public static final int MIN_WORDS = 20;

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    NormalizedText text = draft.text();
    Syllables.Tally tally = Syllables.tally(text);
    int words = tally.words();
    int syllables = tally.syllables();
    if (words < MIN_WORDS) {
      return;
    }
    double grade = grade(words, Math.max(1, text.sentenceCount()), syllables);
    if (grade > max) {
      int last = text.tokenCount() - 1;
      ctx.report(info, draft, text.originalStartOf(text.tokenStart(0)),
          text.originalEndOf(text.tokenEnd(last)), List.of(),
          Optional.of(String.format(Locale.ROOT, "grade %.1f, at most %s", grade, Limits.format(max))));
    }
  }

  /** The Flesch-Kincaid grade. */
  public static double grade(int words, int sentences, int syllables) {
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }
}
