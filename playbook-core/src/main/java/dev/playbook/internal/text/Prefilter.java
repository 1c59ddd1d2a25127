package dev.playbook.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap necessary condition for a pattern to match, worked out once from its source: literal
 * runs it cannot match without ("pay" in {@code \bwe\s+will\s+pay\b}), a digit it needs
 * ({@code \d{8}}), or one of a group of literal alternatives ({@code (?:BBC|Guardian)}). Checking
 * these with {@code indexOf} on the folded text lets most drafts skip most patterns: RE2/J is
 * linear but not fast, and a helpdesk checks every draft.
 *
 * <p>The analysis is conservative: anything it does not understand (a top-level alternation,
 * Unicode classes, flags) yields a filter that always says "maybe". A filter never rejects a text
 * the pattern could match, because every requirement it keeps is on a part of the pattern that
 * every match must include.
 */
final class Prefilter {

  /** The filter for patterns it cannot reason about. */
  static final Prefilter ALWAYS = new Prefilter(List.of(), 0, List.of(), List.of());

  /** A letter class ({@code [A-Z]}) where a pair needs one. */
  private static final char LETTER = '\uE000';
  /** {@code \d} where a pair needs one. */
  private static final char DIGIT = '\uE001';

  /**
   * Two characters the pattern needs side by side ({@code [A-Z]\d} needs a letter right before a
   * digit): each a literal (lower case), {@link #LETTER} or {@link #DIGIT}.
   */
  record Pair(char first, char second) {

    boolean occursIn(String folded) {
      for (int i = 0; i + 1 < folded.length(); i++) {
        if (is(first, folded.charAt(i)) && is(second, folded.charAt(i + 1))) {
          return true;
        }
      }
      return false;
    }

    private static boolean is(char wanted, char c) {
      if (wanted == LETTER) {
        return Character.isLetter(c);
      }
      if (wanted == DIGIT) {
        return Character.isDigit(c);
      }
      return c == wanted;
    }
  }

  /**
   * A literal run the pattern needs, and whether the pattern puts a word boundary ({@code \b}, or
   * white space that is not optional) right before or after it. "pay" in {@code \s+pay\b} must
   * stand alone: "payment" does not count.
   */
  record Literal(String text, boolean boundaryBefore, boolean boundaryAfter) {

