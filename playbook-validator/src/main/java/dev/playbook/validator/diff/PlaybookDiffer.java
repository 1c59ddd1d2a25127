package dev.playbook.validator.diff;

import dev.playbook.model.Metadata.Owner;
import dev.playbook.model.Playbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two versions of a playbook by meaning: what was added, removed or changed, how each
 * change must be reviewed ({@link Category}), who must approve it, and whether
 * {@code metadata.version} moved far enough ({@link VersionCheck}).
 *
 * <pre>{@code
 * PlaybookDiff diff = PlaybookDiffer.diff(
 *     Playbooks.load(Path.of("old.yaml")).orThrow(),
 *     Playbooks.load(Path.of("playbook.yaml")).orThrow());
 * diff.changes(Category.LOOSENING).forEach(c -> System.out.println(c.description()));
 * }</pre>
 *
 * <p>A pure function of the two models: no I/O, no clock. Thread-safe. Formatting, comments and
 * the order of items with ids do not count as changes.
 */
public final class PlaybookDiffer {

  /** The order sections are reported in, as the YAML is written. */
  static final List<String> SECTIONS = List.of(
      "metadata", "channels", "tone", "topics", "escalationPaths", "templates", "personalData", "checklist");

  private PlaybookDiffer() {}

  /**
   * What changed from {@code before} to {@code after}.
   *
   * @param before the old version
   * @param after the new version
   */
  public static PlaybookDiff diff(Playbook before, Playbook after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    ChangeLog log = new ChangeLog(before, after);
    MetadataDiffer.diff(log);
    ChannelDiffer.diff(log);
    RuleDiffer.tone(log);
    RuleDiffer.topics(log);
    EscalationDiffer.diff(log);
    TemplateDiffer.diff(log);
    RuleDiffer.personalData(log);
    ChecklistDiffer.diff(log);
    List<Change> changes = new ArrayList<>();
    for (Change change : log.changes()) {
      changes.add(change.withOwners(change.category() == Category.COSMETIC
          ? List.of() : owners(before, after, change.section())));
    }
    // Stable: within a category and section, changes stay in the order of the file.
    changes.sort(Comparator.comparing(Change::category)
        .thenComparing(c -> SECTIONS.indexOf(c.section())));
    return new PlaybookDiff(revision(before), revision(after), changes,
        VersionRules.check(before, after, changes));
  }

  /**
   * The owners of a section in either version: someone who owned it before must see a change that
   * takes it away from them, and a new owner approves from now on. A section nobody names is
   * approved by every owner, so that no change goes without an approver.
   */
  private static List<String> owners(Playbook before, Playbook after, String section) {
    Set<String> named = new LinkedHashSet<>();
    Set<String> everyone = new LinkedHashSet<>();
    for (Playbook playbook : List.of(before, after)) {
      for (Owner owner : playbook.metadata().owners()) {
        everyone.add(owner.name());
        if (owner.sections().contains(section)) {
          named.add(owner.name());
        }
      }
    }
    return List.copyOf(named.isEmpty() ? everyone : named);
  }

  private static Revision revision(Playbook playbook) {
    return new Revision(playbook.source().file(), playbook.metadata().id(), playbook.metadata().version());
  }
}
