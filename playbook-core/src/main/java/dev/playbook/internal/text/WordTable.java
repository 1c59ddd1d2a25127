package dev.playbook.internal.text;

import java.util.Map;

/**
 * An immutable map from words to {@code int}s, looked up by a range of a text without taking a
 * substring: what the automaton asks for every candidate word. Open addressing over the words'
 * {@link String#hashCode}; a slot's hash and value share one {@code long}, so a word that is not
 * there costs one array read, and the word itself is only compared when its hash is there.
 * Thread-safe once built.
 */
final class WordTable {

  /** What {@link #get} returns for a word not in the table. */
  static final int ABSENT = -1;

  /** Per slot: the word's hash in the high half, its value + 1 in the low half; 0 when empty. */
  private final long[] slots;
  private final char[][] words;
  private final int mask;

  /** {@code entries} maps words to values of 0 or more. */
  WordTable(Map<String, Integer> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    slots = new long[capacity];
    words = new char[capacity][];
    mask = capacity - 1;
    entries.forEach((word, value) -> {
      int h = word.hashCode();
      int i = index(h);
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = ((long) h << 32) | (value + 1L);
      words[i] = word.toCharArray();
    });
  }

  /**
   * The value of {@code s[start, end)}, whose {@link String#hashCode} the caller worked out on
   * its own pass over the word, or {@link #ABSENT}.
   */
  int get(char[] s, int start, int end, int h) {
    int length = end - start;
    int i = index(h);
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        return ABSENT;
      }
      if ((int) (slot >>> 32) == h && same(words[i], s, start, length)) {
        return (int) slot - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean same(char[] word, char[] s, int start, int length) {
    if (word.length != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (word[k] != s[start + k]) {
        return false;
      }
    }
    return true;
  }

  private int index(int h) {
    int x = h * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }
}
