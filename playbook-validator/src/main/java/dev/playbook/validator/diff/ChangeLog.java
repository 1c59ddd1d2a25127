package dev.playbook.validator.diff;

import dev.playbook.SourceLocation;
import dev.playbook.model.Channel;
import dev.playbook.model.Playbook;
import dev.playbook.model.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Collects the changes of one diff, and the comparisons every section shares. Section differs say
 * what a change means; this class says how it is written down.
 */
final class ChangeLog {

  /** Longer values are cut here in {@code before}/{@code after}: they are a reminder, not the text. */
  static final int SHORT_TEXT = 120;

  final Playbook before;
  final Playbook after;
  private final List<Change> changes = new ArrayList<>();

  ChangeLog(Playbook before, Playbook after) {
    this.before = before;
    this.after = after;
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  /** Where in the file each side starts, for what the model has no location for. */
  SourceLocation beforeStart() {
    return before.source().location();
  }

  SourceLocation afterStart() {
    return after.source().location();
  }

  /** One place in a playbook: section, item and path, so that each change need not repeat them. */
  record At(String section, String item, String path) {
    At child(String segment) {
      return new At(section, item, path + "/" + escape(segment));
    }

    At item(String id) {
      return new At(section, id, path + "/" + escape(id));
    }

    /** RFC 6901 escaping, so that ids and locale tags cannot be read as two segments. */
    private static String escape(String segment) {
      return segment.replace("~", "~0").replace("/", "~1");
    }
  }

  static At section(String name) {
    return new At(name, "", "/" + name);
  }

  void add(Category category, At at, Optional<String> was, Optional<String> now,
      SourceLocation location, String description) {
    changes.add(new Change(category, at.section(), at.item(), at.path(), was.map(ChangeLog::shorten),
        now.map(ChangeLog::shorten), description, location, List.of()));
  }

  /**
   * A change whose values are kept whole (on one line): template bodies, the text customers read,
   * where a cut would hide the very words a reviewer must compare.
   */
  void addInFull(Category category, At at, Optional<String> was, Optional<String> now,
      SourceLocation location, String description) {
    changes.add(new Change(category, at.section(), at.item(), at.path(), was.map(ChangeLog::oneLine),
        now.map(ChangeLog::oneLine), description, location, List.of()));
  }

  void added(Category category, At at, String now, SourceLocation location, String description) {
    add(category, at, Optional.empty(), Optional.of(now), location, description);
  }

  void removed(Category category, At at, String was, SourceLocation location, String description) {
    add(category, at, Optional.of(was), Optional.empty(), location, description);
  }

  void changed(Category category, At at, String was, String now, SourceLocation location, String description) {
    add(category, at, Optional.of(was), Optional.of(now), location, description);
  }

  /**
   * Wording for people: cosmetic whichever way it changes.
   *
   * @param what such as {@code description of channel 'x'}
   */
  void wording(At at, String what, Optional<String> was, Optional<String> now, SourceLocation location) {
    if (was.equals(now)) {
      return;
    }
    String verb = was.isEmpty() ? "added" : now.isEmpty() ? "removed" : "changed";
    add(Category.COSMETIC, at, was, now, location, what + " " + verb);
  }

  void wording(At at, String what, String was, String now, SourceLocation location) {
    wording(at, what, Optional.of(was), Optional.of(now), location);
  }

  /**
   * A value where more is looser (a deadline, a length limit): raising it loosens, lowering it
   * tightens; removing it loosens and adding it tightens, since absent means no limit.
   */
  <T extends Comparable<? super T>> void limit(At at, String what, Optional<T> was, Optional<T> now,
      Function<T, String> text, String raised, String lowered, SourceLocation location) {
    if (was.equals(now)) {
      return;
    }
    if (was.isEmpty()) {
      added(Category.TIGHTENING, at, text.apply(now.get()), location,
          what + " set to " + text.apply(now.get()));
    } else if (now.isEmpty()) {
      removed(Category.LOOSENING, at, text.apply(was.get()), location,
          what + " removed (was " + text.apply(was.get()) + ")");
    } else {
      boolean up = now.get().compareTo(was.get()) > 0;
      changed(up ? Category.LOOSENING : Category.TIGHTENING, at, text.apply(was.get()),
          text.apply(now.get()), location,
          what + " " + (up ? raised : lowered) + " from " + text.apply(was.get()) + " to "
              + text.apply(now.get()));
    }
  }

  /**
   * A switch: turning it on is {@code whenOn}, turning it off the opposite.
   *
   * @param on how to say it was turned on, such as {@code now allows links}
   * @param off how to say it was turned off
   */
  void flag(At at, boolean was, boolean now, Category whenOn, String on, String off, SourceLocation location) {
    if (was != now) {
      changed(now ? whenOn : opposite(whenOn), at, String.valueOf(was), String.valueOf(now), location,
          now ? on : off);
    }
  }

  /**
   * A set of words (phrases, kinds, topics): each one added is {@code whenAdded}, each one removed
   * the opposite.
   *
   * @param what how to name one element, such as {@code kind of personal data}
   * @param owner what it belongs to, such as {@code topic 'legal-proceedings'}
   */
  void members(At at, String what, String owner, Collection<String> was, Collection<String> now,
      Category whenAdded, SourceLocation location) {
    Set<String> gone = new LinkedHashSet<>(was);
    gone.removeAll(now);
    Set<String> come = new LinkedHashSet<>(now);
    come.removeAll(was);
    for (String value : gone) {
      removed(opposite(whenAdded), at, value, location,
          what + " " + quote(value) + " removed from " + owner);
    }
    for (String value : come) {
      added(whenAdded, at, value, location, what + " " + quote(value) + " added to " + owner);
    }
  }

  /**
   * Compares two lists of items by id, calling back for each item removed (in the old order), then
   * for each added or kept (in the new order).
   */
  static <T> void byId(List<T> was, List<T> now, Function<T, String> id,
      Consumer<T> removed, Consumer<T> added, BiConsumer<T, T> kept) {
    Map<String, T> old = new LinkedHashMap<>();
    was.forEach(item -> old.putIfAbsent(id.apply(item), item));
    Set<String> newIds = new LinkedHashSet<>();
    now.forEach(item -> newIds.add(id.apply(item)));
    old.forEach((key, item) -> {
      if (!newIds.contains(key)) {
        removed.accept(item);
      }
    });
    for (T item : now) {
      T previous = old.get(id.apply(item));
      if (previous == null) {
        added.accept(item);
      } else {
        kept.accept(previous, item);
      }
    }
  }

  /** How much a scope covers, judged on the channels each version declares. */
  enum Reach {
    SAME, WIDER, NARROWER, DIFFERENT
  }

  static Reach reach(Set<String> was, Set<String> now) {
    if (was.equals(now)) {
      return Reach.SAME;
    }
    if (now.containsAll(was)) {
      return Reach.WIDER;
    }
    return was.containsAll(now) ? Reach.NARROWER : Reach.DIFFERENT;
  }

  static Set<String> covered(Playbook playbook, Scope scope) {
    Set<String> ids = new LinkedHashSet<>();
    for (Channel channel : playbook.channels()) {
      if (scope.includes(channel)) {
        ids.add(channel.id());
      }
    }
    return ids;
  }

  /**
   * A rule's or topic's scope. The channels it covers are compared, on the channels each version
   * declares: covering more tightens, covering fewer (or others) loosens, and the same channels
   * written differently is cosmetic.
   */
  void scope(At at, String owner, Scope was, Scope now, SourceLocation location) {
    if (was.equals(now)) {
      return;
    }
    Reach reach = reach(covered(before, was), covered(after, now));
    Category category = switch (reach) {
      case SAME -> Category.COSMETIC;
      case WIDER -> Category.TIGHTENING;
      case NARROWER, DIFFERENT -> Category.LOOSENING;
    };
    String verb = switch (reach) {
      case SAME -> "rewritten (same channels)";
      case WIDER -> "widened";
      case NARROWER -> "narrowed";
      case DIFFERENT -> "moved";
    };
    changed(category, at.child("scope"), describe(was), describe(now), location,
        "scope of " + owner + " " + verb + " from " + describe(was) + " to " + describe(now));
  }

  static String describe(Scope scope) {
    String visibility = scope.visibility().map(v -> lower(v.name()) + " channels").orElse("");
    if (scope.channels().isEmpty()) {
      return visibility.isEmpty() ? "every channel" : visibility;
    }
    String channels = String.join(", ", scope.channels());
    return visibility.isEmpty() ? "channels " + channels : visibility + " among " + channels;
  }

  static Category opposite(Category category) {
    return switch (category) {
      case LOOSENING -> Category.TIGHTENING;
      case TIGHTENING -> Category.LOOSENING;
      default -> category;
    };
  }

  static String quote(String text) {
    return "'" + text + "'";
  }

  static String lower(String text) {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  static String list(Collection<String> values) {
    return values.isEmpty() ? "(none)" : String.join(", ", values);
  }

  /** One line, at most {@link #SHORT_TEXT} characters (never splitting a surrogate pair). */
  static String shorten(String text) {
    String line = oneLine(text);
    if (line.codePointCount(0, line.length()) <= SHORT_TEXT) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, SHORT_TEXT - 1)) + "…";
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
