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
  static final Prefilter ALWAYS =
      new Prefilter(List.of(), 0, List.of(), List.of(), List.of(), List.of());

  /** A letter class ({@code [A-Z]}) where a sequence needs one. */
  private static final char LETTER = '\uE000';
  /** {@code \d} where a sequence needs one. */
  private static final char DIGIT = '\uE001';
  /** {@code \s} where a sequence needs one. */
  private static final char SPACE = '\uE002';
  /** A class of ASCII characters ({@code [A-Z\d]}, {@code \w}): one character, any. */
  private static final char ANY = '\uE003';

  /**
   * Characters the pattern needs side by side, and whether it needs a word boundary ({@code \b})
   * right before or after them: {@code \d[A-Z]{2}\b} needs a digit, two letters and then no word
   * character. Each element is a literal (lower case), {@link #LETTER}, {@link #DIGIT},
   * {@link #SPACE} or {@link #ANY}. Every element stands for exactly one character of the text:
   * only atoms that can never match a character outside the BMP become elements.
   */
  record Sequence(String elements, boolean boundaryBefore, boolean boundaryAfter, int anchor,
      long digitOffsets, long letterOffsets) implements SideBySide {

    Sequence(String elements, boolean boundaryBefore, boolean boundaryAfter) {
      this(elements, boundaryBefore, boundaryAfter, anchorOf(elements),
          offsetsOf(elements, DIGIT), offsetsOf(elements, LETTER));
    }

    /** Bit {@code k}: element {@code k} (of the first 64) is {@code e}. */
    private static long offsetsOf(String elements, char e) {
      long offsets = 0;
      for (int k = 0; k < Math.min(64, elements.length()); k++) {
        offsets |= elements.charAt(k) == e ? 1L << k : 0;
      }
      return offsets;
    }

    /**
     * The element to look for first: the one fewest characters of a reply are (punctuation, then
     * a digit, a letter, white space, any letter).
     */
    private static int anchorOf(String elements) {
      int best = 0;
      for (int k = 1; k < elements.length(); k++) {
        if (rarity(elements.charAt(k)) > rarity(elements.charAt(best))) {
          best = k;
        }
      }
      return best;
    }

    private static int rarity(char e) {
      switch (e) {
        case ANY:
          return 0;
        case LETTER:
          return 1;
        case SPACE:
          return 2;
        case DIGIT:
          return 4;
        default:
          return e >= 'a' && e <= 'z' ? 3 : 5;
      }
    }

    @Override
    public boolean occursIn(String folded, WordSketch sketch) {
      return find(folded, 0, sketch) >= 0;
    }

    /**
     * Where the sequence first occurs at or after {@code from}, or -1, as {@link #find(String,
     * int)} finds; a sequence that would look for a digit or a letter first, or has one and the
     * text's {@code sketch} (if not {@code null}) already knows where its digits and letters may
     * be, reads those places instead: where every digit and letter element of the sequence may
     * stand on one, 64 at a time, each then checked in full.
     */
    int find(String folded, int from, WordSketch sketch) {
      char first = elements.charAt(anchor);
      if (sketch == null || (first != DIGIT && first != LETTER
          && ((digitOffsets | letterOffsets) == 0 || !sketch.classified()))) {
        return find(folded, from);
      }
      int lastStart = folded.length() - elements.length();
      if (from > lastStart) {
        return -1;
      }
      long[] digits = sketch.digits();
      long[] letters = sketch.letters();
      int lastWord = lastStart >>> 6;
      for (int w = from >>> 6; w <= lastWord; w++) {
        long candidates = w == from >>> 6 ? -1L << from : -1L;
        if (w == lastWord) {
          candidates &= -1L >>> (63 - (lastStart & 63));
        }
        candidates &= candidates(digits, letters, w);
        for (; candidates != 0; candidates &= candidates - 1) {
          int at = w << 6 | Long.numberOfTrailingZeros(candidates);
          if (matchesAt(folded, at)) {
            return at;
          }
        }
      }
      return -1;
    }

    /**
     * Bit {@code i}: the sequence's digit and letter elements may all stand on one when it starts
     * at {@code 64 w + i}, as the text's {@code digits} and {@code letters} ({@link
     * WordSketch#digits}) tell, and so may the word boundary it needs at its end; a start too
     * near the text's end is not ruled out.
     */
    long candidates(long[] digits, long[] letters, int w) {
      long candidates = -1L;
      for (long m = digitOffsets; m != 0 && candidates != 0; m &= m - 1) {
        candidates &= shifted(digits, w, Long.numberOfTrailingZeros(m));
      }
      for (long m = letterOffsets; m != 0 && candidates != 0; m &= m - 1) {
        candidates &= shifted(letters, w, Long.numberOfTrailingZeros(m));
      }
      int n = elements.length();
      if (boundaryAfter && n < 64 && candidates != 0) {
        // No boundary where the characters on both sides are ASCII letters or digits: marked as
        // one of the two and not both (a character outside ASCII is marked as both).
        long last = shifted(digits, w, n - 1) ^ shifted(letters, w, n - 1);
        long next = shifted(digits, w, n) ^ shifted(letters, w, n);
        candidates &= ~(last & next);
      }
      return candidates;
    }

    /** Bit {@code i} of the result: bit {@code 64 w + i + k} of {@code bits}. */
    private static long shifted(long[] bits, int w, int k) {
      return k == 0 ? bits[w] : bits[w] >>> k | bits[w + 1] << -k;
    }

    /** Where the sequence first occurs at or after {@code from}, or -1. */
    int find(String folded, int from) {
      int n = elements.length();
      char first = elements.charAt(anchor);
      int last = folded.length() - (n - anchor);
      for (int at = next(first, folded, from + anchor, last); at >= 0;
          at = next(first, folded, at + 1, last)) {
        if (matchesAt(folded, at - anchor)) {
          return at - anchor;
        }
      }
      return -1;
    }

    /**
     * Where element {@code e} next stands in {@code s} from {@code at} to {@code last}, or -1: a
     * literal with {@code indexOf}, a class with a loop of its own (one test per character, not
     * a choice of test per character).
     */
    private static int next(char e, String s, int at, int last) {
      switch (e) {
        case LETTER:
          for (; at <= last; at++) {
            char c = s.charAt(at);
            if (c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c)) {
              return at;
            }
          }
          return -1;
        case DIGIT:
          for (; at <= last; at++) {
            char c = s.charAt(at);
            if (c < 0x80 ? (char) (c - '0') < 10 : Character.isDigit(c)) {
              return at;
            }
          }
          return -1;
        case SPACE:
          for (; at <= last; at++) {
            if (is(SPACE, s.charAt(at))) {
              return at;
            }
          }
          return -1;
        case ANY:
          return at <= last ? at : -1;
        default:
          int found = s.indexOf(e, at);
          return found <= last ? found : -1;
      }
    }

    boolean matchesAt(String folded, int at) {
      int n = elements.length();
      for (int k = 0; k < n; k++) {
        if (!is(elements.charAt(k), folded.charAt(at + k))) {
          return false;
        }
      }
      return (!boundaryBefore || isBoundary(folded, at))
          && (!boundaryAfter || isBoundary(folded, at + n));
    }

    /** RE2's {@code \b}: an ASCII word character on one side of {@code at} and not the other. */
    private static boolean isBoundary(String s, int at) {
      boolean before = at > 0 && isWordChar(s.charAt(at - 1));
      boolean after = at < s.length() && isWordChar(s.charAt(at));
      return before != after;
    }

    static boolean is(char wanted, char c) {
      switch (wanted) {
        case LETTER:
          return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
        case DIGIT:
          return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
        case SPACE:
          return Characters.isRe2Space(c);
        case ANY:
          return true;
        default:
          return c == wanted;
      }
    }
  }

  /**
   * Two sequences the pattern needs in order, the second starting at most {@code gap} characters
   * after the first ends, each of those characters one of {@code between}'s elements: only optional
   * atoms of one character each ({@code [A-Z\\d]?}, {@code ' ?'}, {@code \\s*}, {@code #?}) stand
   * between them. {@code \\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b} needs a letter and a digit,
   * then within two characters a digit and two letters: a link code such as "w4ov" has both
   * sequences, but overlapping on one digit. {@code \\border\\s*#?\\s*\\d{6,}} needs "order",
   * then white space and "#" only, then six digits: "order" and a phone number elsewhere do not do.
   */
  record Chain(Sequence first, int gap, String between, Sequence second) implements SideBySide {

    /** A gap without a limit ({@code \\s*}). */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /**
     * How far a gap without a limit is read before the chain gives up and says "maybe": a text of
     * white space cannot make the check quadratic.
     */
    private static final int LONGEST_GAP_READ = 64;

    @Override
    public boolean occursIn(String folded, WordSketch sketch) {
      int length = first.elements().length();
      // gap < 64 - length, not length + gap < 64: an unbounded gap (\s*) would overflow to
      // a negative sum and pass, and mayFollow would then reach no place at all.
      if (sketch != null && gap < 64 - length && sketch.classified()
          && (first.digitOffsets() | first.letterOffsets()) != 0
          && (second.digitOffsets() | second.letterOffsets()) != 0
          && !mayFollow(sketch, folded.length())) {
        return false;
      }
      int room = folded.length() - second.elements().length();
      for (int at = first.find(folded, 0, sketch); at >= 0;
          at = first.find(folded, at + 1, sketch)) {
        int start = at + length;
        for (int next = start; next <= room; next++) {
          if (second.matchesAt(folded, next)) {
            return true;
          }
          if (next - start >= gap || !inGap(folded.charAt(next))) {
            break;
          }
          if (next - start >= LONGEST_GAP_READ) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether, as the text's digits and letters tell, the second sequence may start within
     * {@link #gap} characters after the first ends: the places each may start, 64 at a time,
     * the first's moved on by its length and each gap. What stands in the gap is not asked.
     */
    private boolean mayFollow(WordSketch sketch, int n) {
      long[] digits = sketch.digits();
      long[] letters = sketch.letters();
      int length = first.elements().length();
      long before = 0;
      for (int w = 0, last = n >>> 6; w <= last; w++) {
        long starts = first.candidates(digits, letters, w);
        if ((starts | before) == 0) {
          // no start of the first here or in the word before: nothing reaches this word
          continue;
        }
        long reach = 0;
        for (int k = length; k <= length + gap; k++) {
          reach |= starts << k | before >>> -k;
        }
        if ((reach & second.candidates(digits, letters, w)) != 0) {
          return true;
        }
        before = starts;
      }
      return false;
    }

    private boolean inGap(char c) {
      for (int k = 0; k < between.length(); k++) {
        if (Sequence.is(between.charAt(k), c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Characters a text must have side by side: a {@link Sequence}, or a {@link Chain} of two. */
  sealed interface SideBySide permits Sequence, Chain {
    /** Whether the characters occur in the folded text; its {@code sketch} may be {@code null}. */
    boolean occursIn(String folded, WordSketch sketch);
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

  /**
   * A stretch of text every match of the pattern contains, and where it occurs: a literal run, or
   * a sequence read without its word edges (a match found in part of the text need not see the
   * same edges around it). Only the characters of the stretch decide where it occurs.
   */
  record Piece(String literal, Sequence sequence) {

    int length() {
      return literal != null ? literal.length() : sequence.elements().length();
    }

    /** Where the piece first occurs at or after {@code from}, or -1. */
    int find(String s, int from) {
      return literal != null ? s.indexOf(literal, from) : sequence.find(s, from);
    }
  }

  private final Literal[] literals;
  /**
   * The whole words the pattern needs, as {@link WordSketch#mayHaveAll} reads them: the literal
   * runs that are whole words ({@code \\bpay\\b}: ASCII letters and digits with a word boundary
   * on both sides), then one of each group of {@link #anyOfWords}; a text's {@link WordSketch}
   * rules most of them out with a few bit tests. {@code null} when there are none.
   */
  private final int[] words;
  /**
   * The longest run of digits the pattern needs ({@code \\d{8}} needs 8; a class such as
   * {@code [0-9-]} counts once), 0 for none.
   */
  private final int digits;
  private final String[][] anyOf;
  /**
   * For each group of {@link #anyOf}: its alternatives' {@link WordSketch#hash}es when the group
   * stands once between word boundaries ({@code \\b(?:BBC|Guardian)\\b}), so that only a whole
   * word can be what it matches; {@code null} otherwise.
   */
  private final long[][] anyOfWords;
  /**
   * The sequences, in the order the pattern has them, where a chain stands in for the sequence
   * it starts with (it reads the text as that sequence's own check does, and says more); a
   * sequence such a chain ends with is left out.
   */
  private final SideBySide[] sideBySide;
  /** The chains that stand in for no sequence. */
  private final Chain[] chains;
  private final Piece piece;
  /**
   * A character other than a letter or white space that every match has as it is written in the
   * pattern ("^" in {@code \\^[A-Z]{2,3}$}), or 0: case-insensitive matching folds only letters,
   * so a text without it, folded or not, has no match.
   */
  private final char verbatim;

  private Prefilter(List<Literal> literals, int digits, List<List<String>> anyOf,
      List<Boolean> anyOfBounded, List<Sequence> sequences, List<Chain> chains) {
    // a literal needed twice ("-" in \d{2}-\d{2}-\d{2}) is read once
    this.literals = literals.stream().distinct().toArray(Literal[]::new);
    this.digits = digits;
    this.anyOf = new String[anyOf.size()][];
    this.anyOfWords = new long[anyOf.size()][];
    for (int g = 0; g < anyOf.size(); g++) {
      this.anyOf[g] = anyOf.get(g).toArray(new String[0]);
      if (anyOfBounded.get(g)) {
        anyOfWords[g] = new long[this.anyOf[g].length];
        for (int k = 0; k < this.anyOf[g].length; k++) {
          anyOfWords[g][k] = WordSketch.hash(this.anyOf[g][k]);
        }
      }
    }
    this.words = wordsOf(literals, anyOfWords);
    List<SideBySide> inOrder = new ArrayList<>();
    List<Chain> rest = new ArrayList<>(chains);
    List<Sequence> implied = new ArrayList<>();
    for (Sequence sequence : sequences) {
      Chain startingHere = null;
      for (Chain chain : rest) {
        if (chain.first() == sequence) {
          startingHere = chain;
          break;
        }
      }
      if (startingHere != null) {
        rest.remove(startingHere);
        inOrder.add(startingHere);
        implied.add(startingHere.second());
      } else if (!containsSame(implied, sequence)) {
        inOrder.add(sequence);
      }
    }
    this.sideBySide = inOrder.toArray(new SideBySide[0]);
    this.chains = rest.toArray(new Chain[0]);
    this.piece = pieceOf(literals, sequences);
    this.verbatim = verbatimOf(literals);
  }

  /** {@link #words}: the slots of the literal runs that are whole words, then of the groups. */
  private static int[] wordsOf(List<Literal> literals, long[][] anyOfWords) {
    List<Integer> slots = new ArrayList<>();
    slots.add(0);
    for (Literal literal : literals) {
      if (literal.boundaryBefore() && literal.boundaryAfter() && isAsciiWord(literal.text())) {
        slots.add(WordSketch.slot(WordSketch.hash(literal.text())));
        slots.set(0, slots.get(0) + 1);
      }
    }
    for (long[] group : anyOfWords) {
      if (group != null) {
        slots.add(group.length);
        for (long word : group) {
          slots.add(WordSketch.slot(word));
        }
      }
    }
    return slots.size() == 1 ? null : slots.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The rarest character other than a letter or white space in the literal runs, or 0. */
  private static char verbatimOf(List<Literal> literals) {
    char best = 0;
    for (Literal literal : literals) {
      for (int k = 0; k < literal.text().length(); k++) {
        char c = literal.text().charAt(k);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && c != ' ' && c < 0x80 && (best == 0 || (best >= '0' && best <= '9'))) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * Whether the pattern might match {@code s} as given (not folded): false only when {@code s}
   * lacks a character every match has verbatim.
   */
  boolean mayMatchVerbatim(CharSequence s) {
    if (verbatim == 0) {
      return true;
    }
    if (s instanceof String string) {
      return string.indexOf(verbatim) >= 0;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == verbatim) {
        return true;
      }
    }
    return false;
  }

  /** ASCII letters and digits only (the folded text has no capitals): what a word sketch holds. */
  private static boolean isAsciiWord(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean containsSame(List<Sequence> list, Sequence sequence) {
    for (Sequence s : list) {
      if (s == sequence) {
        return true;
      }
    }
    return false;
  }

  /**
   * The literal run or sequence that says the most (the most elements other than {@link #ANY}),
   * a literal run when they say as much; {@code null} when the pattern has neither.
   */
  private static Piece pieceOf(List<Literal> literals, List<Sequence> sequences) {
    Piece best = null;
    int bestKnown = 0;
    for (Literal literal : literals) {
      if (literal.text().length() > bestKnown) {
        best = new Piece(literal.text(), null);
        bestKnown = literal.text().length();
      }
    }
    for (Sequence sequence : sequences) {
      int known = 0;
      for (int k = 0; k < sequence.elements().length(); k++) {
        known += sequence.elements().charAt(k) == ANY ? 0 : 1;
      }
      if (known > bestKnown) {
        best = new Piece(null, new Sequence(sequence.elements(), false, false));
        bestKnown = known;
      }
    }
    return best;
  }

  /** The sequences and chains a text must have: {@link #sideBySide}, then {@link #chains}. */
  List<SideBySide> sideBySide() {
    List<SideBySide> all = new ArrayList<>(List.of(sideBySide));
    all.addAll(List.of(chains));
    return all;
  }

  /**
   * A stretch of text every match of the pattern contains, or {@code null} when the analysis
   * found none.
   */
  Piece piece() {
    return piece;
  }

  /** A word character as RE2's {@code \b} sees it (ASCII only). */
  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Whether the pattern might match the folded text, whose runs of digits are known to be at most
   * {@code digitRun} long ({@link NormalizedText#digitRun}): a pattern that needs more digits in a
   * row is rejected without reading the text.
   */
  boolean mayMatch(String folded, int digitRun) {
    return mayMatch(folded, digitRun, null);
  }

  /**
   * Whether the pattern might match the folded text, as {@link #mayMatch(String, int)}; the
   * text's {@code words} (or {@code null}) first rule out patterns that need a whole word the
   * text does not have, without reading it.
   */
  boolean mayMatch(String folded, int digitRun, WordSketch words) {
    if (digits > digitRun) {
      return false;
    }
    if (words != null && this.words != null && !words.mayHaveAll(this.words)) {
      return false;
    }
    // With a sketch, before the literals: read from bits, where they read the text.
    if (digits > 0 && words != null && words.digitRun() < digits) {
      return false;
    }
    for (Literal literal : literals) {
      if (!literal.occursIn(folded)) {
        return false;
      }
    }
    if (digits > 0 && words == null && !hasDigits(folded, digits)) {
      return false;
    }
    for (SideBySide requirement : sideBySide) {
      if (!requirement.occursIn(folded, words)) {
        return false;
      }
    }
    for (int g = 0; g < anyOf.length; g++) {
      if (!anyOccurs(g, folded, words)) {
        return false;
      }
    }
    // Last: both sequences of a chain are known to occur, and it is rare that both do.
    for (Chain chain : chains) {
      if (!chain.occursIn(folded, words)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of group {@code g}'s alternatives occurs (those the sketch rules out unread). */
  private boolean anyOccurs(int g, String folded, WordSketch sketch) {
    String[] alternatives = anyOf[g];
    long[] hashes = sketch == null ? null : anyOfWords[g];
    for (int k = 0; k < alternatives.length; k++) {
      if ((hashes == null || sketch.mayHave(hashes[k])) && folded.contains(alternatives[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} has {@code run} digits in a row. Reads the text {@code run} characters
   * apart, and in full only the stretches of digits it lands in: a run of that length holds one of
   * the characters read.
   */
  static boolean hasDigits(String s, int run) {
    int n = s.length();
    int i = run - 1;
    while (i < n) {
      if (!isDigit(s.charAt(i))) {
        i += run;
        continue;
      }
      int start = i;
      while (start > 0 && i - start + 1 < run && isDigit(s.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < n && end - start < run && isDigit(s.charAt(end))) {
        end++;
      }
      if (end - start >= run) {
        return true;
      }
      // The stretch is too short and s.charAt(end) is no digit: a run starts after it.
      i = end + run;
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
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
    /** For each group of {@link #anyOf}: whether it stands once between word boundaries. */
    private final List<Boolean> anyOfBounded = new ArrayList<>();
    /**
     * The group of {@link #anyOf} just read, once and right after a boundary, whose boundary after
     * it the next atom decides; -1 for none.
     */
    private int groupBeforeBoundary = -1;
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Chain> chains = new ArrayList<>();
    /**
     * The last sequence kept, while what was read since can only put {@link #chainGap}
     * characters between it and the next; {@code null} otherwise.
     */
    private Sequence chainFrom;
    private int chainGap;
    /** The elements of the optional atoms read since {@link #chainFrom}. */
    private final StringBuilder chainBetween = new StringBuilder();
    /** The elements of the sequence being read. */
    private final StringBuilder sequence = new StringBuilder();
    /** Whether the sequence being read starts right after {@code \b}. */
    private boolean sequenceAfterBoundary;
    private int digits;
    /** The least number of times the last quantifier allows (1 without one). */
    private int least;
    /** Whether the last quantifier allows exactly {@link #least} times ({@code {2}}, none). */
    private boolean exact;
    /** The most times the last quantifier allows, -1 for no limit. */
    private int most;
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
        if (groupBeforeBoundary >= 0) {
          anyOfBounded.set(groupBeforeBoundary, boundary);
          groupBeforeBoundary = -1;
        }
        extendSequence(atom, quantifier);
        if (quantifier == OPTIONAL || atom.kind == Kind.NONE) {
          endRun(boundary);
          afterBoundary = boundary;
          continue;
        }
        switch (atom.kind) {
          case LITERAL:
            if (atom.literal >= 0x80) {
              // Case folding reaches characters lower-casing leaves alone: σ matches ς.
              endRun(false);
            } else if (quantifier == REPEATED) {
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
            anyOfBounded.add(false);
            if (quantifier == ONCE && afterBoundary) {
              groupBeforeBoundary = anyOf.size() - 1;
            }
        }
        afterBoundary = false;
      }
      endRun(false);
      endSequence(false, false);
      return new Prefilter(literals, digits, anyOf, anyOfBounded, sequences, chains);
    }

    /**
     * Adds what the atom needs to the sequence being read, or ends it where the atom breaks the
     * chain: an optional atom, one of unknown width (a group, {@code .}, which may match a
     * character outside the BMP, that is two {@code char}s), or an anchor other than {@code \b}.
     * A repeated atom adds its least number of copies; unless that number is exact, the sequence
     * ends there and the next one starts with the atom's last copy.
     */
    private void extendSequence(Atom atom, int quantifier) {
      if (atom.zeroWidth) {
        boolean wordEdge = atom.boundary && quantifier == ONCE;
        endSequence(wordEdge, true);
        sequenceAfterBoundary = wordEdge;
        return;
      }
      if (atom.element == 0) {
        endSequence(false, false);
        return;
      }
      if (quantifier == OPTIONAL) {
        // Up to "most" characters, each one of the atom's: what may stand in a chain's gap.
        endSequence(false, true);
        chainGap = most < 0 ? Chain.UNBOUNDED
            : (int) Math.min(Chain.UNBOUNDED, (long) chainGap + most);
        if (chainBetween.indexOf(String.valueOf(atom.element)) < 0) {
          chainBetween.append(atom.element);
        }
        // Without a limit, only where the gap's characters are few in a reply (white space, "#").
        if (chainGap == Chain.UNBOUNDED && (chainBetween.indexOf(String.valueOf(ANY)) >= 0
            || chainBetween.indexOf(String.valueOf(LETTER)) >= 0
            || chainBetween.indexOf(String.valueOf(DIGIT)) >= 0)) {
          chainFrom = null;
          chainGap = 0;
          chainBetween.setLength(0);
        }
        return;
      }
      int copies = quantifier == REPEATED ? Math.min(least, MAX_COPIES) : 1;
      for (int k = 0; k < copies; k++) {
        sequence.append(atom.element);
      }
      if (quantifier == REPEATED && (!exact || least > MAX_COPIES)) {
        // The next sequence starts with a copy that may be this one's last: no chain.
        endSequence(false, false);
        sequence.append(atom.element);
      }
    }

    /** The most copies of one repeated atom a sequence takes ({@code \d{500}}). */
    private static final int MAX_COPIES = 16;

    /**
     * Ends the sequence being read and keeps it if it says more than the literal runs do: it has
     * a letter, digit or white-space element, and two elements that are not {@link #ANY}. Chained
     * to the one before it (which may be a literal run), the two must say more than either.
     */
    private void endSequence(boolean boundaryNext, boolean chainable) {
      int known = 0;
      boolean someClass = false;
      for (int k = 0; k < sequence.length(); k++) {
        char e = sequence.charAt(k);
        if (e != ANY) {
          known++;
          someClass |= e == LETTER || e == DIGIT || e == SPACE;
        }
      }
      if (sequence.length() > 0) {
        Sequence read = new Sequence(sequence.toString(), sequenceAfterBoundary, boundaryNext);
        // One element with a word edge (\b[A-Z]) is in nearly every text: not worth a look.
        if (someClass && known >= 2) {
          sequences.add(read);
        }
        if (chainFrom != null && known > 0) {
          chains.add(new Chain(chainFrom, chainGap, chainBetween.toString(), read));
        }
        chainFrom = chainable && known > 0 ? read : null;
        chainGap = 0;
        chainBetween.setLength(0);
      } else if (!chainable) {
        chainFrom = null;
      }
      if (chainFrom == null) {
        chainGap = 0;
        chainBetween.setLength(0);
      }
      sequence.setLength(0);
      sequenceAfterBoundary = false;
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
      most = 1;
      exact = true;
      if (i >= p.length()) {
        return ONCE;
      }
      char c = p.charAt(i);
      int kind;
      exact = false;
      if (c == '?' || c == '*') {
        kind = OPTIONAL;
        most = c == '?' ? 1 : -1;
        i++;
      } else if (c == '+') {
        kind = REPEATED;
        most = -1;
        i++;
      } else if (c == '{') {
        int close = p.indexOf('}', i);
        if (close < 0) {
          throw new GiveUp();
        }
        String body = p.substring(i + 1, close);
        kind = body.startsWith("0") || body.startsWith(",") ? OPTIONAL : REPEATED;
        int comma = body.indexOf(',');
        exact = comma < 0;
        try {
          least = Math.max(1, Integer.parseInt(comma < 0 ? body : body.substring(0, comma)));
          most = comma < 0 ? Integer.parseInt(body)
              : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
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
          d.element = DIGIT;
          return d;
        }
        if (e == 'b' || e == 's') {
          Atom boundary = new Atom(Kind.NONE);
          boundary.boundary = true;
          boundary.zeroWidth = e == 'b';
          boundary.element = e == 's' ? SPACE : 0;
          return boundary;
        }
        if ("BAz".indexOf(e) >= 0) {
          Atom anchor = new Atom(Kind.NONE);
          anchor.zeroWidth = true;
          return anchor;
        }
        if ("SwWD".indexOf(e) >= 0) {
          Atom other = new Atom(Kind.NONE);
          other.element = e == 'w' ? ANY : 0; // \w is ASCII; the others take in any character
          return other;
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
        Atom other = new Atom(Kind.NONE);
        other.zeroWidth = c != '.';
        return other;
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
      // Without "^" or "\p", a class matches ASCII characters, or "K" and "s" look-alikes under
      // case folding: one char each.
      boolean oneChar = true;
      if (i < p.length() && p.charAt(i) == '^') {
        onlyDigits = false;
        onlyLetters = false;
        oneChar = false;
        i++;
      }
      while (i < p.length() && (p.charAt(i) != ']' || i == start)) {
        char c = p.charAt(i);
        if (c == '\\' && i + 1 < p.length()) {
          char e = p.charAt(i + 1);
          onlyDigits &= e == 'd';
          onlyLetters = false;
          oneChar &= e == 'd' || e == 's' || e == 'w' || (e < 0x80 && !Character.isLetterOrDigit(e));
          i += 2;
          continue;
        }
        if (c == '[') {
          throw new GiveUp(); // [[:alpha:]]
        }
        oneChar &= c < 0x80;
        // An item is a character, or a range "c-e" when a dash and anything but "]" follow it;
        // any other dash is a character of its own ("[0-9-]", "[0-8-9]" and "[-0]" match "-").
        if (i + 2 < p.length() && p.charAt(i + 1) == '-' && p.charAt(i + 2) != ']') {
          char end = p.charAt(i + 2);
          if (end == '\\' || end == '[') {
            throw new GiveUp(); // a range ending in an escape: rare, not worth reading
          }
          onlyDigits &= isAsciiDigit(c) && isAsciiDigit(end);
          onlyLetters &= sameCaseLetters(c, end);
          oneChar &= end < 0x80;
          i += 3;
          continue;
        }
        onlyDigits &= isAsciiDigit(c);
        onlyLetters &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        i++;
      }
      if (i >= p.length()) {
        throw new GiveUp();
      }
      i++;
      Atom atom = new Atom(onlyDigits ? Kind.DIGIT : Kind.NONE);
      boolean letters = onlyLetters && !onlyDigits;
      atom.element = letters ? LETTER : oneChar ? ANY : 0;
      return atom;
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
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
        if (alternative.isEmpty()
            || !alternative.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))) {
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
    /** An anchor: {@code \b}, {@code ^}, {@code $} and the like. */
    boolean zeroWidth;
    /**
     * What the atom is as a {@link Sequence} element when it always matches exactly one
     * {@code char}; 0 otherwise.
     */
    char element;
    char literal;
    List<String> alternatives;

    Atom(Kind kind) {
      this.kind = kind;
    }

    static Atom literal(char c) {
      Atom a = new Atom(Kind.LITERAL);
      a.literal = c;
      // Outside ASCII, case folding reaches characters lower-casing leaves alone (σ and ς).
      a.element = c < 0x80 ? Character.toLowerCase(c) : ANY;
      return a;
    }
  }
}
