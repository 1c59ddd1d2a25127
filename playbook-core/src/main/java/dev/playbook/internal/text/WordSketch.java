package dev.playbook.internal.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Which whole words a text has, as a 1,024-bit sketch of the word hashes the tokeniser already took
 * ({@link NormalizedText#tokenHash}): lets every pattern of a check ask "is the word 'ofcom' in
 * this text" with a bit test instead of a scan of the text each. Built on the first question, then
 * shared by every pattern asked about the same text.
 *
 * <p>A word here is what RE2's {@code \b} bounds: a run of ASCII letters and digits with no
 * ASCII letter, digit or {@code _} on either side. Every ASCII letter and digit of a text is in a
 * word the tokeniser cut, so such a run is one of its words, or part of one: beside an apostrophe
 * ("order's" is one word), whose runs on either side are added too, or beside a character outside
 * ASCII ("café", "ofcom’s" before folding), in a word whose ASCII runs are then added each.
 *
 * <p>It also keeps, made on the first ask, where the text's digits and letters may be, for the
 * prefilters that look for a digit or a letter: read once for all of them (see {@link #digits}).
 *
 * <p>Belongs to one check on one thread.
 */
public final class WordSketch {

  private final NormalizedText text;
  /**
   * The sketch's bits, one a word hash; {@code null} until built. 1,024 of them: a reply of 300
   * characters sets about 60, so a word the text lacks finds its bit set by chance one time in
   * sixteen (with 256 bits, one in four, and a group of four alternatives more often than not).
   */
  private long[] bits;
  private static final int SLOT_BITS = 10;
  /**
   * Bit {@code i % 64} of word {@code i / 64}: folded character {@code i} may be a digit as a
   * prefilter's {@code \d} element reads it: it is {@code 0-9}, or any character outside ASCII
   * (the prefilter tells those itself); one zero word more than the text needs, so a sequence's
   * later elements can be read shifted across a word's edge. {@code null} until a prefilter asks.
   */
  private long[] digits;
  /** As {@link #digits}, for letters ({@code a-z}, {@code A-Z}, any outside ASCII). */
  private long[] letters;
  /** Whether the folded text is all ASCII: 0 not known yet, 1 it is, 2 it is not. */
  private int foldedAscii;
  /**
   * Where the folded text's first character outside ASCII is (its length for none), once
   * {@link #foldedAscii} is known.
   */
  private int firstOther;
  /** {@link #digitRun()}, -1 until asked. */
  private int digitRun = -1;
  /** Eight bytes of a byte array as one {@code long}, the first in the low bits. */
  private static final VarHandle EIGHT =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Per ASCII character: 1 a letter, 2 a digit; at 0x80, for any other, 3. */
  private static final byte[] CLASS = new byte[0x81];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = 2;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = 1;
      CLASS[c - 32] = 1;
    }
    CLASS[0x80] = 3;
  }

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
    long[] bits = bits();
    int bit = slot(hash);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Whether the text may have every word a prefilter needs: {@code slots[0]} the number of words
   * all needed, then their {@link #slot}s, then groups of alternatives, each its length and its
   * words' slots, one of which is needed. Bit tests on the sketch only, as {@link #mayHave} per
   * word answers.
   */
  boolean mayHaveAll(int[] slots) {
    long[] b = bits();
    int k = 1;
    for (int end = 1 + slots[0]; k < end; k++) {
      int bit = slots[k];
      if ((b[bit >>> 6] & 1L << bit) == 0) {
        return false;
      }
    }
    while (k < slots.length) {
      long any = 0;
      for (int end = k + 1 + slots[k++]; k < end; k++) {
        int bit = slots[k];
        any |= b[bit >>> 6] & 1L << bit;
      }
      if (any == 0) {
        return false;
      }
    }
    return true;
  }

  private long[] bits() {
    if (bits == null) {
      build();
    }
    return bits;
  }

  /** The hash the tokeniser takes of a word: {@code h = 31 * h + c} in 64 bits. */
  static long hash(CharSequence word) {
    long h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = h * 31 + word.charAt(i);
    }
    return h;
  }

  /** Where in the sketch the word with {@code hash} sets its bit. */
  static int slot(long hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
  }

  private void build() {
    char[] chars = text.chars();
    int n = text.folded().length();
    bits = new long[1 << SLOT_BITS >>> 6];
    int count = text.tokenCount();
    if (foldedAscii()) {
      for (int i = 0; i < count; i++) {
        add(text.tokenHash(i));
      }
    } else {
      // A word with a character outside ASCII (a letter, a mark, another script's digit) holds
      // ASCII runs RE2 sees as words of their own: "caf" in "café". The others are as in ASCII:
      // those that end before the next such character are added unread, and the text is read
      // once, from word to word, for where the next one is (not a loop over each word's
      // characters, which ends where the word does, a branch the CPU mispredicts every word).
      int other = firstOther;
      for (int i = 0; i < count; i++) {
        int end = text.tokenEnd(i);
        if (end > other) {
          int start = text.tokenStart(i);
          if (other < start) {
            other = nextOther(chars, start, n);
          }
          if (end > other) {
            addRuns(chars, start, end);
            continue;
          }
        }
        add(text.tokenHash(i));
      }
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
  }

  /**
   * Whether the folded text is all ASCII: half the benchmark's texts with other characters lose
   * them in folding (curly quotes, dashes, the no-break space), most of them known to have while
   * they were cut ({@link NormalizedText#foldedAscii}); the others are read up to the first
   * character outside ASCII, where {@link #build} starts reading words.
   */
  private boolean foldedAscii() {
    if (foldedAscii == 0) {
      int n = text.folded().length();
      firstOther = text.foldedAscii() ? n : nextOther(text.chars(), text.asciiPrefix(), n);
      foldedAscii = firstOther == n ? 1 : 2;
    }
    return foldedAscii == 1;
  }

  /** Where the first character of {@code chars[from..n)} outside ASCII is, or {@code n}. */
  private static int nextOther(char[] chars, int from, int n) {
    int k = from;
    while (k < n && chars[k] < 0x80) {
      k++;
    }
    return k;
  }

  /** Adds each run of ASCII letters and digits in {@code chars[start..end)}. */
  private void addRuns(char[] chars, int start, int end) {
    long hash = 0;
    boolean in = false;
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (isLetterOrDigit(c)) {
        hash = hash * 31 + c;
        in = true;
      } else if (in) {
        add(hash);
        hash = 0;
        in = false;
      }
    }
    if (in) {
      add(hash);
    }
  }

  /** Where the text's digits may be ({@link #digits}), worked out on first ask. */
  long[] digits() {
    if (digits == null) {
      classify();
    }
    return digits;
  }

  /**
   * The longest run of characters {@link #digits} marks side by side: at least the longest run of
   * digits ({@link Character#isDigit}) the text has, as {@link Prefilter#hasDigits} reads them.
   * Worked out on first ask from the bits, a few steps a run, instead of from the text.
   */
  int digitRun() {
    if (digitRun < 0) {
      long[] d = digits();
      int longest = 0;
      int run = 0;
      for (long x : d) {
        // the run carried from the word before goes on through this word's lowest bits
        int low = Long.numberOfTrailingZeros(~x);
        longest = Math.max(longest, run + low);
        run = low == 64 ? run + 64 : Long.numberOfLeadingZeros(~x);
        int inner = 0;
        for (long y = x; y != 0; y &= y >>> 1) {
          inner++;
        }
        longest = Math.max(longest, inner);
      }
      digitRun = longest;
    }
    return digitRun;
  }

  /** Whether {@link #digits} and {@link #letters} are made already. */
  boolean classified() {
    return digits != null;
  }

  /** Where the text's letters may be, as {@link #digits} tells digits. */
  long[] letters() {
    digits();
    return letters;
  }

  /**
   * Reads the text once for where its digits and letters may be, where each prefilter that looks
   * for a digit or a letter read the text again, a test and a branch a character: eight characters
   * at a time, with arithmetic on the eight at once and no branch that depends on them.
   */
  private void classify() {
    String folded = text.folded();
    int n = folded.length();
    long[] d = new long[(n >>> 6) + 2];
    long[] l = new long[d.length];
    byte[] bytes;
    if (foldedAscii()) {
      // Latin-1 bytes are one per character here.
      bytes = folded.getBytes(StandardCharsets.ISO_8859_1);
    } else {
      // A character outside ASCII becomes a byte of 0x80 or more, marked below as both.
      bytes = new byte[n];
      char[] chars = text.chars();
      for (int i = 0; i < n; i++) {
        int c = chars[i];
        bytes[i] = (byte) (c | (0x7F - c) >> 31 & 0x80);
      }
    }
    int i = 0;
    for (int full = n & ~7; i < full; ) {
      // each word's bits gathered in locals: no store and load again for each eight
      long digitWord = 0;
      long letterWord = 0;
      int base = i;
      for (int end = Math.min(full, base + 64); i < end; i += 8) {
        long x = (long) EIGHT.get(bytes, i);
        digitWord |= gather(digitOrOtherHighBits(x)) << i;
        letterWord |= gather(letterOrOtherHighBits(x)) << i;
      }
      d[base >>> 6] = digitWord;
      l[base >>> 6] = letterWord;
    }
    for (; i < n; i++) {
      int k = CLASS[Math.min(bytes[i] & 0xFF, 0x80)];
      d[i >>> 6] |= (long) (k >> 1) << i;
      l[i >>> 6] |= (long) (k & 1) << i;
    }
    this.letters = l;
    this.digits = d;
  }

  private static final long HIGH = 0x8080808080808080L;

  /**
   * Bit {@code j}: byte {@code j} (little-endian) of {@code x} is an ASCII digit or 0x80 and
   * above, as {@link #classify} marks it.
   */
  static long digitLanes(long x) {
    return gather(digitOrOtherHighBits(x));
  }

  /** Bit {@code j}: byte {@code j} of {@code x} is an ASCII letter or 0x80 and above. */
  static long letterLanes(long x) {
    return gather(letterOrOtherHighBits(x));
  }

  /**
   * The high bit of each byte of {@code x} that is an ASCII digit or 0x80 and above (a character
   * outside ASCII, marked as both), the rest 0.
   */
  private static long digitOrOtherHighBits(long x) {
    long low = x & ~HIGH;
    // per byte, without a borrow between bytes: high bit set where >= '0', where <= '9'; a byte
    // of 0x80 or more has its high bit from x whatever these say
    long atLeast = (x | HIGH) - 0x3030303030303030L;
    long atMost = 0xB9B9B9B9B9B9B9B9L - low;
    return (atLeast & atMost | x) & HIGH;
  }

  /** As {@link #digitOrOtherHighBits}, for an ASCII letter or 0x80 and above. */
  private static long letterOrOtherHighBits(long x) {
    long folded = (x | 0x2020202020202020L) & ~HIGH;
    long atLeast = (x | 0xA0A0A0A0A0A0A0A0L) - 0x6161616161616161L;
    long atMost = 0xFAFAFAFAFAFAFAFAL - folded;
    return (atLeast & atMost | x) & HIGH;
  }

  /** The high bits of the eight bytes as the low eight bits, byte {@code j}'s as bit {@code j}. */
  private static long gather(long highBits) {
    // (highBits >>> 7) * 0x0102040810204080L, one shift less: the multiplier's low 7 bits are 0
    return highBits * 0x0002040810204081L >>> 56;
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
