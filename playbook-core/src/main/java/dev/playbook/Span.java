package dev.playbook;

/**
 * A range of a text as the helpdesk passed it in: 0-based UTF-16 offsets, {@code [start, end)},
 * the same units as {@link String#substring(int, int)} and JavaScript string indices.
 *
 * <p>Spans never split a surrogate pair (an emoji) or a letter from its accents, and always point
 * into the original text even when the match was made on its normalised form (zero-width
 * characters removed, look-alike letters folded, compatibility forms expanded). An empty span
 * ({@code start == end}) marks a place, such as where a missing greeting belongs.
 *
 * <pre>{@code
 * Span span = finding.span();
 * String words = draft.text().substring(span.start(), span.end());
 * }</pre>
 *
 * @param start the first UTF-16 offset
 * @param end the offset just after the last
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }

  /** The number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers nothing (it marks a place). */
  public boolean isEmpty() {
    return start == end;
  }

  /** The covered part of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