    boolean occursIn(String folded) {
      if (!boundaryBefore && !boundaryAfter) {
        return folded.contains(text);
      }
      for (int at = folded.indexOf(text); at >= 0; at = folded.indexOf(text, at + 1)) {
        int end = at + text.length();
        if ((!boundaryBefore || at == 0 || !isWordChar(folded.charAt(at - 1)))
            && (!boundaryAfter || end == folded.length() || !isWordChar(folded.charAt(end)))) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Literal> literals;
  /**
   * The longest run of digits the pattern needs ({@code \d{8}} needs 8; a class such as
   * {@code [0-9-]} counts once), 0 for none.
   */
  private final int digits;
  private final List<List<String>> anyOf;
  private final List<Pair> pairs;

  private Prefilter(List<Literal> literals, int digits, List<List<String>> anyOf,
      List<Pair> pairs) {
    this.literals = List.copyOf(literals);
    this.digits = digits;
    this.anyOf = List.copyOf(anyOf);
    this.pairs = List.copyOf(pairs);
  }

  /** A word character as RE2's {@code \b} sees it (ASCII only). */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether the pattern might match the folded text. */
  boolean mayMatch(String folded) {
    for (Literal literal : literals) {
      if (!literal.occursIn(folded)) {
        return false;
      }
    }
    if (digits > 0 && !hasDigits(folded, digits)) {
      return false;
    }
    for (Pair pair : pairs) {
      if (!pair.occursIn(folded)) {
        return false;
      }
    }
    for (List<String> alternatives : anyOf) {
      boolean any = false;
      for (String a : alternatives) {
        if (folded.contains(a)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} has {@code run} digits in a row. */
  private static boolean hasDigits(String s, int run) {
    int seen = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        if (++seen >= run) {
          return true;
        }
      } else {
        seen = 0;
      }
    }
    return false;
  }

  /** Works out the filter for a pattern (RE2 syntax). */
  static Prefilter of(String regex) {
    try {
      return new Analysis(regex).run();
    } catch (GiveUp e) {
      return ALWAYS;
    }
  }

  private static final class GiveUp extends Exception {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final class Analysis {
    private static final int ONCE = 0;
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;
    private final String p;
    private int i;
    private final List<Literal> literals = new ArrayList<>();
    private final List<List<String>> anyOf = new ArrayList<>();
    private final List<Pair> pairs = new ArrayList<>();
    /** What the last atom must have matched as its last character, or 0 if unknown. */
    private char previous;
    private int digits;
    /** The least number of times the last quantifier allows (1 without one). */
    private int least;
    private final StringBuilder run = new StringBuilder();
    /** Whether the run being read started right after a boundary. */
    private boolean runAfterBoundary;
    /** Whether the last atom read was a boundary. */
    private boolean afterBoundary;

    Analysis(String p) {
      this.p = p;
    }

    Prefilter run() throws GiveUp {
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '|' || c == ')') {
          throw new GiveUp();
        }
        Atom atom = atom();
        int quantifier = quantifier();
        boolean boundary = atom.boundary && quantifier != OPTIONAL;
        char current = quantifier == OPTIONAL ? 0 : atom.pairChar();
        if (previous != 0 && current != 0) {
          pairs.add(new Pair(previous, current));
        }
        previous = current;
        if (quantifier == OPTIONAL || atom.kind == Kind.NONE) {
          endRun(boundary);
          afterBoundary = boundary;
          continue;
        }
        switch (atom.kind) {
          case LITERAL:
            if (quantifier == REPEATED) {
              endRun(false); // "ab+c" needs "a" and "bc", not "abc"
              run.append(atom.literal);
              runAfterBoundary = false;
              endRun(false);
            } else {
              if (run.length() == 0) {
                runAfterBoundary = afterBoundary;
              }
              run.append(atom.literal);
            }
            break;
          case DIGIT:
            endRun(false);
            digits = Math.max(digits, atom.literal == 'd' ? least : 1);
            break;
          default:
            endRun(false);
            anyOf.add(atom.alternatives);
        }
        afterBoundary = false;
      }
      endRun(false);
      return new Prefilter(literals, digits, anyOf, pairs);
    }

    /**
     * Ends the literal run; {@code boundaryNext} when a boundary follows it. A boundary only says
     * something about a run's neighbour when the run's letter at that side is a word character
     * (a {@code \b} after "%" means a word character follows).
     */
    private void endRun(boolean boundaryNext) {
      if (run.length() > 0) {
        String text = run.toString().toLowerCase(Locale.ROOT);
        literals.add(new Literal(text,
            runAfterBoundary && isWordChar(text.charAt(0)),
            boundaryNext && isWordChar(text.charAt(text.length() - 1))));
        run.setLength(0);
      }
      runAfterBoundary = false;
    }

    /** Reads a quantifier if there is one: {@link #ONCE}, {@link #OPTIONAL} or {@link #REPEATED}. */
    private int quantifier() throws GiveUp {
      least = 1;
      if (i >= p.length()) {
        return ONCE;
      }
      char c = p.charAt(i);
      int kind;
      if (c == '?' || c == '*') {
        kind = OPTIONAL;
        i++;
      } else if (c == '+') {
        kind = REPEATED;
        i++;
      } else if (c == '{') {
        int close = p.indexOf('}', i);
        if (close < 0) {
          throw new GiveUp();
        }
        String body = p.substring(i + 1, close);
        kind = body.startsWith("0") || body.startsWith(",") ? OPTIONAL : REPEATED;
        int comma = body.indexOf(',');
        try {
          least = Math.max(1, Integer.parseInt(comma < 0 ? body : body.substring(0, comma)));
        } catch (NumberFormatException e) {
          throw new GiveUp();
        }
        i = close + 1;
      } else {
        return ONCE;
      }
      if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
        i++;
      }
      return kind;
    }

    private Atom atom() throws GiveUp {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 >= p.length()) {
          throw new GiveUp();
        }
        char e = p.charAt(i + 1);
        i += 2;
        if (e == 'd') {
          Atom d = new Atom(Kind.DIGIT);
          d.literal = 'd'; // \d itself, whose every repetition is a digit
          return d;
        }
        if (e == 'b' || e == 's') {
          Atom boundary = new Atom(Kind.NONE);
          boundary.boundary = true;
          return boundary;
        }
        if ("BAzSwWD".indexOf(e) >= 0) {
          return new Atom(Kind.NONE);
        }
        if (!Character.isLetterOrDigit(e)) {
          return Atom.literal(e);
        }
        throw new GiveUp(); // \p{..}, \x.., \Q..\E and friends
      }
      if (c == '[') {
        return charClass();
      }
      if (c == '(') {
        return group();
      }
      i++;
      if (c == '.' || c == '^' || c == '$') {
        return new Atom(Kind.NONE);
      }
      if (Character.isLetterOrDigit(c) || " '\"-_,:;!@#%&=<>/~`".indexOf(c) >= 0) {
        return Atom.literal(c);
      }
      throw new GiveUp();
    }

