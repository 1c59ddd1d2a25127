package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids are unique within their section. Tone rules and personal data rules share one namespace,
 * because checklist items refer to both by id.
 */
public final class UniqueIdsPass implements SemanticPass {

  @Override
  public String name() {
    return "unique-ids";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> root = context.root();
    check(context, new HashMap<>(), "channel", root.get("channels"), "/channels");
    check(context, new HashMap<>(), "topic", root.get("topics"), "/topics");
    check(context, new HashMap<>(), "escalation path", root.get("escalationPaths"), "/escalationPaths");
    check(context, new HashMap<>(), "template", root.get("templates"), "/templates");
    check(context, new HashMap<>(), "checklist item", Tree.get(root, "checklist", "items"), "/checklist/items");
    Map<String, String> rules = new HashMap<>();
    check(context, rules, "rule", Tree.get(root, "tone", "rules"), "/tone/rules");
    check(context, rules, "rule", Tree.get(root, "personalData", "rules"), "/personalData/rules");
  }

  private static void check(PassContext context, Map<String, String> seen, String noun, Object list, String pointer) {
    Tree.eachItem(list, pointer, (item, itemPointer) ->
        Tree.text(Tree.map(item).get("id")).ifPresent(id -> {
          String idPointer = Pointer.child(itemPointer, "id");
          String first = seen.putIfAbsent(id, idPointer);
          if (first != null) {
            context.atValue(Code.PB401, idPointer, "give each " + noun + " its own id",
                noun, id, context.index().value(first).line());
          }
        }));
  }
}
