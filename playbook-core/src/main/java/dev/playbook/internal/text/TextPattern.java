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

  /** A flag group that clears {@code i}: {@code (?-i)}, {@code (?-i:}, {@code (?s-im:} and so on. */
  private static final Pattern CLEARS_CASE_INSENSITIVE = Pattern.compile("\\(\\?[a-zA-Z]*-[a-zA-Z]*i");

  private TextPattern(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
    this.prefilter = Prefilter.of(source);
    this.caseSensitivePart = CLEARS_CASE_INSENSITIVE.matcher(source).find();
  }

  /**
   * Compiles a pattern.
   *
   * @throws com.google.re2j.PatternSyntaxException if it is not valid RE2 (the validator reports
   *     this as PB402 before a playbook ever reaches the compiler)
   */
  public static TextPattern compile(String regex) {
    return new TextPattern(regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  /** Adds every non-empty match in the text to {@code out}, as original ranges. */
  public void findAll(NormalizedText text, Spans out) {
    // The prefilter reads the lower-cased text: a match in the cased text is one there too, and
    // has the same digits.
    if (!prefilter.mayMatch(text.folded(), text.digitRun())) {
      return;
    }
    NormalizedText on = caseSensitivePart ? text.casePreserved() : text;
    Matcher m = pattern.matcher(on.folded());
    while (m.find()) {
      if (m.end() > m.start()) {
        out.add(on.originalStartOf(m.start()), on.originalEndOf(m.end()));
      }
    }
  }

  /** Whether the pattern matches anywhere in {@code s} (matched as given, not folded). */
  public boolean matches(CharSequence s) {
    return pattern.matcher(s).find();
  }

  /**
   * Where the pattern matches in {@code s} as given, as {@code [start, end)} in {@code out}, or
   * {@code false} when it does not.
   */
  public boolean find(CharSequence s, int[] out) {
    Matcher m = pattern.matcher(s);
    if (!m.find()) {
      return false;
    }
    out[0] = m.start();
    out[1] = m.end();
    return true;
  }
}
