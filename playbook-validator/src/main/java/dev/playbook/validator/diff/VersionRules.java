package dev.playbook.validator.diff;

import dev.playbook.Diagnostic;
import dev.playbook.SourceLocation;
import dev.playbook.model.Playbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks that {@code metadata.version} moved as far as the changes need. */
final class VersionRules {

  private static final String POINTER = "/metadata/version";

  private VersionRules() {}

  static VersionCheck check(Playbook before, Playbook after, List<Change> changes) {
    Bump required = changes.stream()
        .map(c -> Bump.requiredFor(c.category()))
        .max(Comparator.naturalOrder())
        .orElse(Bump.NONE);
    String oldText = before.metadata().version();
    String newText = after.metadata().version();
    // The loader has checked both versions' form, so these are present for any loaded playbook.
    SemanticVersion oldVersion = SemanticVersion.parse(oldText).orElseThrow(
        () -> new IllegalArgumentException("not a semantic version: " + oldText));
    SemanticVersion newVersion = SemanticVersion.parse(newText).orElseThrow(
        () -> new IllegalArgumentException("not a semantic version: " + newText));
    Bump actual = oldVersion.bumpTo(newVersion);
    SourceLocation where = after.metadata().location();
    List<Diagnostic> findings = new ArrayList<>();
    String suggestion = "set metadata.version to " + oldVersion.next(required) + " or later";
    if (actual == Bump.DOWN) {
      findings.add(finding(VersionRule.PB704, where,
          "the version went down from " + oldText + " to " + newText,
          "a new version needs a higher number; "
              + (required == Bump.NONE ? "keep " + oldText : suggestion)));
    } else if (actual == Bump.NONE && required != Bump.NONE) {
      findings.add(finding(VersionRule.PB701, where,
          "the playbook changed (" + count(changes) + ") but its version is still " + newText,
          suggestion + ", since there " + (changes.size() == 1 ? "is a " : "are ")
              + required.label() + "-level change" + (changes.size() == 1 ? "" : "s")));
    } else if (required == Bump.MAJOR && actual.compareTo(Bump.MAJOR) < 0) {
      Change first = first(changes, Category.BREAKING);
      findings.add(finding(VersionRule.PB702, where,
          "a breaking change needs a major version, but " + oldText + " to " + newText
              + " is a " + actual.label() + " bump (" + first.description() + ")",
          suggestion));
    } else if (required == Bump.MINOR && actual.compareTo(Bump.MINOR) < 0) {
      Change first = changes.stream()
          .filter(c -> Bump.requiredFor(c.category()) == Bump.MINOR).findFirst().orElseThrow();
      findings.add(finding(VersionRule.PB703, where,
          "a " + first.category().label() + " change should have at least a minor version, but "
              + oldText + " to " + newText + " is a patch bump (" + first.description() + ")",
          suggestion));
    }
    return new VersionCheck(required, actual, findings);
  }

  private static Change first(List<Change> changes, Category category) {
    return changes.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
  }

  private static String count(List<Change> changes) {
    return changes.size() == 1 ? "1 change" : changes.size() + " changes";
  }

  private static Diagnostic finding(VersionRule rule, SourceLocation where, String message, String hint) {
    return new Diagnostic(rule.name(), rule.severity(), message, where, POINTER, Optional.of(hint));
  }
}
