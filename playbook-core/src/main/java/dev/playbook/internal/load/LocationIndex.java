package dev.playbook.internal.load;

import dev.playbook.SourceLocation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a playbook was written: JSON pointer → the location of its key (for mapping
 * entries) and of its value, taken from the parser's token positions. Built once while reading,
 * read-only afterwards.
 */
public final class LocationIndex {

  private final String file;
  private final Map<String, SourceLocation> keys = new HashMap<>();
  private final Map<String, SourceLocation> values = new HashMap<>();
  private final Map<String, String> plainText = new HashMap<>();

  LocationIndex(String file) {
    this.file = file;
  }

  void putKey(String pointer, SourceLocation location) {
    keys.putIfAbsent(pointer, location);
  }

  void putValue(String pointer, SourceLocation location) {
    values.putIfAbsent(pointer, location);
  }

  void putPlainText(String pointer, String text) {
    plainText.putIfAbsent(pointer, text);
  }

  /** This index's entry for {@code pointer} alone, taken from {@code from}'s entry for {@code fromPointer}. */
  void graftOne(LocationIndex from, String fromPointer, String pointer) {
    copy(from.keys, keys, fromPointer, pointer, false);
    copy(from.values, values, fromPointer, pointer, false);
    copy(from.plainText, plainText, fromPointer, pointer, false);
  }

  /**
   * Every entry of {@code from} at or under {@code fromPointer}, moved to {@code pointer}: how a
   * composed playbook keeps the places an inherited item was written in its own file.
   */
  void graftTree(LocationIndex from, String fromPointer, String pointer) {
    copy(from.keys, keys, fromPointer, pointer, true);
    copy(from.values, values, fromPointer, pointer, true);
    copy(from.plainText, plainText, fromPointer, pointer, true);
  }

  private static <V> void copy(Map<String, V> from, Map<String, V> to, String fromPointer, String pointer, boolean tree) {
    V own = from.get(fromPointer);
    if (own != null) {
      to.putIfAbsent(pointer, own);
    }
    if (tree) {
      String prefix = fromPointer + "/";
      from.forEach((p, v) -> {
        if (p.startsWith(prefix)) {
          to.putIfAbsent(pointer + p.substring(fromPointer.length()), v);
        }
      });
    }
  }

  /** The file the locations are in. */
  public String file() {
    return file;
  }

  /** Where the key of this mapping entry is written, if it is a mapping entry. */
  public Optional<SourceLocation> key(String pointer) {
    return Optional.ofNullable(keys.get(pointer));
  }

  /**
   * Where the value itself starts; for a pointer that is not in the document, the nearest enclosing
   * value that is (so a diagnostic always has a place).
   */
  public SourceLocation value(String pointer) {
    for (String p = pointer; ; p = Pointer.parent(p)) {
      SourceLocation location = values.get(p);
      if (location != null) {
        return location;
      }
      if (p.isEmpty()) {
        return SourceLocation.ofFile(file);
      }
    }
  }

  /**
   * The place that names this value: its key for a mapping entry ({@code outcome:}), else the value
   * (a list item). Use it for problems that belong to the whole item.
   */
  public SourceLocation of(String pointer) {
    return key(pointer).orElseGet(() -> value(pointer));
  }

  /**
   * The text of a scalar YAML read as a number, boolean or null, as written ({@code 1.10}, not
   * {@code 1.1}), so messages can quote what the author wrote.
   */
  public Optional<String> plainText(String pointer) {
    return Optional.ofNullable(plainText.get(pointer));
  }
}
