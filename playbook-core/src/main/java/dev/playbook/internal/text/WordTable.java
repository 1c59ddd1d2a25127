package dev.playbook.internal.text;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map from words to {@code long}s, looked up by a range of a text without taking a
 * substring: what the automaton asks once for every text word. Open addressing over the words'
 * 64-bit polynomial {@link #hash} (the {@link NormalizedText#tokenHash} the tokeniser already
 * took), behind a bit filter like {@link LongSet}'s, so most words that are not there cost one
 * read of a table that stays in the cache. A slot keeps the word's first eight chars, where the
 * rest lies in one shared array of chars, and the value, so a word that is there costs the slot
 * (half a cache line), and its chars only when it is longer than eight. The words of up to four
 * chars, most of those a text finds ("to", "you", "we"), are in a small table of their own.
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

  /** The longest word {@link #shortWords} holds; a longer one is in {@link #slots}. */
  static final int SHORT = 4;
  /** A short word's length, kept in the top bits of its value in {@link #shortWords}. */
  private static final int LENGTH_SHIFT = 61;
  private static final long VALUE_BITS = (1L << LENGTH_SHIFT) - 1;
  private static final long MULTIPLIER_A = 0x9E3779B97F4A7C15L;
  private static final long MULTIPLIER_B = 0xC2B2AE3D27D4EB4FL;

  private final long[] filter;
  private final int filterMask;
  /**
   * The words of up to {@value #SHORT} chars ("to", "you", "we": most of the words a text finds
   * here), apart from the longer words in a table a few KB in size that stays in the L1 cache
   * between checks: a cuckoo table of (the word's chars, its value with its length on top) pairs,
   * where a word is in one of two slots, both read without a branch.
   */
  private final long[] shortWords;
  /** {@value #SHORT}, or 0 when the short words are with the longer ones in {@link #slots}. */
  private final int shortest;
  private final int shortShift;
  private final long shortSeed;
  private final long[] slots;
  private final char[] chars;
  private final int mask;

  /** {@code entries} maps words (not empty) to values of 0 to 2^61 - 1. */
  WordTable(Map<String, Long> entries) {
    Map<String, Long> longer = new HashMap<>();
    // by the word: two keys are alike for a word and the same word with a char 0 after it
    Map<String, Long> shorter = new HashMap<>();
    entries.forEach((word, value) -> {
      if (value < 0 || value > VALUE_BITS) {
        throw new IllegalArgumentException("value out of range: " + value);
      }
      if (word.length() <= SHORT) {
        shorter.put(word, value | (long) word.length() << LENGTH_SHIFT);
      } else {
        longer.put(word, value);
      }
    });
    // at most half full, so the cuckoo's two slots place every word after few moves (or
    // another seed does; a larger table after eight seeds); should no seed place them (words made
    // to share slots), the short words go with the longer ones
    int shortBits = Math.max(2, 64 - Long.numberOfLeadingZeros(shorter.size() * 2L));
    long seed = 0;
    long[] cuckoo = cuckoo(shorter, shortBits, seed);
    for (int tries = 1; cuckoo == null && tries < 32; tries++) {
      seed += MULTIPLIER_B;
      shortBits += tries % 8 == 0 ? 1 : 0;
      cuckoo = cuckoo(shorter, shortBits, seed);
    }
    this.shortest = cuckoo == null ? 0 : SHORT;
    if (cuckoo == null) {
      shorter.forEach((word, value) -> longer.put(word, value & VALUE_BITS));
      shortBits = 1;
      cuckoo = new long[4];
    }
    this.shortWords = cuckoo;
    this.shortShift = 64 - shortBits;
    this.shortSeed = seed;
    // the longer words at most two thirds full: a word that is there is mostly found in its
    // own slot
    int capacity = Integer.highestOneBit(Math.max(4, longer.size() * 3 / 2 + 1) - 1) << 1;
    long[] table = new long[capacity * STRIDE];
    // the filter is for every word, eight bits a word or more: get asks it of the longer ones,
    // the automaton before round eleven (the tests' oracle) of every word
    long[] bits = new long[Math.max(1,
        (Integer.highestOneBit(Math.max(4, entries.size() * 3 / 2 + 1) - 1) << 1) / 8)];
    int bitMask = bits.length * 64 - 1;
    int m = capacity - 1;
    StringBuilder pool = new StringBuilder();
    entries.keySet().forEach(word -> {
      int bit = filterBit(hash(word), bitMask);
      bits[bit >>> 6] |= 1L << bit;
    });
    longer.forEach((word, value) -> {
      long h = hash(word);
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

  /**
   * A cuckoo table of {@code 1 << bits} slots holding {@code words} (short keys to values with
   * their lengths), two longs a slot, or null when {@code seed} places them in a cycle.
   */
  private static long[] cuckoo(Map<String, Long> words, int bits, long seed) {
    long[] table = new long[2 << bits];
    int shift = 64 - bits;
    for (Map.Entry<String, Long> e : words.entrySet()) {
      long key = shortKey(e.getKey().toCharArray(), 0, e.getKey().length());
      long value = e.getValue();
      int length = (int) (value >>> LENGTH_SHIFT);
      int at = shortSlot(key, length, MULTIPLIER_A, seed, shift);
      for (int moves = 0; ; moves++) {
        if (moves > 4 * bits + 16) {
          return null;
        }
        long evictedKey = table[2 * at];
        long evictedValue = table[2 * at + 1];
        table[2 * at] = key;
        table[2 * at + 1] = value;
        if (evictedValue == 0) {
          break;
        }
        key = evictedKey;
        value = evictedValue;
        // the evicted word moves to its other slot
        length = (int) (value >>> LENGTH_SHIFT);
        int a = shortSlot(key, length, MULTIPLIER_A, seed, shift);
        at = a == at ? shortSlot(key, length, MULTIPLIER_B, seed, shift) : a;
      }
    }
    return table;
  }

  /**
   * The chars of a word of up to {@value #SHORT} chars in one long, those it lacks 0 (its length,
   * kept beside it, tells a word from one that goes on with a char 0).
   */
  private static long shortKey(char[] s, int start, int length) {
    return letters(s, start, length, 0) & (-1L >>> (64 - 16 * length));
  }

  /**
   * One of the two slots of a short word; its length picks them too, since a word and the same
   * word with a char 0 after it have one key.
   */
  private static int shortSlot(long key, int length, long multiplier, long seed, int shift) {
    return (int) ((((key ^ seed) + length) * multiplier) >>> shift);
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
    int length = end - start;
    if (length <= shortest) {
      return length <= 0 ? ABSENT : getShort(s, start, length);
    }
    int bit = filterBit(h, filterMask);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return ABSENT;
    }
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

  /** {@link #get} for a word of 1 to {@value #SHORT} chars: both its slots, without a branch. */
  private long getShort(char[] s, int start, int length) {
    long key = shortKey(s, start, length);
    long[] table = shortWords;
    int a = 2 * shortSlot(key, length, MULTIPLIER_A, shortSeed, shortShift);
    int b = 2 * shortSlot(key, length, MULTIPLIER_B, shortSeed, shortShift);
    long va = table[a + 1];
    long vb = table[b + 1];
    // 0 where a slot holds the word, its chars and its length; then all ones where it does not,
    // in arithmetic rather than a branch or a select
    long differA = (table[a] ^ key) | ((va >>> LENGTH_SHIFT) ^ length);
    long differB = (table[b] ^ key) | ((vb >>> LENGTH_SHIFT) ^ length);
    long notA = (differA | -differA) >> 63;
    long notB = (differB | -differB) >> 63;
    // a word is in one slot at most; in neither, ABSENT (all ones)
    return (va & VALUE_BITS & ~notA) | (vb & VALUE_BITS & ~notB) | (notA & notB);
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

  /** 1 when a word of hash {@code h} may be in the table, 0 when it surely is not. */
  int filterBit(long h) {
    int bit = filterBit(h, filterMask);
    return (int) (filter[bit >>> 6] >>> bit) & 1;
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
