package dev.playbook.internal.text;

import java.util.Map;

/**
 * The automaton's edges, all in one immutable open-addressing table from (node, word key) to the
 * next node, so following an edge is a multiply and an array read or two. Thread-safe once built.
 */
final class EdgeTable {

  /** What {@link #next} returns when there is no such edge. */
  static final int NONE = -1;

  /**
   * A bit filter, four bits for each slot, as in {@link LongSet}: most edges asked for are not
   * there (a phrase's next word rarely follows its first), and the filter turns them away with one
   * read of a table a sixteenth the size of {@link #edges}.
   */
  private final long[] filter;
  private final int filterMask;
  private final long[] edges;
  private final int[] targets;
  private final int mask;

  /** {@code entries} maps {@link #edge} values (never 0) to target nodes. */
  EdgeTable(Map<Long, Integer> entries) {
    this(entries.entrySet().stream().mapToLong(Map.Entry::getKey).toArray(),
        entries.entrySet().stream().mapToInt(Map.Entry::getValue).toArray());
  }

  /** Edge {@code edgeList[i]} (an {@link #edge}, never 0, each once) leads to node {@code to[i]}. */
  EdgeTable(long[] edgeList, int[] to) {
    int capacity = Integer.highestOneBit(Math.max(4, edgeList.length * 2 - 1)) << 1;
    edges = new long[capacity];
    targets = new int[capacity];
    mask = capacity - 1;
    filter = new long[Math.max(1, capacity / 16)];
    filterMask = filter.length * 64 - 1;
    for (int e = 0; e < edgeList.length; e++) {
      long edge = edgeList[e];
      int bit = filterBit(edge);
      filter[bit >>> 6] |= 1L << bit;
      int i = index(edge);
      while (edges[i] != 0) {
        i = (i + 1) & mask;
      }
      edges[i] = edge;
      targets[i] = to[e];
    }
  }

  /** The edge from {@code node} on word key {@code key} (0 or more); never 0. */
  static long edge(int node, int key) {
    return ((long) node << 32) | (key + 1L);
  }

  /** Where the edge from {@code node} on {@code key} leads, or {@link #NONE}. */
  int next(int node, int key) {
    long e = edge(node, key);
    int bit = filterBit(e);
    if ((filter[bit >>> 6] & (1L << bit)) == 0) {
      return NONE;
    }
    int i = index(e);
    while (true) {
      long s = edges[i];
      if (s == e) {
        return targets[i];
      }
      if (s == 0) {
        return NONE;
      }
      i = (i + 1) & mask;
    }
  }

  private int filterBit(long e) {
    long h = e * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 20) & filterMask;
  }

  private int index(long e) {
    long h = e * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
