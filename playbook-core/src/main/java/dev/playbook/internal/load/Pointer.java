package dev.playbook.internal.load;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901), the form Everit reports violations in (without its leading '#'). */
public final class Pointer {

  private Pointer() {}

  /** The pointer to {@code segment} inside {@code parent}. */
  public static String child(String parent, String segment) {
    return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to item {@code index} inside {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The unescaped segments of a pointer; none for the whole document. */
  public static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** The parent pointer; the document's own pointer for a top-level one. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last unescaped segment, or "" for the whole document. */
  public static String last(String pointer) {
    List<String> segments = segments(pointer);
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }
}
