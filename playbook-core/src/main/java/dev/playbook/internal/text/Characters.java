package dev.playbook.internal.text;

import java.text.Normalizer;

/**
 * Character classes the matcher relies on. Kept in one place so the normaliser, the tokeniser and
 * the emoji counter agree on what is invisible, what is a mark and what is a look-alike.
 */
public final class Characters {

  /** No character below U+0300 (the combining grave accent) is a mark. */
  static final int FIRST_MARK = 0x300;

  /**
   * Whether NFKC leaves a code point of planes 0 and 1 alone, by code point: 0 not asked yet, 1
   * yes, 2 no. Asking {@link Normalizer} costs a string and a look-up each time, and replies keep
   * using the same few characters outside Latin-1 (curly quotes, dashes, emoji). Filled as asked;
   * threads that race write the same value, and a byte is written whole.
   */
  private static final byte[] NFKC_STABLE = new byte[0x20000];

  /** A {@link #kindOf} bit: a letter, a decimal digit or a combining mark. */
  static final int WORD_PART = 1;
  /** A {@link #kindOf} bit: a decimal digit ({@link Character#isDigit}). */
  static final int DIGIT = 2;
  /** A {@link #kindOf} bit: a combining mark. */
  static final int MARK = 4;

  /**
   * The {@link #kindOf} of each character of the basic multilingual plane. Replies outside ASCII
   * are mostly in this plane (accented letters, curly quotes, dashes, kana and ideographs), and
   * one look-up here costs less than asking {@link Character#getType} once or twice. Filled a
   * block of 256 characters at a time as asked, so loading the class reads no more of Unicode
   * than the texts use; a block is published through a final field, so a thread that sees it
   * sees it whole, and threads that race build equal blocks.
   */
  private static final Block[] BMP = new Block[0x100];

  private record Block(byte[] kinds) {}

  private Characters() {}

  /**
   * What a code point is to the word cutter, from its general category: {@link #WORD_PART},
   * {@link #DIGIT} and {@link #MARK} bits (a digit and a mark are word parts too).
   */
  static int kindOf(int cp) {
    if (cp >= 0x10000) {
      return kindOfType(Character.getType(cp));
    }
    Block block = BMP[cp >> 8];
    if (block == null) {
      byte[] kinds = new byte[0x100];
      int first = cp & ~0xFF;
      for (int low = 0; low < kinds.length; low++) {
        kinds[low] = (byte) kindOfType(Character.getType(first | low));
      }
      block = new Block(kinds);
      BMP[cp >> 8] = block;
    }
    return block.kinds[cp & 0xFF];
  }

