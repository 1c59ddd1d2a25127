package dev.playbook.internal.check;

import java.util.List;
import java.util.Optional;

/**
 * A channel's {@code maxLength}: the draft may have at most that many characters, counted as
 * Unicode code points of the text as given (an emoji is one, "é" written as e + accent is two).
 * The finding covers the part past the limit.
 *
 * @param info the rule
 * @param max the most code points allowed
 */
public record ChannelLengthRule(RuleInfo info, int max) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    String text = draft.original();
    if (text.length() <= max) {
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      // Without a surrogate pair every char is a code point: no need to walk to the limit.
      int at = length == text.length() ? max : text.offsetByCodePoints(0, max);
      ctx.report(info, draft, at, text.length(), List.of(),
          Optional.of(length + " characters, at most " + max));
    }
  }
}
