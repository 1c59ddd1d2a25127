package dev.playbook.validator.diff;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (https://semver.org) with its precedence. The loader has already checked the
 * form (PB205, PB404), so parsing cannot fail on a loaded playbook.
 */
record SemanticVersion(BigInteger major, BigInteger minor, BigInteger patch, List<String> preRelease)
    implements Comparable<SemanticVersion> {

  private static final Pattern FORM = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  SemanticVersion {
    preRelease = List.copyOf(preRelease);
  }

  static Optional<SemanticVersion> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\.", -1));
    return Optional.of(new SemanticVersion(
        new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3)), pre));
  }

  boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /**
   * How {@code next} moves on from this version. Releasing (or iterating on) a pre-release counts as
   * the bump the pre-release was made for: from {@code 3.0.0-rc.1} to {@code 3.0.0} is a major bump.
   */
  Bump bumpTo(SemanticVersion next) {
    int order = next.compareTo(this);
    if (order < 0) {
      return Bump.DOWN;
    }
    if (order == 0) {
      return Bump.NONE;
    }
    boolean zeroPatch = patch.signum() == 0;
    if (next.major.compareTo(major) > 0
        || isPreRelease() && zeroPatch && minor.signum() == 0 && next.major.equals(major)) {
      return Bump.MAJOR;
    }
    if (next.minor.compareTo(minor) > 0 || isPreRelease() && zeroPatch && next.minor.equals(minor)) {
      return Bump.MINOR;
    }
    return Bump.PATCH;
  }

  /** The lowest release after this one that makes the given bump, to suggest in a hint. */
  String next(Bump bump) {
    boolean zeroPatch = patch.signum() == 0;
    return switch (bump) {
      case MAJOR -> isPreRelease() && zeroPatch && minor.signum() == 0
          ? major + ".0.0" : major.add(BigInteger.ONE) + ".0.0";
      case MINOR -> isPreRelease() && zeroPatch
          ? major + "." + minor + ".0" : major + "." + minor.add(BigInteger.ONE) + ".0";
      default -> major + "." + minor + "." + (isPreRelease() ? patch : patch.add(BigInteger.ONE));
    };
  }

  /** Semantic Versioning precedence: build metadata is ignored. */
  @Override
  public int compareTo(SemanticVersion other) {
    int c = major.compareTo(other.major);
    if (c == 0) {
      c = minor.compareTo(other.minor);
    }
    if (c == 0) {
      c = patch.compareTo(other.patch);
    }
    if (c != 0) {
      return c;
    }
    if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
      // A release has higher precedence than its pre-releases.
      return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
    }
    for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
      c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(preRelease.size(), other.preRelease.size());
  }

  private static int compareIdentifiers(String a, String b) {
    boolean aNumeric = a.chars().allMatch(Character::isDigit);
    boolean bNumeric = b.chars().allMatch(Character::isDigit);
    if (aNumeric && bNumeric) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
