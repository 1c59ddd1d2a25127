package dev.playbook.internal.text;

import java.util.Collection;

/**
 * An immutable bit filter over words by their 64-bit {@link WordTable#hash}: 1 for a word that may
 * be among those it was made of, 0 for one that surely is not. One read of a small table that stays
 * in the cache, asked of every text word before any table is. Thread-safe once built.
 */
final class WordFilter {

  private final long[] bits;
  private final int mask;

  /**
   * A filter of {@code words}, with the bits a {@link WordTable} of {@code size} words (at least
   * as many) gives its filter: eight a word or more.
   */
  WordFilter(Collection<String> words, int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 3 / 2 + 1) - 1) << 1;
    bits = new long[Math.max(1, capacity / 8)];
    mask = bits.length * 64 - 1;
    for (String word : words) {
      int bit = bitOf(WordTable.hash(word));
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  /** 1 when a word of hash {@code h} may be in the filter, 0 when it surely is not. */
  int bit(long h) {
    int bit = bitOf(h);
    return (int) (bits[bit >>> 6] >>> bit) & 1;
  }

  private int bitOf(long h) {
    return (int) ((h * 0x9E3779B97F4A7C15L) >>> 20) & mask;
  }
}
