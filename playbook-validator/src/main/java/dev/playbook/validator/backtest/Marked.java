package dev.playbook.validator.backtest;

import dev.playbook.validator.backtest.BacktestReport.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Customer text with the words a rule matched marked, escaped for the format it goes into. */
final class Marked {

  private Marked() {}

  /**
   * The text with each highlighted span (of this text) between {@code open} and {@code close};
   * overlapping spans are merged, and everything from the text goes through {@code escape}.
   */
  static String mark(String text, List<Highlight> highlights, boolean inbound,
      UnaryOperator<String> escape, String open, String close) {
    List<int[]> spans = new ArrayList<>();
    highlights.stream().filter(h -> h.inInbound() == inbound)
        .filter(h -> h.end() <= text.length())
        .sorted(Comparator.comparingInt(Highlight::start))
        .forEach(h -> {
          int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
          if (last != null && h.start() <= last[1]) {
            last[1] = Math.max(last[1], h.end());
          } else {
            spans.add(new int[] {h.start(), h.end()});
          }
        });
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      out.append(escape.apply(text.substring(at, span[0]))).append(open)
          .append(escape.apply(text.substring(span[0], span[1]))).append(close);
      at = span[1];
    }
    return out.append(escape.apply(text.substring(at))).toString();
  }

  /** Line breaks and tabs as spaces, for output that shows one reply per line. */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** A share as a percentage with one decimal, such as {@code 12.5%}; {@code -} of nothing. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /** A change in a count: {@code +28}, {@code -3}, {@code 0}. */
  static String change(long before, long after) {
    long d = after - before;
    return d > 0 ? "+" + d : Long.toString(d);
  }

  /** How many times the head's volume is the base's: {@code ×3.3}, {@code new}, {@code gone}. */
  static String ratio(long before, long after) {
    if (before == 0) {
      return after == 0 ? "" : "new";
    }
    if (after == 0) {
      return "gone";
    }
    return String.format(Locale.ROOT, "×%.1f", (double) after / before);
  }
}
