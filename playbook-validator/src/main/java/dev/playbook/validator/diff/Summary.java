package dev.playbook.validator.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sentences every human-readable format shares. */
final class Summary {

  private Summary() {}

  /** {@code 4 changes: 1 breaking, 2 loosening, 0 tightening, 1 cosmetic}. */
  static String counts(PlaybookDiff diff) {
    List<String> parts = new ArrayList<>();
    diff.counts().forEach((category, count) -> parts.add(count + " " + category.label()));
    int total = diff.changes().size();
    return total + (total == 1 ? " change: " : " changes: ") + String.join(", ", parts);
  }

  /** {@code 1.0.0 -> 1.1.0, a minor bump; the changes need a major bump}, with this arrow. */
  static String version(PlaybookDiff diff, String arrow) {
    VersionCheck check = diff.version();
    String moved = switch (check.actual()) {
      case DOWN -> "the version went down";
      case NONE -> "unchanged";
      default -> "a " + check.actual().label() + " bump";
    };
    String needed = check.required() == Bump.NONE ? "no change needs a bump"
        : "the changes need " + (check.required() == Bump.MAJOR ? "a" : "at least a") + " "
            + check.required().label() + " bump";
    return diff.before().version() + " " + arrow + " " + diff.after().version() + ", " + moved + "; " + needed;
  }

  /** Each owner to ask, with how many changes, in order of first appearance. */
  static Map<String, Integer> owners(PlaybookDiff diff) {
    Map<String, Integer> owners = new LinkedHashMap<>();
    for (Change change : diff.changes()) {
      change.owners().forEach(owner -> owners.merge(owner, 1, Integer::sum));
    }
    return owners;
  }
}
