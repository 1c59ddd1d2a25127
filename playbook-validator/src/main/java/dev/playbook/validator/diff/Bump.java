package dev.playbook.validator.diff;

import java.util.Locale;

/** How {@code metadata.version} moved between two versions of a playbook, or must move. */
public enum Bump {
  /** The version went down. */
  DOWN,
  /** The same version (build metadata aside). */
  NONE,
  /** Only the patch number went up. */
  PATCH,
  /** The minor number went up (or a pre-release of a new minor version was released). */
  MINOR,
  /** The major number went up (or a pre-release of a new major version was released). */
  MAJOR;

  /** The lower-case word used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bump a change of this category needs at least. */
  static Bump requiredFor(Category category) {
    return switch (category) {
      case BREAKING -> MAJOR;
      case LOOSENING, TIGHTENING -> MINOR;
      case COSMETIC -> PATCH;
    };
  }
}
