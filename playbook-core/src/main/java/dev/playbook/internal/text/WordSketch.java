package dev.playbook.internal.text;

/**
 * Which whole words a text has, as a 256-bit sketch of the word hashes the tokeniser already took
 * ({@link NormalizedText#tokenHash}): lets every pattern of a check ask "is the word 'ofcom' in
 * this text" with a bit test instead of a scan of the text each. Built on the first question, then
 * shared by every pattern asked about the same text.
 *
 * <p>The sketch only answers for ASCII texts: there, a run of ASCII letters and digits with RE2's
 * {@code \b} on both sides is a word the tokeniser cut, unless an apostrophe joins it to the next
 * ("order's" is one word); the runs beside every apostrophe are added too. In a text with any other
 * character a letter outside ASCII may join such a run into a longer word, so the sketch says
 * "maybe" for every word there.
 *
 * <p>Belongs to one check on one thread.
 */
public final class WordSketch {

  private final NormalizedText text;
  /** The sketch's 256 bits; {@code null} until built, and for a text it cannot answer for. */
  private long[] bits;
  /** 0 not built yet, 1 built and exact, 2 built and answering "maybe" for every word. */
  private int state;

  /** The sketch of a text, built on first use. */
  public WordSketch(NormalizedText text) {
    this.text = text;
  }

  /**
   * Whether the text may have {@code word} (its {@link #hash}, ASCII letters and digits only) as
   * a run with no ASCII letter, digit or {@code _} on either side; {@code false} only when it
   * certainly has not.
   */
  boolean mayHave(long hash) {
    if (state == 0) {
      build();
    }
    if (state != 1) {
      return true;
    }
    int bit = slot(hash);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The hash the tokeniser takes of a word: {@code h = 31 * h + c} in 64 bits. */
  static long hash(CharSequence word) {
    long h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = h * 31 + word.charAt(i);
    }
    return h;
  }

  private static int slot(long hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 56);
  }

  private void build() {
    state = 2;
    if (!text.isAscii()) {
      return;
    }
    char[] chars = text.chars();
    int n = text.folded().length();
    bits = new long[4];
    for (int i = 0, count = text.tokenCount(); i < count; i++) {
      add(text.tokenHash(i));
    }
    // A word may hold an apostrophe ("we'll"): the runs on either side of it are words to RE2.
    String folded = text.folded();
    for (int at = folded.indexOf('\''); at >= 0; at = folded.indexOf('\'', at + 1)) {
      // Hashed as they are walked: the run before from its end back, the one after onwards.
      long before = 0;
      long power = 1;
      int start = at - 1;
      for (; start >= 0 && isLetterOrDigit(chars[start]); start--) {
        before += chars[start] * power;
        power *= 31;
      }
      if (start < at - 1) {
        add(before);
      }
      long after = 0;
      int end = at + 1;
      for (; end < n && isLetterOrDigit(chars[end]); end++) {
        after = after * 31 + chars[end];
      }
      if (end > at + 1) {
        add(after);
      }
    }
    state = 1;
  }

  private void add(long hash) {
    int bit = slot(hash);
    bits[bit >>> 6] |= 1L << bit;
  }

  /** An ASCII letter or digit of the folded text (which has no capitals). */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
