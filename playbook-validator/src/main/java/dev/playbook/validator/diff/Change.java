package dev.playbook.validator.diff;

import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One semantic change between two versions of a playbook.
 *
 * @param category how it must be reviewed
 * @param section the top-level section it belongs to, as written in the YAML and in
 *     {@code metadata.owners[].sections}: {@code metadata}, {@code channels}, {@code tone},
 *     {@code topics}, {@code escalationPaths}, {@code templates}, {@code personalData} or
 *     {@code checklist}
 * @param item the id of the item changed (a channel, rule, topic, path, template, checklist item,
 *     owner's name or personal data kind), {@code ""} for a change to a section as a whole
 * @param path where, like a JSON pointer but naming list items by id where they have one:
 *     {@code /escalationPaths/legal-review/tiers/0/within}
 * @param before the value in the old version as short text, empty when it was added
 * @param after the value in the new version as short text, empty when it was removed
 * @param description one line for people: {@code deadline of tier 1 'Social care team leader' in
 *     escalation path 'legal-review' lengthened from PT30M to PT1H}
 * @param location where the change is in the new version, or in the old one for a removal
 * @param owners who must approve it: every owner of the section in the old or the new version
 *     ({@code metadata.owners[].sections}); empty for cosmetic changes
 */
public record Change(
    Category category,
    String section,
    String item,
    String path,
    Optional<String> before,
    Optional<String> after,
    String description,
    SourceLocation location,
    List<String> owners) {

  public Change {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    owners = List.copyOf(owners);
  }

  /** This change with these owners to ask. */
  Change withOwners(List<String> names) {
    return new Change(category, section, item, path, before, after, description, location, names);
  }
}
