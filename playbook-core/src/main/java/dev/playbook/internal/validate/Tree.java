package dev.playbook.internal.validate;

import dev.playbook.internal.load.Pointer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Tolerant reading of a parsed playbook tree: every accessor copes with a missing value or one of
 * the wrong shape (the schema reports those), so semantic passes can run on an invalid playbook.
 */
public final class Tree {

  private Tree() {}

  /** The mapping at {@code node}, or an empty one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** The list at {@code node}, or an empty one. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object node) {
    return node instanceof List<?> list ? (List<Object>) list : List.of();
  }

  /** The text at {@code node}, if it is text. */
  public static Optional<String> text(Object node) {
    return node instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** The value under these keys, or null. */
  public static Object get(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      current = map(current).get(key);
    }
    return current;
  }

  /** Calls {@code action} with each item of the list at {@code pointer} and the item's pointer. */
  public static void eachItem(Object list, String pointer, BiConsumer<Object, String> action) {
    List<Object> items = list(list);
    for (int i = 0; i < items.size(); i++) {
      action.accept(items.get(i), Pointer.child(pointer, i));
    }
  }

  /** Calls {@code action} with each text item of a list and the item's pointer. */
  public static void eachText(Object list, String pointer, BiConsumer<String, String> action) {
    eachItem(list, pointer, (item, p) -> text(item).ifPresent(s -> action.accept(s, p)));
  }

  /**
   * The ids of the items of a list, each with the pointer of its first item: {@code id} → pointer.
   * Items without a text {@code key} are skipped.
   */
  public static Map<String, String> ids(Object list, String pointer, String key) {
    Map<String, String> ids = new LinkedHashMap<>();
    eachItem(list, pointer, (item, p) ->
        text(map(item).get(key)).ifPresent(id -> ids.putIfAbsent(id, p)));
    return ids;
  }
}
