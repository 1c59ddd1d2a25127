package dev.playbook.internal.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A channel's {@code maxLength}: the draft may have at most that many characters, counted as
 * Unicode code points of the text as given (an emoji is one, "é" written as e + accent is two).
 * The finding covers the part past the limit.
 *
 * <p>Immutable in what it reports; its cache of details is shared by every thread.
 */
public final class ChannelLengthRule implements Rule {

  /** Details are kept for drafts up to this many code points past the limit. */
  static final int CACHED_DETAILS = 512;

  private final RuleInfo info;
  private final int max;
  /**
   * By code points past the limit less one, the finding's detail, made on first use: on a short
   * channel (x: 280) most drafts are over the limit, and building the same few strings again on
   * every check showed in profiles. Each entry is an immutable value, so a race only builds one
   * twice.
   */
  private final AtomicReferenceArray<Optional<String>> details =
      new AtomicReferenceArray<>(CACHED_DETAILS);

  /**
   * @param info the rule
   * @param max the most code points allowed
   */
  public ChannelLengthRule(RuleInfo info, int max) {
    this.info = info;
    this.max = max;
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  /** The most code points allowed. */
  public int max() {
    return max;
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    String text = draft.original();
    int n = text.length();
    if (n <= max) {
      return;
    }
    int length = text.codePointCount(0, n);
    if (length > max) {
      ctx.report(info, draft, limit(text, length, max), n, List.of(), detail(length));
    }
  }

  /**
   * Where the code point after the first {@code max} of {@code text} starts, given its
   * {@code length} in code points (more than {@code max}). Walked back from the end, past the few
   * code points over the limit rather than the many under it: surrogates pair the same way in
   * either direction (a pair is a high surrogate right before a low one, and two pairs cannot
   * share a char), so the place is the one {@code text.offsetByCodePoints(0, max)} finds.
   */
  static int limit(String text, int length, int max) {
    // Without a surrogate pair every char is a code point: no walk at all.
    return length == text.length() ? max : text.offsetByCodePoints(text.length(), max - length);
  }

  private Optional<String> detail(int length) {
    int over = length - max - 1;
    if (over >= CACHED_DETAILS) {
      return Optional.of(describe(length, max));
    }
    Optional<String> detail = details.get(over);
    if (detail == null) {
      detail = Optional.of(describe(length, max));
      details.set(over, detail);
    }
    return detail;
  }

  static String describe(int length, int max) {
    return length + " characters, at most " + max;
  }
}
