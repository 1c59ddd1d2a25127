package dev.playbook.internal.check;

import java.util.Locale;

/** Shared wording for the limit kinds. */
final class Limits {

  private Limits() {}

  /** A limit as the author wrote it: {@code 1}, not {@code 1.0}. */
  static String format(double max) {
    return max == Math.rint(max) ? Long.toString((long) max) : String.format(Locale.ROOT, "%s", max);
  }

  /** "3 found, at most 1". */
  static String count(int found, double max) {
    return found + " found, at most " + format(max);
  }
}
