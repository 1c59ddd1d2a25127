package dev.playbook.internal.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A playbook pattern compiled once with RE2/J (linear time, so no input can make it hang), matched
 * case-insensitively against the folded text; matches are mapped back to the original text. A
 * pattern that turns case-insensitivity off for a part ({@code (?-i:...)}) is matched against the
 * text with its letters' case kept instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextPattern {

  private final String source;
  private final Pattern pattern;
  private final Prefilter prefilter;
  private final boolean caseSensitivePart;
  /**
   * The most characters a match spans ({@link MatchWidth}), or {@link MatchWidth#UNBOUNDED}; with
   * the prefilter's {@link Prefilter#piece piece} it tells where in a text matches can be.
   */
  private final int width;
  /**
   * When {@link #width} is unbounded only because of runs of white space ({@code \s+}): the most
   * characters other than white space a match spans; {@link MatchWidth#UNBOUNDED} otherwise.
   */
  private final int spread;
  /**
   * For a pattern anchored at the text's end ({@link #compileAtEnd}): the most characters the bare
   * pattern's matches span, so {@link #find} reads only the text's tail; {@link
   * MatchWidth#UNBOUNDED} otherwise.
   */
  private final int tail;

  /**
   * How far a window reaches out through white space before the rest of the text is read whole:
   * a text of spaces cannot make the windows cost more than the plain search.
   */
  private static final int LONGEST_WALK = 256;

  /** A flag group that clears {@code i}: {@code (?-i)}, {@code (?-i:}, {@code (?s-im:} and so on. */
  private static final Pattern CLEARS_CASE_INSENSITIVE = Pattern.compile("\\(\\?[a-zA-Z]*-[a-zA-Z]*i");

  private TextPattern(String source, Pattern pattern, String prefiltered, int tail) {
    this.source = source;
    this.tail = tail;
    this.pattern = pattern;
    this.prefilter = Prefilter.of(prefiltered);
    this.caseSensitivePart = CLEARS_CASE_INSENSITIVE.matcher(source).find();
    this.width = prefilter.piece() == null ? MatchWidth.UNBOUNDED : MatchWidth.of(source);
    this.spread = prefilter.piece() == null || width != MatchWidth.UNBOUNDED
        ? MatchWidth.UNBOUNDED : MatchWidth.outsideSpace(source);
  }

  /**
   * Compiles a pattern.
   *
   * @throws com.google.re2j.PatternSyntaxException if it is not valid RE2 (the validator reports
   *     this as PB402 before a playbook ever reaches the compiler)
   */
  public static TextPattern compile(String regex) {
    return new TextPattern(regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), regex,
        MatchWidth.UNBOUNDED);
  }

  /**
   * {@code regex} matched only where a match ends the text ({@code (?:regex)$}), as a channel's
   * signature is. Its prefilter is the bare pattern's: every match of the anchored pattern is one
   * of the bare pattern, and the prefilter reads the bare one better (it gives up on a group
   * holding a character class).
   *
   * <p>The width is read from the bare pattern, which {@link MatchWidth} reads only when all of it
   * is one well-formed expression: a pattern such as {@code a)|(b} would turn the group inside out
   * ({@code (?:a)|(b)$}, not anchored at all) and is read whole.
   */
  public static TextPattern compileAtEnd(String regex) {
    String anchored = "(?:" + regex + ")$";
    return new TextPattern(anchored, Pattern.compile(anchored, Pattern.CASE_INSENSITIVE), regex,
        MatchWidth.of(regex));
  }

  /** The pattern's prefilter. */
  Prefilter prefilter() {
    return prefilter;
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  /**
   * Adds every non-empty match in the text to {@code out}, as original ranges; {@code words} is
   * the text's {@link WordSketch} shared by the patterns asked about it, or {@code null}.
   */
  public void findAll(NormalizedText text, WordSketch words, Spans out) {
    // The prefilter reads the lower-cased text: a match in the cased text is one there too, and
    // has the same digits and whole words.
    if (!prefilter.mayMatch(text.folded(), text.digitRun(), words)) {
      return;
    }
    // The piece is found in the lower-cased text only, so the cased text is read whole.
    if (caseSensitivePart || !windowed(text.folded())) {
      NormalizedText on = caseSensitivePart ? text.casePreserved() : text;
      Matcher m = pattern.matcher(on.folded());
      while (m.find()) {
        if (m.end() > m.start()) {
          out.add(on.originalStartOf(m.start()), on.originalEndOf(m.end()));
        }
      }
      return;
    }
    String folded = text.folded();
    Matcher m = null;
    int[] window = {-1, -1};
    for (int from = 0; nextWindow(folded, from, window); from = window[1]) {
      if (window[1] < 0) {
        // The rest of the text, read whole: the search resumes where the last window ended.
        Matcher whole = pattern.matcher(folded);
        for (boolean found = whole.find(window[0]); found; found = whole.find()) {
          if (whole.end() > whole.start()) {
            out.add(text.originalStartOf(whole.start()), text.originalEndOf(whole.end()));
          }
        }
        return;
      }
      String part = folded.substring(window[0], window[1]);
      m = m == null ? pattern.matcher(part) : m.reset(part);
      while (m.find()) {
        if (m.end() > m.start()) {
          out.add(text.originalStartOf(window[0] + m.start()),
              text.originalEndOf(window[0] + m.end()));
        }
      }
    }
  }

  /** Whether matches are looked for only near the pattern's piece, not in all of {@code s}. */
  private boolean windowed(String s) {
    return spread != MatchWidth.UNBOUNDED
        || (width != MatchWidth.UNBOUNDED && s.length() > 2 * width + 2);
  }

  /**
   * The next stretch of {@code s} from {@code from} on that RE2/J must read, as
   * {@code window[0..1]}; {@code false} when there is none.
   *
   * <p>Every match spans at most {@link #width} characters and contains the piece, so it lies
   * within {@code width - length} characters before an occurrence of the piece and {@code width}
   * characters from its start. A window takes that much around each occurrence and one character
   * more on each side, unless the text ends there: a word boundary, {@code ^} or {@code $} at the
   * edge of a match then reads the same characters as in the whole text, so the pattern finds the
   * same matches in the window as there. A match found in a window contains an occurrence of the
   * piece in it, so it lies within that occurrence's stretch, away from the window's edges too.
   * Windows that overlap are merged, and never split a surrogate pair, so RE2/J steps through
   * the same characters; matches do not cross from one window into another, so leftmost-first
   * order and where each search resumes are the same as in the whole text.
   *
   * <p>A pattern of unbounded width only for its runs of white space ({@link #spread}) has at
   * most {@code spread} other characters on each side of the piece: its window is found by
   * walking out until that many are passed. A walk longer than {@link #LONGEST_WALK} gives up:
   * {@code window[1]} is then -1, and the rest of the text from {@code window[0]} (the end of the
   * last window) is to be read whole; no match starts between a window's last match and its
   * end, so that finds what the whole text does.
   */
  private boolean nextWindow(String s, int from, int[] window) {
    Prefilter.Piece piece = prefilter.piece();
    int at = piece.find(s, from);
    if (at < 0) {
      return false;
    }
    int start = windowStart(s, at, piece.length());
    int end = start < 0 ? -1 : windowEnd(s, at);
    for (at = piece.find(s, at + 1); at >= 0 && end >= 0; at = piece.find(s, at + 1)) {
      int nextStart = windowStart(s, at, piece.length());
      if (nextStart > end) {
        break;
      }
      int nextEnd = nextStart < 0 ? -1 : windowEnd(s, at);
      end = nextEnd < 0 ? -1 : Math.max(end, nextEnd);
    }
    window[0] = end < 0 ? from : start;
    window[1] = end;
    return true;
  }

  /** Where the window around an occurrence of the piece at {@code at} starts; -1: too far. */
  private int windowStart(String s, int at, int length) {
    if (spread == MatchWidth.UNBOUNDED) {
      return startBefore(s, Math.max(0, at + length - width - 1));
    }
    int x = at;
    for (int passed = 0; x > 0; x--) {
      if (!Characters.isRe2Space(s.charAt(x - 1))) {
        if (passed == spread) {
          break;
        }
        passed++;
      }
      if (at - x >= LONGEST_WALK) {
        return -1;
      }
    }
    return startBefore(s, Math.max(0, x - 1));
  }

  /** Where the window around an occurrence of the piece at {@code at} ends; -1: too far. */
  private int windowEnd(String s, int at) {
    int n = s.length();
    if (spread == MatchWidth.UNBOUNDED) {
      return endAfter(s, Math.min(n, at + width + 1));
    }
    int y = at;
    for (int passed = 0; y < n; y++) {
      if (!Characters.isRe2Space(s.charAt(y))) {
        if (passed == spread) {
          break;
        }
        passed++;
      }
      if (y - at >= LONGEST_WALK) {
        return -1;
      }
    }
    return endAfter(s, Math.min(n, y + 1));
  }

  private static int startBefore(String s, int at) {
    return at > 0 && Character.isLowSurrogate(s.charAt(at))
        && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
  }

  private static int endAfter(String s, int at) {
    return at < s.length() && at > 0 && Character.isLowSurrogate(s.charAt(at))
        && Character.isHighSurrogate(s.charAt(at - 1)) ? at + 1 : at;
  }

  /**
   * Where the pattern matches in the first {@code end} characters of {@code s} as given, as
   * {@code [start, end)} in {@code out}, or {@code false} when it does not.
   *
   * <p>A pattern anchored at the end whose matches span at most {@link #tail} characters has
   * every match start in the last {@code tail} of them: RE2/J reads only those and one more
   * (never half a surrogate pair), so a word boundary or {@code ^} at a match's start reads the
   * same characters as in the whole text, and {@code ^} at the window's own start, where no match
   * can start, is never asked about. Every match ends at {@code end}, so the window holds the
   * same matches as the whole text and the leftmost is the same; the verbatim character every
   * match holds is looked for only there too.
   */
  public boolean find(CharSequence s, int end, int[] out) {
    int from = 0;
    if (tail != MatchWidth.UNBOUNDED && end > tail + 1) {
      from = end - tail - 1;
      if (Character.isLowSurrogate(s.charAt(from))
          && Character.isHighSurrogate(s.charAt(from - 1))) {
        from--;
      }
    }
    CharSequence window = from == 0 && end == s.length() ? s : s.subSequence(from, end);
    if (!prefilter.mayMatchVerbatim(window)) {
      return false;
    }
    Matcher m = pattern.matcher(window);
    if (!m.find()) {
      return false;
    }
    out[0] = from + m.start();
    out[1] = from + m.end();
    return true;
  }
}
