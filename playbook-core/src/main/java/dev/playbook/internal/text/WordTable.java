package dev.playbook.internal.text;

import java.util.Map;

/**
 * An immutable map from words to {@code int}s, looked up by a range of a text without taking a
 * substring: what the automaton asks for every candidate word. Open addressing over the words'
 * {@link String#hashCode}. Thread-safe once built.
 */
final class WordTable {

  /** What {@link #get} returns for a word not in the table. */
  static final int ABSENT = -1;

  private final String[] words;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
    words = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    entries.forEach((word, value) -> {
      int h = word.hashCode();
      int i = index(h);
      while (words[i] != null) {
        i = (i + 1) & mask;
      }
      words[i] = word;
      hashes[i] = h;
      values[i] = value;
    });
  }

  /** The value of {@code s[start, end)}, or {@link #ABSENT}. */
  int get(String s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    return get(s, start, end, h);
  }

  /**
   * The value of {@code s[start, end)}, whose {@link String#hashCode} the caller worked out on
   * its own pass over the word, or {@link #ABSENT}.
   */
  int get(String s, int start, int end, int h) {
    int length = end - start;
    int i = index(h);
    while (true) {
      String word = words[i];
      if (word == null) {
        return ABSENT;
      }
      if (hashes[i] == h && word.length() == length && word.regionMatches(0, s, start, length)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /** The value of a whole word, or {@link #ABSENT}. */
  int get(String word) {
    return get(word, 0, word.length());
  }

  private int index(int h) {
    int x = h * 0x9E3779B9;
    return (x ^ (x >>> 16)) & mask;
  }
}
