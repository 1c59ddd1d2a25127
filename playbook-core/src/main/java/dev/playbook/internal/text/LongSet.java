package dev.playbook.internal.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable set of {@code long}s with open addressing, each with an {@code int} of its own (0
 * when not given): what the automaton asks for every word, so a probe must cost a multiply and an
 * array read or two, not a binary search. Thread-safe once built.
 */
final class LongSet {

  private static final long EMPTY = 0L;

  /**
   * A bit filter, {@value #FILTER_BITS} bits for each slot: a member's bit (picked by its hash) is
   * set, so most values that are not members are turned away by one read of a table half the size
   * of {@link #slots}, which stays in the cache while a check reads everything else. The automaton
   * asks the probes' filter for every text word of four letters or more; at four bits a slot one
   * word in ten got through it without being a probe (half of the words then tested in full).
   */
  private static final int FILTER_BITS = 32;
  private final long[] filter;
  private final int filterMask;
  private final long[] slots;
  private final int[] values;
  private final int mask;
  private final boolean hasZero;
  private final int zeroValue;

  LongSet(Collection<Long> members) {
    this(asMap(members));
  }

  /** A set of the keys of {@code members}, each with its value. */
  LongSet(Map<Long, Integer> members) {
    int capacity = Integer.highestOneBit(Math.max(4, members.size() * 2 - 1)) << 1;
    long[] table = new long[capacity];
    int[] ints = new int[capacity];
    int m = capacity - 1;
    long[] bits = new long[Math.max(1, capacity * FILTER_BITS / 64)];
    int bitMask = bits.length * 64 - 1;
    boolean zero = false;
    int atZero = 0;
    for (Map.Entry<Long, Integer> e : members.entrySet()) {
      long v = e.getKey();
      if (v == EMPTY) {
        zero = true;
        atZero = e.getValue();
        continue;
      }
      int bit = filterBit(v, bitMask);
      bits[bit >>> 6] |= 1L << bit;
      int i = index(v, m);
      while (table[i] != EMPTY && table[i] != v) {
        i = (i + 1) & m;
      }
      table[i] = v;
      ints[i] = e.getValue();
    }
    this.filter = bits;
    this.filterMask = bitMask;
    this.slots = table;
    this.values = ints;
    this.mask = m;
    this.hasZero = zero;
    this.zeroValue = atZero;
  }

  private static Map<Long, Integer> asMap(Collection<Long> members) {
    Map<Long, Integer> map = new HashMap<>();
    members.forEach(v -> map.put(v, 0));
    return map;
  }

  /** The value of {@code v}, or 0 when {@code v} is not in the set. */
  int valueOf(long v) {
    if (v == EMPTY) {
      return hasZero ? zeroValue : 0;
    }
    int i = slotOf(v);
    return i < 0 ? 0 : values[i];
  }

  boolean contains(long v) {
    return v == EMPTY ? hasZero : slotOf(v) >= 0;
  }

  /** 1 when {@code v} (not 0) may be in the set, 0 when it surely is not. */
  int filterBit(long v) {
    int bit = filterBit(v, filterMask);
    return (int) (filter[bit >>> 6] >>> bit) & 1;
  }

  /** The slot holding {@code v} (not {@link #EMPTY}), or -1. */
  private int slotOf(long v) {
    int bit = filterBit(v, filterMask);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    int i = index(v, mask);
    while (true) {
      long s = slots[i];
      if (s == v) {
        return i;
      }
      if (s == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private static int filterBit(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 20) & mask;
  }

  private static int index(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
