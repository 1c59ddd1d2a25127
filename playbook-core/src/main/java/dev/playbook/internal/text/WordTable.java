package dev.playbook.internal.text;

import java.util.Map;

/**
 * An immutable map from words to {@code long}s, looked up by a range of a text without taking a
 * substring: what the automaton asks once for every text word. Open addressing over the words'
 * 64-bit polynomial {@link #hash} (the {@link NormalizedText#tokenHash} the tokeniser already
 * took), behind a bit filter like {@link LongSet}'s, so most words that are not there cost one
 * read of a table that stays in the cache. A slot keeps the word's first eight chars, where the
 * rest lies in one shared array of chars, and the value, so a word that is there costs the slot
 * (half a cache line), and its chars only when it is longer than eight.
 *
 * <p>The word is compared by its chars, never by its hash, which does not prove it: its base,
 * 31, is smaller than the gap between letters and digits ({@code "c1"} and {@code "ao"} share it
 * even before it wraps) and far smaller than the range of the chars a text may hold, so any word a
 * playbook names has others, typed by chance or on purpose, that hash alike. Thread-safe once
 * built.
 */
final class WordTable {

  /** What {@link #get} returns for a word not in the table. */
  static final long ABSENT = -1L;

  /**
   * Longs per slot: the word's first {@value #PACKED} chars (two {@link #letters}, four chars
   * each), its start in {@link #chars} (plus one, so a slot in use is never 0 there) and length,
   * and the value. The hash picks the slot but is not kept: the chars tell the words of one run of
   * slots apart as well, and a word of up to eight chars is compared without a loop, whose exit
   * would mispredict on words of every length.
   */
  private static final int STRIDE = 4;
  /** How many chars a slot holds. */
  private static final int PACKED = 8;

  private final long[] filter;
  private final int filterMask;
  private final long[] slots;
  private final char[] chars;
  private final int mask;

  /** {@code entries} maps words (not empty) to values of 0 or more. */
  WordTable(Map<String, Long> entries) {
    // at most two thirds full: a word that is there is mostly found in its own slot
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3 / 2 + 1) - 1) << 1;
    long[] table = new long[capacity * STRIDE];
    long[] bits = new long[Math.max(1, capacity / 8)];
    int bitMask = bits.length * 64 - 1;
    int m = capacity - 1;
    StringBuilder pool = new StringBuilder();
    entries.forEach((word, value) -> {
      long h = hash(word);
      int bit = filterBit(h, bitMask);
      bits[bit >>> 6] |= 1L << bit;
      int i = index(h, m);
      while (table[i * STRIDE + 2] != 0) {
        i = (i + 1) & m;
      }
      char[] w = word.toCharArray();
      table[i * STRIDE] = letters(w, 0, w.length, 0);
      table[i * STRIDE + 1] = letters(w, 0, w.length, 4);
      table[i * STRIDE + 2] = ((pool.length() + 1L) << 32) | word.length();
      table[i * STRIDE + 3] = value;
      pool.append(word);
    });
    this.filter = bits;
    this.filterMask = bitMask;
    this.slots = table;
    this.chars = pool.toString().toCharArray();
    this.mask = m;
  }

  /** The polynomial hash of a word as {@link NormalizedText#tokenHash} takes it. */
  static long hash(CharSequence word) {
    long h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = h * 31 + word.charAt(i);
    }
    return h;
  }

  /**
   * The value of {@code s[start, end)} (not empty), whose {@link #hash} the caller worked out on its
   * own pass over the word, or {@link #ABSENT}.
   */
  long get(char[] s, int start, int end, long h) {
    int bit = filterBit(h, filterMask);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return ABSENT;
    }
    int length = end - start;
    long first = letters(s, start, length, 0);
    long next = letters(s, start, length, 4);
    long[] table = slots;
    int i = index(h, mask);
    while (true) {
      int at = i * STRIDE;
      long place = table[at + 2];
      if (place == 0) {
        return ABSENT;
      }
      if (table[at] == first && table[at + 1] == next && (int) place == length
          && (length <= PACKED || same((int) (place >>> 32) - 1 + PACKED, s, start + PACKED,
              length - PACKED))) {
        return table[at + 3];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Chars {@code from} to {@code from + 3} of a word (not empty) in one long, read without a
   * branch: where the word is shorter, its last char stands in for those it lacks.
   */
  static long letters(char[] s, int start, int length, int from) {
    int last = length - 1;
    return s[start + Math.min(from, last)] | (long) s[start + Math.min(from + 1, last)] << 16
        | (long) s[start + Math.min(from + 2, last)] << 32
        | (long) s[start + Math.min(from + 3, last)] << 48;
  }

  private boolean same(int from, char[] s, int start, int length) {
    char[] word = chars;
    for (int k = 0; k < length; k++) {
      if (word[from + k] != s[start + k]) {
        return false;
      }
    }
    return true;
  }

  private static int filterBit(long h, int mask) {
    return (int) ((h * 0x9E3779B97F4A7C15L) >>> 20) & mask;
  }

  private static int index(long h, int mask) {
    return (int) ((h * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
