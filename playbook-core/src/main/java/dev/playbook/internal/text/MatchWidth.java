package dev.playbook.internal.text;

/**
 * The most {@code char}s a match of a pattern (RE2 syntax) can span, worked out from its source.
 * A pattern whose matches are that short needs RE2/J only near a piece every match contains, not
 * on the whole text ({@link TextPattern}).
 *
 * <p>The reading is conservative: a character that may lie outside the BMP (two {@code char}s)
 * counts two, and anything it does not know for certain (an escape such as {@code \x41}, a
 * {@code \Q} quote, a brace that is not a repetition) makes the width {@link #UNBOUNDED}, as
 * {@code *}, {@code +} and {@code {n,}} do.
 */
final class MatchWidth {

  /** The width of a pattern whose matches may be any length, or that was not understood. */
  static final int UNBOUNDED = -1;

  /** Wider than this is not worth a window: it counts as {@link #UNBOUNDED}. */
  private static final int LIMIT = 1_000;

  private final String p;
  /** Whether an atom of white space only ({@code \s+}, {@code " ?"}) counts nothing. */
  private final boolean spaceRunsFree;
  private int i;
  /** Groups open around the reader: each is a level of recursion here. */
  private int depth;
  /**
   * Deeper than this the width is not worked out (the pattern is read whole): RE2/J compiles
   * patterns nested thousands deep, which would overflow the stack of a recursive reader.
   */
  private static final int DEEPEST = 100;
  /** Whether the atom just read matches only white space as RE2 reads {@code \s}. */
  private boolean atomIsSpace;

  private MatchWidth(String p, boolean spaceRunsFree) {
    this.p = p;
    this.spaceRunsFree = spaceRunsFree;
  }

  /** The most {@code char}s a match of {@code regex} spans, or {@link #UNBOUNDED}. */
  static int of(String regex) {
    return of(regex, false);
  }

  /**
   * The most {@code char}s other than white space ({@code [\t\n\f\r ]}) a match of
   * {@code regex} spans, or {@link #UNBOUNDED}: {@code \bwe\s+pay\b} matches any number of
   * spaces, but never more than five other characters.
   */
  static int outsideSpace(String regex) {
    return of(regex, true);
  }

  private static int of(String regex, boolean spaceRunsFree) {
    MatchWidth reading = new MatchWidth(regex, spaceRunsFree);
    try {
      int width = reading.alternation();
      return reading.i == regex.length() ? width : UNBOUNDED;
    } catch (GiveUp e) {
      return UNBOUNDED;
    }
  }

  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private int alternation() throws GiveUp {
    int width = concatenation();
    while (i < p.length() && p.charAt(i) == '|') {
      i++;
      width = Math.max(width, concatenation());
    }
    return width;
  }

