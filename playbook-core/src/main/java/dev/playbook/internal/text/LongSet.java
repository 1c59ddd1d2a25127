package dev.playbook.internal.text;

import java.util.Collection;

/**
 * An immutable set of {@code long}s with open addressing: what the automaton asks for every
 * character of a word, so a probe must cost a multiply and an array read or two, not a binary
 * search. Thread-safe once built.
 */
final class LongSet {

  private static final long EMPTY = 0L;

  private final long[] slots;
  private final int mask;
  private final boolean hasZero;

  LongSet(Collection<Long> values) {
    int capacity = Integer.highestOneBit(Math.max(4, values.size() * 2 - 1)) << 1;
    long[] table = new long[capacity];
    int m = capacity - 1;
    boolean zero = false;
    for (long v : values) {
      if (v == EMPTY) {
        zero = true;
        continue;
      }
      int i = index(v, m);
      while (table[i] != EMPTY && table[i] != v) {
        i = (i + 1) & m;
      }
      table[i] = v;
    }
    this.slots = table;
    this.mask = m;
    this.hasZero = zero;
  }

  boolean contains(long v) {
    if (v == EMPTY) {
      return hasZero;
    }
    int i = index(v, mask);
    while (true) {
      long s = slots[i];
      if (s == v) {
        return true;
      }
      if (s == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private static int index(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