    private Atom charClass() throws GiveUp {
      int start = ++i;
      boolean onlyDigits = true;
      boolean onlyLetters = true;
      if (i < p.length() && p.charAt(i) == '^') {
        onlyDigits = false;
        onlyLetters = false;
        i++;
      }
      while (i < p.length() && (p.charAt(i) != ']' || i == start)) {
        char c = p.charAt(i);
        if (c == '\\' && i + 1 < p.length()) {
          onlyDigits &= p.charAt(i + 1) == 'd';
          onlyLetters = false;
          i += 2;
          continue;
        }
        if (c == '[') {
          throw new GiveUp(); // [[:alpha:]]
        }
        onlyDigits &= (c >= '0' && c <= '9') || c == '-';
        // "A-Z": letters and the dash of a range between two letters
        onlyLetters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c == '-' && i > start && i + 1 < p.length()
                && sameCaseLetters(p.charAt(i - 1), p.charAt(i + 1)));
        i++;
      }
      if (i >= p.length()) {
        throw new GiveUp();
      }
      i++;
      Atom atom = new Atom(onlyDigits ? Kind.DIGIT : Kind.NONE);
      atom.letters = onlyLetters && !onlyDigits;
      return atom;
    }

    /** "A-Z" or "a-z", not "A-z" (which takes in "[", "_" and more). */
    private static boolean sameCaseLetters(char a, char b) {
      return (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z')
          || (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z');
    }

    private Atom group() throws GiveUp {
      int depth = 0;
      int start = i;
      for (; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          throw new GiveUp();
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          break;
        }
      }
      if (i >= p.length()) {
        throw new GiveUp();
      }
      String body = p.substring(start + 1, i);
      i++;
      if (body.startsWith("?:")) {
        body = body.substring(2);
      } else if (body.startsWith("?")) {
        throw new GiveUp(); // flags or named groups
      }
      List<String> alternatives = new ArrayList<>();
      for (String alternative : body.split("\\|", -1)) {
        if (alternative.isEmpty() || !alternative.chars().allMatch(Character::isLetterOrDigit)) {
          return new Atom(Kind.NONE);
        }
        alternatives.add(alternative.toLowerCase(Locale.ROOT));
      }
      Atom atom = new Atom(Kind.ANY_OF);
      atom.alternatives = alternatives;
      return atom;
    }
  }

  private enum Kind { NONE, LITERAL, DIGIT, ANY_OF }

  private static final class Atom {
    final Kind kind;
    /** {@code \b} or {@code \s}: no word character on one side. */
    boolean boundary;
    /** A class of ASCII letters only ({@code [A-Z]}). */
    boolean letters;
    char literal;

    /** What the atom's last character must be, for a {@link Pair}; 0 when it says nothing. */
    char pairChar() {
      if (kind == Kind.LITERAL) {
        return Character.toLowerCase(literal);
      }
      if (kind == Kind.DIGIT && literal == 'd') {
        return DIGIT;
      }
      return letters ? LETTER : 0;
    }
    List<String> alternatives;

    Atom(Kind kind) {
      this.kind = kind;
    }

    static Atom literal(char c) {
      Atom a = new Atom(Kind.LITERAL);
      a.literal = c;
      return a;
    }
  }
}
