package dev.playbook.internal.check;

import dev.playbook.Finding;
import java.util.Arrays;
import java.util.List;

/**
 * The findings of one check (or its shadow findings) as they are reported, each beside a key that
 * packs its text, start and end: a repeat is found, and the verdict's order made, by comparing
 * longs rather than by reading every finding and its span.
 *
 * <p>Belongs to one check on one thread.
 */
final class FindingList {

  /** Below this many findings an insertion sort is fastest; above it the library's sort is. */
  private static final int INSERTION_SORT = 32;

  private static final Finding[] NONE = {};
  private static final long[] NO_KEYS = {};

  /** Made on the first finding: most checks have no shadow findings. */
  private Finding[] items = NONE;
  private long[] keys = NO_KEYS;
  private int size;
  /**
   * One bit for each key added ({@link #bit}): most keys are new, and their bit being clear
   * answers {@link #contains} without reading the list.
   */
  private long keyBits;

  /**
   * The order of the verdict as one long: by text (draft first), start, end. Offsets are
   * non-negative ints, so each fits in 31 bits.
   */
  static long key(Finding.Text text, int start, int end) {
    return ((long) text.ordinal() << 62) | ((long) start << 31) | end;
  }

  static long key(Finding f) {
    return key(f.text(), f.span().start(), f.span().end());
  }

  int size() {
    return size;
  }

  Finding get(int i) {
    return items[i];
  }

  /** Whether a finding of rule {@code ruleId} with this key was added. */
  boolean contains(long key, String ruleId) {
    if ((keyBits & bit(key)) == 0) {
      return false;
    }
    long[] k = keys;
    for (int i = 0, n = size; i < n; i++) {
      if (k[i] == key && items[i].ruleId().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  void add(Finding f, long key) {
    if (size == items.length) {
      int capacity = Math.max(8, size * 2);
      items = Arrays.copyOf(items, capacity);
      keys = Arrays.copyOf(keys, capacity);
    }
    items[size] = f;
    keys[size++] = key;
    keyBits |= bit(key);
  }

  /** The bit of {@link #keyBits} for a key: six bits of its product with a large odd number. */
  private static long bit(long key) {
    return 1L << ((key * 0x9E3779B97F4A7C15L) >>> 58);
  }

  void addAll(List<Finding> found) {
    for (int i = 0, n = found.size(); i < n; i++) {
      Finding f = found.get(i);
      add(f, key(f));
    }
  }

  /**
   * The findings in the verdict's order (by text, start, end and rule id), as an immutable list.
   * Sorts this list in place.
   */
  List<Finding> sorted() {
    int n = size;
    if (n <= INSERTION_SORT) {
      insertionSort();
    } else {
      Arrays.sort(items, 0, n, Verdicts.ORDER);
      for (int i = 0; i < n; i++) {
        keys[i] = key(items[i]);
      }
    }
    return immutable(items, n);
  }

  /**
   * The first {@code n} of {@code f} as an immutable list. {@code List.of} with an array copies it
   * (after the copy to its length), while with up to ten arguments it keeps the array it is
   * called with: a check has about seven findings, and the copies showed in profiles.
   */
  private static List<Finding> immutable(Finding[] f, int n) {
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(f[0]);
      case 2:
        return List.of(f[0], f[1]);
      case 3:
        return List.of(f[0], f[1], f[2]);
      case 4:
        return List.of(f[0], f[1], f[2], f[3]);
      case 5:
        return List.of(f[0], f[1], f[2], f[3], f[4]);
      case 6:
        return List.of(f[0], f[1], f[2], f[3], f[4], f[5]);
      case 7:
        return List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
      case 8:
        return List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
      case 9:
        return List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
      case 10:
        return List.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
      default:
        return List.of(n == f.length ? f : Arrays.copyOf(f, n));
    }
  }

  private void insertionSort() {
    Finding[] f = items;
    long[] k = keys;
    for (int i = 1, n = size; i < n; i++) {
      long key = k[i];
      Finding finding = f[i];
      int j = i - 1;
      while (j >= 0 && (k[j] > key || k[j] == key
          && f[j].ruleId().compareTo(finding.ruleId()) > 0)) {
        k[j + 1] = k[j];
        f[j + 1] = f[j];
        j--;
      }
      k[j + 1] = key;
      f[j + 1] = finding;
    }
  }
}
