package dev.playbook.internal.load;

import dev.playbook.SourceLocation;
import dev.playbook.internal.validate.Suggestions;
import dev.playbook.internal.validate.Tree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges a playbook with the bases it extends into one tree, as documented in
 * {@code docs/composition.md}: the file's own {@code apiVersion}, {@code kind} and {@code metadata};
 * the sections {@code tone}, {@code personalData}, {@code personalData.patterns} and
 * {@code checklist} merged key by key; lists of items with an id merged by id (a later file's item
 * replaces the earlier one whole, in its place; new ids are added after the inherited ones); any
 * other value taken whole from the last file that sets it. Locked items cannot be replaced or
 * removed.
 *
 * <p>The merged tree gets its own {@link LocationIndex} whose entries are the places each value was
 * written in its own file, so later stages report into the file where an item is defined, and
 * {@link #pointerIn(String)} turns a pointer into the merged tree back into the pointer in that file.
 * One instance per load; not thread-safe.
 */
final class Composer {

  /** A list of items with ids: its key under {@code remove:}, and the noun for one item. */
  private record Section(String removeKey, String noun) {}

  private static final Map<String, Section> ID_LISTS = Map.of(
      "/channels", new Section("channels", "channel"),
      "/topics", new Section("topics", "topic"),
      "/escalationPaths", new Section("escalationPaths", "escalation path"),
      "/templates", new Section("templates", "template"),
      "/tone/rules", new Section("toneRules", "tone rule"),
      "/personalData/rules", new Section("personalDataRules", "personal data rule"),
      "/checklist/items", new Section("checklistItems", "checklist item"));

  private static final Set<String> MERGED_BY_KEY = Set.of("", "/tone", "/personalData", "/personalData/patterns", "/personalData/published", "/checklist");

  /** The file's own: never inherited. */
  private static final Set<String> OWN = Set.of("/apiVersion", "/kind", "/metadata", "/extends", "/remove");

  /** A value as one file wrote it. */
  private record Written(int part, Object value, String pointer) {}

  /** A subtree of the merged tree copied from a file: {@code to} in the merged tree is {@code from} there. */
  private record Origin(String to, String from) {}

  private final List<Part> parts;
  private final Problems problems;
  private final LocationIndex index;
  private final List<Origin> origins = new ArrayList<>();
  private final Set<String> mergedLists = new HashSet<>();

  /**
   * @param parts the files in merge order: bases first (each after its own bases), the playbook last
   */
  Composer(List<Part> parts, Problems problems) {
    this.parts = List.copyOf(parts);
    this.problems = problems;
    this.index = new LocationIndex(parts.get(parts.size() - 1).name());
  }

  /** The merged document. */
  YamlDocument compose() {
    Part own = parts.get(parts.size() - 1);
    if (parts.size() == 1) {
      // Nothing inherited: the file's own tree and places, as they are; anything it removes is missing.
      ID_LISTS.forEach((pointer, section) -> removals(0, section, new ArrayList<>()));
      return own.document();
    }
    List<Written> roots = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      roots.add(new Written(i, parts.get(i).root(), ""));
    }
    Object root = merge("", roots);
    ID_LISTS.forEach((pointer, section) -> {
      if (!mergedLists.contains(pointer)) {
        for (int part = 0; part < parts.size(); part++) {
          removals(part, section, new ArrayList<>());
        }
      }
    });
    return new YamlDocument(root, index, true);
  }

  /** The pointer, in the file it was written in, of a value at {@code pointer} in the merged tree. */
  String pointerIn(String pointer) {
    Origin best = null;
    for (Origin origin : origins) {
      boolean under = pointer.equals(origin.to()) || pointer.startsWith(origin.to() + "/");
      if (under && (best == null || origin.to().length() > best.to().length())) {
        best = origin;
      }
    }
    return best == null ? pointer : best.from() + pointer.substring(best.to().length());
  }

  private Object merge(String pointer, List<Written> written) {
    Written last = written.get(written.size() - 1);
    if (ID_LISTS.containsKey(pointer)) {
      index.graftOne(indexOf(last), last.pointer(), pointer);
      mergedLists.add(pointer);
      return mergeById(pointer, ID_LISTS.get(pointer), written);
    }
    if (MERGED_BY_KEY.contains(pointer) && written.stream().allMatch(w -> w.value() instanceof Map<?, ?>)) {
      index.graftOne(indexOf(last), last.pointer(), pointer);
      Set<String> keys = new LinkedHashSet<>();
      written.forEach(w -> keys.addAll(Tree.map(w.value()).keySet()));
      Map<String, Object> merged = new LinkedHashMap<>();
      for (String key : keys) {
        String child = Pointer.child(pointer, key);
        List<Written> values = new ArrayList<>();
        for (Written w : written) {
          Map<String, Object> map = Tree.map(w.value());
          if (map.containsKey(key) && !(OWN.contains(child) && w.part() != parts.size() - 1)) {
            values.add(new Written(w.part(), map.get(key), Pointer.child(w.pointer(), key)));
          }
        }
        if (!values.isEmpty()) {
          merged.put(key, merge(child, values));
        }
      }
      return merged;
    }
    graft(pointer, last);
    return last.value();
  }

  private Object mergeById(String pointer, Section section, List<Written> written) {
    List<Written> items = new ArrayList<>();
    int next = 0;
    for (int part = 0; part < parts.size(); part++) {
      removals(part, section, items);
      for (; next < written.size() && written.get(next).part() == part; next++) {
        Written list = written.get(next);
        List<Object> values = Tree.list(list.value());
        for (int i = 0; i < values.size(); i++) {
          add(new Written(part, values.get(i), Pointer.child(list.pointer(), i)), section, items);
        }
      }
    }
    List<Object> list = new ArrayList<>();
    for (Written item : items) {
      graft(Pointer.child(pointer, list.size()), item);
      list.add(item.value());
    }
    return list;
  }

  private void add(Written item, Section section, List<Written> items) {
    Optional<String> id = id(item);
    int inherited = id.isEmpty() ? -1 : find(items, id.get(), item.part());
    if (inherited < 0) {
      items.add(item);
      return;
    }
    Written base = items.get(inherited);
    if (isLocked(base)) {
      boolean shadowed = "shadow".equals(Tree.map(item.value()).get("mode"))
          && !"shadow".equals(Tree.map(base.value()).get("mode"));
      problems.reportWithHint(Code.PB803, parts.get(item.part()).document().index().of(item.pointer()),
          item.pointer(), "a locked item is final: give yours its own id to add to it, or ask the owners of "
              + parts.get(base.part()).name() + " to change it",
          section.noun(), id.get(), lockedAt(base), shadowed ? "shadowed" : "redefined");
      return;
    }
    items.set(inherited, item);
  }

  /** Applies the {@code remove:} list of {@code part} for this section to what it inherits. */
  private void removals(int part, Section section, List<Written> items) {
    LocationIndex places = parts.get(part).document().index();
    String removePointer = Pointer.child("/remove", section.removeKey());
    Tree.eachText(Tree.get(parts.get(part).root(), "remove", section.removeKey()), removePointer, (id, p) -> {
      int inherited = find(items, id, part);
      if (inherited < 0) {
        List<String> known = items.stream().map(this::id).flatMap(Optional::stream).toList();
        problems.reportWithHint(Code.PB804, places.value(p), p,
            Suggestions.didYouMean(id, known).orElse("remove it from the list; there is nothing to remove"),
            section.noun(), id);
      } else if (isLocked(items.get(inherited))) {
        Written base = items.get(inherited);
        problems.reportWithHint(Code.PB803, places.value(p), p,
            "a locked item cannot be removed; ask the owners of " + parts.get(base.part()).name() + " to unlock it",
            section.noun(), id, lockedAt(base), "removed");
      } else {
        items.remove(inherited);
      }
    });
  }

  /** The inherited item (from a file before {@code part}) with this id, or -1. */
  private int find(List<Written> items, String id, int part) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).part() < part && id(items.get(i)).filter(id::equals).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private Optional<String> id(Written item) {
    return Tree.text(Tree.map(item.value()).get("id"));
  }

  private static boolean isLocked(Written item) {
    return Boolean.TRUE.equals(Tree.map(item.value()).get("locked"));
  }

  private SourceLocation lockedAt(Written item) {
    return indexOf(item).of(Pointer.child(item.pointer(), "locked"));
  }

  private LocationIndex indexOf(Written written) {
    return parts.get(written.part()).document().index();
  }

  private void graft(String to, Written from) {
    index.graftTree(indexOf(from), from.pointer(), to);
    origins.add(new Origin(to, from.pointer()));
  }
}