  private static int kindOfType(int type) {
    return switch (type) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER -> WORD_PART;
      case Character.DECIMAL_DIGIT_NUMBER -> WORD_PART | DIGIT;
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK -> WORD_PART | MARK;
      default -> 0;
    };
  }

  /**
   * White space as RE2 reads {@code \s}: ASCII space, tab, line feed, form feed and carriage
   * return (not the vertical tab). Patterns' prefilters and windows, and the link search, must
   * agree with RE2 on it.
   */
  static boolean isRe2Space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Whether NFKC maps the code point, alone, to itself. */
  public static boolean isNfkcStable(int cp) {
    if (cp >= NFKC_STABLE.length) {
      return Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }
    byte known = NFKC_STABLE[cp];
    if (known == 0) {
      boolean stable =
          Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      known = stable ? (byte) 1 : (byte) 2;
      NFKC_STABLE[cp] = known;
    }
    return known == 1;
  }

  /**
   * Whether a code point is invisible and must not break a word: zero-width spaces and joiners,
   * the soft hyphen, bidi controls, word joiners and variation selectors. Spammers and accidents
   * alike put them inside words ("gua\u200Brantee"), so they are dropped before matching.
   */
  public static boolean isInvisible(int cp) {
    return cp == 0x00AD
        || cp == 0x034F
        || cp == 0x061C
        || cp == 0x180E
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064)
        || (cp >= 0x2066 && cp <= 0x2069)
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** Whether a code point is a combining mark that belongs to the character before it. */
  public static boolean isMark(int cp) {
    if (cp < FIRST_MARK) {
      return false; // most characters asked about: letters and punctuation of Latin scripts
    }
    return (kindOf(cp) & MARK) != 0;
  }

  /** Whether a code point is part of a word: a letter, a digit or a combining mark. */
  public static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return (kindOf(cp) & WORD_PART) != 0;
  }

  /** Whether a code point is a decimal digit ({@link Character#isDigit}). */
  public static boolean isDigit(int cp) {
    return (kindOf(cp) & DIGIT) != 0;
  }

  /**
   * The ASCII twins of General Punctuation (U+2000 to U+205F), as {@link #asciiTwin} answers
   * them.
   */
  private static final char[] PUNCTUATION_TWIN = new char[0x60];

  static {
    for (int cp = 0x2000; cp <= 0x200A; cp++) {
      PUNCTUATION_TWIN[cp - 0x2000] = ' '; // the typographic spaces, NFKC's U+0020
    }
    PUNCTUATION_TWIN[0x202F - 0x2000] = ' ';
    PUNCTUATION_TWIN[0x205F - 0x2000] = ' ';
    for (int cp = 0x2010; cp <= 0x2015; cp++) {
      PUNCTUATION_TWIN[cp - 0x2000] = '-';
    }
    for (int cp = 0x2018; cp <= 0x201B; cp++) {
      PUNCTUATION_TWIN[cp - 0x2000] = '\'';
    }
    for (int cp = 0x201C; cp <= 0x201F; cp++) {
      PUNCTUATION_TWIN[cp - 0x2000] = '"';
    }
    PUNCTUATION_TWIN[0x2024 - 0x2000] = '.'; // one dot leader
    PUNCTUATION_TWIN[0x2032 - 0x2000] = '\'';
  }

  /**
   * The one ASCII character, neither letter nor digit, that the normaliser folds {@code c} into
   * when no combining mark follows it (NFKC, case folding, {@link #foldPunctuation}), or 0 when
   * it folds it into anything else: the curly quotes and apostrophes, the dashes, the prime and
   * the spaces replies put in place of ASCII ones (others of the kind, fullwidth punctuation
   * for one, go the long way).
   */
  static char asciiTwin(char c) {
    if (c < 0x2000) {
      return latinOneTwin(c);
    }
    if (c < 0x2000 + PUNCTUATION_TWIN.length) {
      return PUNCTUATION_TWIN[c - 0x2000];
    }
    return c == 0x2212 ? '-' : c == 0x3000 ? ' ' : 0;
  }

  private static char latinOneTwin(char c) {
    switch (c) {
      case 0x00A0: return ' ';
      case 0x00AB: case 0x00BB: return '"';
      case 0x00B4: return '\'';
      default: return 0;
    }
  }

  /**
   * Typographic variants folded to ASCII: curly quotes and apostrophes, primes, and every dash and
   * hyphen. Returns the code point unchanged when it has no ASCII form here.
   */
  public static int foldPunctuation(int cp) {
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
      case 0x00B4:
        return '\'';
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return '"';
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      case 0xFE58: case 0xFE63:
        return '-';
      default:
        return cp;
    }
  }

  /**
   * The Latin letter a Cyrillic or Greek look-alike stands for (lower case), or 0. Upper- and
   * lower-case forms are both listed because the decision is made on the character as written
   * (Cyrillic "В" looks like "B", its lower case "в" looks like nothing Latin).
   */
  public static char latinLookAlike(int cp) {
    switch (cp) {
      // Cyrillic lower case
      case 0x0430: return 'a';
      case 0x0435: return 'e';
      case 0x043E: return 'o';
      case 0x0440: return 'p';
      case 0x0441: return 'c';
      case 0x0443: return 'y';
      case 0x0445: return 'x';
      case 0x0455: return 's';
      case 0x0456: return 'i';
      case 0x0458: return 'j';
      case 0x04BB: return 'h';
      case 0x04CF: return 'l';
      case 0x0501: return 'd';
      case 0x051B: return 'q';
      case 0x051D: return 'w';
      // Cyrillic upper case
      case 0x0410: return 'a';
      case 0x0412: return 'b';
      case 0x0415: return 'e';
      case 0x041A: return 'k';
      case 0x041C: return 'm';
      case 0x041D: return 'h';
      case 0x041E: return 'o';
      case 0x0420: return 'p';
      case 0x0421: return 'c';
      case 0x0422: return 't';
      case 0x0423: return 'y';
      case 0x0425: return 'x';
      case 0x0405: return 's';
      case 0x0406: return 'i';
      case 0x0408: return 'j';
      // Greek lower case
      case 0x03B1: return 'a';
      case 0x03B5: return 'e';
      case 0x03B9: return 'i';
      case 0x03BA: return 'k';
      case 0x03BD: return 'v';
      case 0x03BF: return 'o';
      case 0x03C1: return 'p';
      case 0x03C4: return 't';
      case 0x03C5: return 'u';
      case 0x03C7: return 'x';
      // Greek upper case
      case 0x0391: return 'a';
      case 0x0392: return 'b';
      case 0x0395: return 'e';
      case 0x0396: return 'z';
      case 0x0397: return 'h';
      case 0x0399: return 'i';
      case 0x039A: return 'k';
      case 0x039C: return 'm';
      case 0x039D: return 'n';
      case 0x039F: return 'o';
      case 0x03A1: return 'p';
      case 0x03A4: return 't';
      case 0x03A5: return 'y';
      case 0x03A7: return 'x';
      // Latin letters that only look like ASCII ones
      case 0x0261: return 'g';
      case 0x0131: return 'i';
      default: return 0;
    }
  }
}
