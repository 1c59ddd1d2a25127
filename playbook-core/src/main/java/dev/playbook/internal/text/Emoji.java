package dev.playbook.internal.text;

/**
 * Finds emoji without ICU ({@code Character.isEmoji} is Java 21+), by code point ranges.
 *
 * <p>An emoji is one of: a code point in the pictographic blocks (U+1F000–U+1FAFF except skin
 * tones and regional indicators), Miscellaneous Symbols and Dingbats (U+2600–U+27BF), a few others
 * commonly shown as emoji (⌚ ⌛ ⏩–⏺ ⬅–⬇ ⬛ ⬜ ⭐ ⭕ 〰 〽 ㊗ ㊙); a pair of regional indicators (a flag);
 * or a keycap ({@code 1️⃣}). Whatever follows and belongs to it counts as the same emoji: variation
 * selectors, skin tones, tag characters, and further emoji joined with U+200D (a family, 👩‍💻). So
 * "👍🏽" is one emoji and "👍👍" two. It runs on the original text, where the joiners still are.
 */
public final class Emoji {

  private Emoji() {}

  /**
   * Whether {@code text} may hold an emoji: {@code false} when it has no character at or above
   * U+2000 ({@link NormalizedText#mayHaveEmoji}), or when the ASCII pass cut it alone, so that
   * besides ASCII it holds only characters that fold into ASCII punctuation one for one
   * ({@link Characters#asciiTwin}: curly quotes, dashes, typographic spaces), none of which
   * starts an emoji or is a keycap's mark. Most texts outside ASCII are such, and reading every
   * character of them for an emoji showed in profiles (~1% of a check).
   */
  public static boolean mayHaveAny(NormalizedText text) {
    return text.mayHaveEmoji() && !text.foldedAscii();
  }

  /** Adds the range of every emoji in {@code text} to {@code out}. */
  public static void findAll(String text, Spans out) {
    findAll(text, 0, out);
  }

  /**
   * Adds the range of every emoji in {@code text}'s original to {@code out}, reading it from where
   * its folded text stops being the original's ASCII characters one for one
   * ({@link NormalizedText#asciiPrefix}): before that stand only ASCII characters and characters
   * that fold into ASCII punctuation, none of which starts an emoji but a keycap's base, which
   * stands right before its mark (U+FE0F or U+20E3), the first character the fold had to read.
   */
  public static void findAll(NormalizedText text, Spans out) {
    findAll(text.original(), Math.max(0, text.asciiPrefix() - 1), out);
  }

  private static void findAll(String text, int from, Spans out) {
    int n = text.length();
    // Every emoji has a character at or above U+2000, a keycap too (U+20E3): without a keycap
    // mark the characters below it are skipped in a tight loop, with no test for a keycap's base.
    boolean keycaps = text.indexOf('\u20E3', from) >= 0;
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x2000 && (!keycaps || !isKeycapBase(c))) {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int start = i;
      int next = i + Character.charCount(cp);
      if (isRegionalIndicator(cp)) {
        if (next < n && isRegionalIndicator(text.codePointAt(next))) {
          next += 2;
          out.add(start, next);
        }
        i = next;
        continue;
      }
      if (isKeycapBase(cp)) {
        int j = next;
        if (j < n && text.charAt(j) == '\uFE0F') {
          j++;
        }
        if (j < n && text.charAt(j) == '\u20E3') {
          out.add(start, j + 1);
          i = j + 1;
        } else {
          i = next;
        }
        continue;
      }
      if (!isPictographic(cp)) {
        i = next;
        continue;
      }
      i = extend(text, next);
      out.add(start, i);
    }
  }

  /** The end of the emoji whose first code point ends at {@code i}. */
  private static int extend(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (cp == 0xFE0F || cp == 0xFE0E || isSkinTone(cp) || (cp >= 0xE0020 && cp <= 0xE007F)) {
        i += Character.charCount(cp);
      } else if (cp == 0x200D && i + 1 < n && isPictographic(text.codePointAt(i + 1))) {
        i += 1 + Character.charCount(text.codePointAt(i + 1));
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isKeycapBase(int cp) {
    return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  private static boolean isPictographic(int cp) {
    if (cp >= 0x1F000 && cp <= 0x1FAFF) {
      return !isSkinTone(cp) && !isRegionalIndicator(cp);
    }
    return (cp >= 0x2600 && cp <= 0x27BF)
        || cp == 0x231A || cp == 0x231B
        || (cp >= 0x23E9 && cp <= 0x23FA)
        || (cp >= 0x2B05 && cp <= 0x2B07)
        || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55
        || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
  }
}