  private int concatenation() throws GiveUp {
    int width = 0;
    while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
      atomIsSpace = false;
      int atom = atom();
      boolean space = atomIsSpace;
      int most = most();
      if (atom > 0 && !(space && spaceRunsFree)) {
        if (most < 0) {
          throw new GiveUp();
        }
        width += atom * most;
        if (width > LIMIT) {
          throw new GiveUp();
        }
      }
    }
    return width;
  }

  /** The most times a quantifier (if any) lets the atom before it repeat, -1 without a limit. */
  private int most() throws GiveUp {
    if (i >= p.length()) {
      return 1;
    }
    char c = p.charAt(i);
    int most;
    if (c == '*' || c == '+') {
      most = -1;
      i++;
    } else if (c == '?') {
      most = 1;
      i++;
    } else if (c == '{') {
      int close = p.indexOf('}', i);
      if (close < 0) {
        throw new GiveUp(); // RE2 reads such a brace as a character; not worth following
      }
      String body = p.substring(i + 1, close);
      int comma = body.indexOf(',');
      String least = comma < 0 ? body : body.substring(0, comma);
      String upTo = comma < 0 ? body : body.substring(comma + 1);
      if (!isNumber(least) || (comma >= 0 && !upTo.isEmpty() && !isNumber(upTo))) {
        throw new GiveUp();
      }
      most = upTo.isEmpty() ? -1 : Integer.parseInt(upTo);
      i = close + 1;
    } else {
      return 1;
    }
    if (i < p.length() && p.charAt(i) == '?') {
      i++; // lazy: the same strings
    }
    if (i < p.length() && "*+?{".indexOf(p.charAt(i)) >= 0) {
      throw new GiveUp();
    }
    return most;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private int atom() throws GiveUp {
    char c = p.charAt(i);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        i++;
        return 2;
      case '^':
      case '$':
        i++;
        return 0;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new GiveUp();
      default:
        if (Character.isHighSurrogate(c)) {
          i += i + 1 < p.length() && Character.isLowSurrogate(p.charAt(i + 1)) ? 2 : 1;
          return 2;
        }
        i++;
        atomIsSpace = c == ' ';
        // Outside ASCII, case folding may reach further than the character itself.
        return c < 0x80 ? 1 : 2;
    }
  }

  private int group() throws GiveUp {
    if (++depth > DEEPEST) {
      throw new GiveUp();
    }
    i++;
    if (i < p.length() && p.charAt(i) == '?') {
      int k = i + 1;
      if (k < p.length() && (p.charAt(k) == 'P' || p.charAt(k) == '<')) {
        int close = p.indexOf('>', k);
        if (close < 0) {
          throw new GiveUp();
        }
        i = close + 1;
      } else {
        while (k < p.length() && (Character.isLetter(p.charAt(k)) || p.charAt(k) == '-')) {
          k++;
        }
        if (k >= p.length()) {
          throw new GiveUp();
        }
        if (p.charAt(k) == ')') {
          i = k + 1; // flags only: (?i)
          depth--;
          return 0;
        }
        if (p.charAt(k) != ':') {
          throw new GiveUp();
        }
        i = k + 1;
      }
    }
    int width = alternation();
    if (i >= p.length() || p.charAt(i) != ')') {
      throw new GiveUp();
    }
    i++;
    depth--;
    atomIsSpace = false; // a group is no white-space atom, whatever it ends with
    return width;
  }

  private int characterClass() throws GiveUp {
    int start = ++i;
    int width = 1;
    if (i < p.length() && p.charAt(i) == '^') {
      width = 2; // "not these" takes in characters outside the BMP
      start = ++i;
    }
    while (i < p.length() && (p.charAt(i) != ']' || i == start)) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 >= p.length()) {
          throw new GiveUp();
        }
        char e = p.charAt(i + 1);
        if (e == 'p' || e == 'P' || e == 'D' || e == 'S' || e == 'W') {
          width = 2;
          if (e == 'p' || e == 'P') {
            if (i + 2 < p.length() && p.charAt(i + 2) == '{') {
              int close = p.indexOf('}', i);
              if (close < 0) {
                throw new GiveUp();
              }
              i = close + 1;
            } else {
              i += 3;
            }
            continue;
          }
        } else if (e != 'd' && e != 's' && e != 'w' && (e >= 0x80 || Character.isLetterOrDigit(e))) {
          throw new GiveUp(); // \x41, \Q and friends
        }
        i += 2;
        continue;
      }
      if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
        int close = p.indexOf(":]", i + 2);
        if (close < 0) {
          throw new GiveUp();
        }
        if (p.charAt(i + 2) == '^') {
          width = 2;
        }
        i = close + 2;
        continue;
      }
      if (c >= 0x80) {
        width = 2;
      }
      i++;
    }
    if (i >= p.length()) {
      throw new GiveUp();
    }
    i++;
    return width;
  }

  private int escape() throws GiveUp {
    if (i + 1 >= p.length()) {
      throw new GiveUp();
    }
    char e = p.charAt(i + 1);
    i += 2;
    switch (e) {
      case 's':
        atomIsSpace = true;
        return 1;
      case 'd':
      case 'w':
      case 'a':
      case 'f':
      case 't':
      case 'n':
      case 'r':
      case 'v':
        return 1;
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return 0;
      case 'D':
      case 'S':
      case 'W':
        return 2;
      default:
        if (e < 0x80 && !Character.isLetterOrDigit(e)) {
          return 1;
        }
        throw new GiveUp(); // \p, \x, \Q, octal and the like
    }
  }
}
