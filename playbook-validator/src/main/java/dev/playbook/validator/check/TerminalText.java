package dev.playbook.validator.check;

/**
 * How a line of a draft looks on a terminal: control characters made visible, and the display
 * column of every character, so an underline lands under the right words.
 *
 * <p>Columns are counted in code points, not UTF-16 units, with a width for each as a terminal
 * draws it (the {@code wcwidth} convention):
 *
 * <ul>
 *   <li>0 for combining marks (accents typed separately), format characters (zero-width space and
 *       joiner, bidi controls), variation selectors and emoji skin-tone modifiers, which join the
 *       character before them;
 *   <li>2 for East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms), emoji in
 *       the pictograph blocks, the symbols shown as emoji by default (such as ⌚ ☕ ⚡ ✅ ❌ ⭐), and
 *       any character followed by the emoji variation selector U+FE0F (❤️);
 *   <li>1 for everything else. A tab is shown as one space; other control characters, which could
 *       move the cursor or recolour the terminal, are shown as {@code \}{@code uXXXX} (six columns).
 * </ul>
 *
 * <p>A ZWJ sequence (👨‍👩‍👧) counts 2 for each emoji in it, as terminals without ZWJ support draw
 * it; on terminals that draw the family as one glyph, an underline after it is shifted to the
 * right. Java 17 has no East Asian Width property, so the wide ranges are listed here.
 */
final class TerminalText {

  /** Symbols in the BMP whose default presentation is emoji (Unicode's Emoji_Presentation). */
  private static final String EMOJI_PRESENTATION_BMP =
      "\u231A\u231B\u23E9\u23EA\u23EB\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615"
          + "\u2648\u2649\u264A\u264B\u264C\u264D\u264E\u264F\u2650\u2651\u2652\u2653"
          + "\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA"
          + "\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753"
          + "\u2754\u2755\u2757\u2795\u2796\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55";

  private final String shown;
  /** {@code columns[i]}: the display column where UTF-16 offset {@code i} of the line starts. */
  private final int[] columns;

  private TerminalText(String shown, int[] columns) {
    this.shown = shown;
    this.columns = columns;
  }

  /** Prepares {@code line} (no line breaks) for display. */
  static TerminalText of(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    int[] columns = new int[line.length() + 1];
    int column = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int next = i + Character.charCount(cp);
      for (int k = i; k < next; k++) {
        columns[k] = column;
      }
      if (cp == '\t') {
        sb.append(' ');
        column += 1;
      } else if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
        String escaped = String.format("\\u%04x", cp);
        sb.append(escaped);
        column += escaped.length();
      } else {
        sb.appendCodePoint(cp);
        boolean emojiStyle = next < line.length() && line.charAt(next) == '\uFE0F';
        column += emojiStyle && width(cp) == 1 ? 2 : width(cp);
      }
      i = next;
    }
    columns[line.length()] = column;
    return new TerminalText(sb.toString(), columns);
  }

  /** The line as it is printed. */
  String shown() {
    return shown;
  }

  /** The display column (0-based) where UTF-16 offset {@code offset} of the line starts. */
  int column(int offset) {
    return columns[offset];
  }

  /**
   * A {@code ^~~~} underline of the UTF-16 range {@code [start, end)} of the line: a caret under
   * the first column, tildes under the rest; a lone caret for an empty range.
   */
  String underline(int start, int end) {
    int from = column(start);
    int width = Math.max(1, column(end) - from);
    return " ".repeat(from) + "^" + "~".repeat(width - 1);
  }

  /** The display width of one printable code point: 0, 1 or 2. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0x1160 && cp <= 0x11FF)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F004 && cp <= 0x1F004) || (cp >= 0x1F0CF && cp <= 0x1F0CF)
        || (cp >= 0x1F18E && cp <= 0x1F18E) || (cp >= 0x1F191 && cp <= 0x1F19A)
        || (cp >= 0x1F200 && cp <= 0x1F2FF)
        || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF)
        || (cp >= 0x1F7E0 && cp <= 0x1F7EB) || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD)
        || (cp < 0x10000 && EMOJI_PRESENTATION_BMP.indexOf(cp) >= 0);
  }
}
