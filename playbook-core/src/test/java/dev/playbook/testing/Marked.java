package dev.playbook.testing;

import dev.playbook.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A text with expected spans marked inline as {@code ⟦...⟧}: the markers are removed and their
 * positions (UTF-16 offsets in the text without markers) kept, so nobody counts offsets by hand.
 *
 * @param text the text without markers
 * @param spans the marked spans, in order
 */
public record Marked(String text, List<Span> spans) {

  /** The open marker. */
  public static final char OPEN = '\u27E6';
  /** The close marker. */
  public static final char CLOSE = '\u27E7';

  /** Parses a marked text. */
  public static Marked parse(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN) {
        if (open >= 0) {
          throw new IllegalArgumentException("nested marker in: " + marked);
        }
        open = text.length();
      } else if (c == CLOSE) {
        if (open < 0) {
          throw new IllegalArgumentException("unopened marker in: " + marked);
        }
        spans.add(new Span(open, text.length()));
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException("unclosed marker in: " + marked);
    }
    return new Marked(text.toString(), List.copyOf(spans));
  }

  /** The text with these spans marked, to show what was found in a failure message. */
  public static String mark(String text, List<Span> spans) {
    StringBuilder out = new StringBuilder(text);
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> b.start() != a.start() ? b.start() - a.start() : b.end() - a.end());
    for (Span s : sorted) {
      out.insert(s.end(), CLOSE);
      out.insert(s.start(), OPEN);
    }
    return out.toString();
  }
}
