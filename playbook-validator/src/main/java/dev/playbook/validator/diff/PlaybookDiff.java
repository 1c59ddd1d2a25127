package dev.playbook.validator.diff;

import java.util.List;
import java.util.Map;
import java.util.EnumMap;

/**
 * What changed between two versions of a playbook, and whether the version number says so.
 * Obtain one from {@link PlaybookDiffer#diff}.
 *
 * @param before the old version
 * @param after the new version
 * @param changes every change, most serious category first, then in section order (metadata,
 *     channels, tone, topics, escalation paths, templates, personal data, checklist), then in the
 *     order of the file
 * @param version the version rules' verdict
 */
public record PlaybookDiff(Revision before, Revision after, List<Change> changes, VersionCheck version) {

  public PlaybookDiff {
    changes = List.copyOf(changes);
  }

  /** Whether the two versions mean the same (formatting, comments and order aside). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes of one category, in order. */
  public List<Change> changes(Category category) {
    return changes.stream().filter(c -> c.category() == category).toList();
  }

  /** How many changes there are of each category, every category present. */
  public Map<Category, Integer> counts() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      counts.put(category, changes(category).size());
    }
    return counts;
  }
}
