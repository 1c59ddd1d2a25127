package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.List;
import java.util.Map;

/**
 * A tone rule sets nothing its kind ignores: {@code max} on a {@code banned} rule, {@code phrases}
 * on an {@code emoji} rule, {@code exceptions} on a {@code required} rule. The author meant
 * something by it, and it silently does nothing.
 */
public final class IneffectivePropertiesPass implements SemanticPass {

  private static final List<String> LIMIT_KINDS =
      List.of("readability", "sentence-length", "exclamations", "shouting", "emoji");

  @Override
  public String name() {
    return "ineffective-properties";
  }

  @Override
  public void run(PassContext context) {
    Tree.eachItem(Tree.get(context.root(), "tone", "rules"), "/tone/rules", (rule, p) ->
        Tree.text(Tree.get(rule, "kind")).ifPresent(kind -> {
          Map<String, Object> properties = Tree.map(rule);
          for (String property : ignored(kind)) {
            if (properties.containsKey(property)) {
              context.atKey(Code.PB409, Pointer.child(p, property), "remove it", property, kind);
            }
          }
        }));
  }

  /** The properties a tone rule of this kind ignores. */
  static List<String> ignored(String kind) {
    if (kind.equals("banned")) {
      return List.of("element", "where", "max");
    }
    if (kind.equals("required")) {
      return List.of("exceptions", "max");
    }
    if (LIMIT_KINDS.contains(kind)) {
      return List.of("phrases", "exceptions", "patterns", "element", "where");
    }
    return List.of();
  }
}
