package dev.playbook.internal.text;

import java.util.Arrays;

/**
 * A growable list of {@code [start, end)} ranges in an original text, without boxing. Filled while
 * one check runs, then only read.
 */
public final class Spans {

  /** No ranges. */
  public static final Spans EMPTY = new Spans(0);

  private int[] data;
  private int size;

  /** An empty list with room for {@code capacity} ranges. */
  public Spans(int capacity) {
    data = new int[capacity * 2];
  }

  /** Adds a range. */
  public void add(int start, int end) {
    if (size * 2 == data.length) {
      data = Arrays.copyOf(data, Math.max(8, data.length * 2));
    }
    data[size * 2] = start;
    data[size * 2 + 1] = end;
    size++;
  }

  /** Removes every range, keeping the room: for a list reused within one check. */
  public void clear() {
    size = 0;
  }

  /** The number of ranges. */
  public int size() {
    return size;
  }

  /** Where range {@code i} starts. */
  public int start(int i) {
    return data[i * 2];
  }

  /** Where range {@code i} ends (exclusive). */
  public int end(int i) {
    return data[i * 2 + 1];
  }

  /** Removes every range wholly inside one of {@code others}, keeping the order of the rest. */
  public void removeInside(Spans others) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      int start = data[i * 2];
      int end = data[i * 2 + 1];
      if (!others.contains(start, end)) {
        data[kept * 2] = start;
        data[kept * 2 + 1] = end;
        kept++;
      }
    }
    size = kept;
  }

  /** Whether one range holds all of {@code [start, end)}. */
  public boolean contains(int start, int end) {
    for (int i = 0; i < size; i++) {
      if (data[i * 2] <= start && end <= data[i * 2 + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether a range overlaps {@code [start, end)}. */
  public boolean overlaps(int start, int end) {
    for (int i = 0; i < size; i++) {
      if (data[i * 2] < end && start < data[i * 2 + 1]) {
        return true;
      }
    }
    return false;
  }
}
