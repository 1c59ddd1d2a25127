package dev.playbook.internal.check;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Shared wording for the limit kinds. */
final class Limits {

  /** {@link #countDetail} keeps the details of counts below this... */
  static final int KEPT_COUNTS = 64;
  /** ... for the whole limits below this. */
  static final int KEPT_LIMITS = 16;
  /**
   * By {@code limit * KEPT_COUNTS + found}, the detail {@link #count} words, made on first use:
   * most drafts shout or exclaim a few times over a limit of zero to a few, and building the same
   * strings again on every check showed in profiles. Immutable values, so a race only builds one
   * twice.
   */
  private static final AtomicReferenceArray<Optional<String>> COUNT_DETAILS =
      new AtomicReferenceArray<>(KEPT_COUNTS * KEPT_LIMITS);

  private Limits() {}

  /** A limit as the author wrote it: {@code 1}, not {@code 1.0}. */
  static String format(double max) {
    return max == Math.rint(max) ? Long.toString((long) max) : String.format(Locale.ROOT, "%s", max);
  }

  /** "3 found, at most 1". */
  static String count(int found, double max) {
    return found + " found, at most " + format(max);
  }

  /** {@link #count} as a finding's detail. */
  static Optional<String> countDetail(int found, double max) {
    int limit = (int) max;
    if (limit != max || limit < 0 || limit >= KEPT_LIMITS || found < 0 || found >= KEPT_COUNTS) {
      return Optional.of(count(found, max));
    }
    int slot = limit * KEPT_COUNTS + found;
    Optional<String> detail = COUNT_DETAILS.get(slot);
    if (detail == null) {
      detail = Optional.of(count(found, max));
      COUNT_DETAILS.set(slot, detail);
    }
    return detail;
  }
}
