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
          Optional.of("grade " + oneDecimal(grade) + ", at most " + Limits.format(max)));
    }
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", value)} without a formatter, which cost a tenth of
   * the rule on drafts that fail it. The formatter rounds half up the shortest decimal form of the
   * value, which lies within an ulp of it (about 1e-14 for grades); unless ten times the value is
   * within 1e-9 of a half, rounding the value itself gives the same tenth. Near a half, the digits
   * of {@link Double#toString} are rounded half up: the formatter's digits (a grade such as 20.05,
   * from 46 words in one sentence, asked the formatter itself before, which cold cost microseconds
   * on the rare draft that needs it). Like the formatter, a negative value that rounds to zero
   * keeps its sign.
   */
  static String oneDecimal(double value) {
    double tenths = Math.abs(value) * 10;
    double fraction = tenths - Math.floor(tenths);
    if (!(tenths < 1e15)) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    long rounded;
    if (Math.abs(fraction - 0.5) < 1e-9) {
      String digits = Double.toString(Math.abs(value));
      int point = digits.indexOf('.');
      if (digits.indexOf('E') >= 0 || point < 0 || point + 2 >= digits.length()) {
        return String.format(Locale.ROOT, "%.1f", value);
      }
      // Half up on the digits: the hundredths decide, whatever follows them.
      rounded = Long.parseLong(digits, 0, point, 10) * 10 + (digits.charAt(point + 1) - '0')
          + (digits.charAt(point + 2) >= '5' ? 1 : 0);
    } else {
      rounded = (long) Math.floor(tenths + 0.5);
    }
    String sign = Double.compare(value, 0.0) < 0 ? "-" : "";
    return sign + rounded / 10 + "." + rounded % 10;
  }

  /** The Flesch-Kincaid grade. */
  public static double grade(int words, int sentences, int syllables) {
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }
}
