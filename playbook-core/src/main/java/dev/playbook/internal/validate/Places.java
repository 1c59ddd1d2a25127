package dev.playbook.internal.validate;

import dev.playbook.internal.load.Pointer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names places in a playbook the way its author thinks of them: {@code /topics/3/outcome} is "a topic's outcome". */
public final class Places {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("", "the playbook"),
      Map.entry("/metadata", "metadata"),
      Map.entry("/metadata/owners/*", "an owner"),
      Map.entry("/metadata/approval", "the approval"),
      Map.entry("/channels/*", "a channel"),
      Map.entry("/channels/*/signature", "a channel's signature"),
      Map.entry("/channels/*/allow", "a channel's allow"),
      Map.entry("/tone", "tone"),
      Map.entry("/tone/rules/*", "a tone rule"),
      Map.entry("/tone/rules/*/phrases/*", "a phrase"),
      Map.entry("/topics/*", "a topic"),
      Map.entry("/topics/*/recognise", "a topic's recognise"),
      Map.entry("/topics/*/recognise/phrases/*", "a phrase"),
      Map.entry("/topics/*/outcome", "a topic's outcome"),
      Map.entry("/escalationPaths/*", "an escalation path"),
      Map.entry("/escalationPaths/*/tiers/*", "an escalation tier"),
      Map.entry("/escalationPaths/*/tiers/*/notify/*", "a tier's notification"),
      Map.entry("/templates/*", "a template"),
      Map.entry("/templates/*/variables/*", "a template variable"),
      Map.entry("/templates/*/locales", "a template's locales"),
      Map.entry("/personalData", "personalData"),
      Map.entry("/personalData/patterns", "personalData.patterns"),
      Map.entry("/personalData/rules/*", "a personal data rule"),
      Map.entry("/checklist", "checklist"),
      Map.entry("/checklist/items/*", "a checklist item"),
      Map.entry("/checklist/seniorReview", "seniorReview"));

  private Places() {}

  /** What the value at {@code pointer} is, in the author's words. */
  public static String describe(String pointer) {
    String name = NAMES.get(shape(pointer));
    return name != null ? name : subject(pointer);
  }

  /**
   * The value at {@code pointer} as the subject of a sentence: {@code 'maxLength'} for a key, "an
   * item of 'locales'" for a list item, or its place name when it has one.
   */
  public static String subject(String pointer) {
    List<String> segments = Pointer.segments(pointer);
    if (segments.isEmpty()) {
      return "the playbook";
    }
    String last = segments.get(segments.size() - 1);
    if (!isIndex(last)) {
      return "'" + last + "'";
    }
    String name = NAMES.get(shape(pointer));
    if (name != null) {
      return name;
    }
    return segments.size() > 1 ? "an item of '" + segments.get(segments.size() - 2) + "'" : "an item";
  }

  private static String shape(String pointer) {
    return Pointer.segments(pointer).stream()
        .map(s -> "/" + (isIndex(s) ? "*" : s))
        .collect(Collectors.joining());
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
