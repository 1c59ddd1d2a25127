package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every reference by id resolves: topics to escalation paths and holding templates, paths to
 * holding templates, checklist items to rules, senior review and templates to topics, and every
 * {@code channels:} scope to a declared channel.
 */
public final class ReferencesPass implements SemanticPass {

  @Override
  public String name() {
    return "references";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> root = context.root();
    Set<String> channels = Tree.ids(root.get("channels"), "/channels", "id").keySet();
    Set<String> topics = Tree.ids(root.get("topics"), "/topics", "id").keySet();
    Set<String> paths = Tree.ids(root.get("escalationPaths"), "/escalationPaths", "id").keySet();
    Set<String> templates = Tree.ids(root.get("templates"), "/templates", "id").keySet();
    Set<String> rules = new LinkedHashSet<>(Tree.ids(Tree.get(root, "tone", "rules"), "/tone/rules", "id").keySet());
    rules.addAll(Tree.ids(Tree.get(root, "personalData", "rules"), "/personalData/rules", "id").keySet());

    Tree.eachItem(root.get("topics"), "/topics", (topic, p) -> {
      String outcome = Pointer.child(p, "outcome");
      one(context, Tree.get(topic, "outcome", "escalate"), Pointer.child(outcome, "escalate"), paths, Code.PB302);
      one(context, Tree.get(topic, "outcome", "holdingTemplate"), Pointer.child(outcome, "holdingTemplate"),
          templates, Code.PB303);
      many(context, Tree.get(topic, "channels"), Pointer.child(p, "channels"), channels, Code.PB305);
    });
    Tree.eachItem(root.get("escalationPaths"), "/escalationPaths", (path, p) ->
        one(context, Tree.get(path, "holdingTemplate"), Pointer.child(p, "holdingTemplate"), templates, Code.PB303));
    Tree.eachItem(root.get("templates"), "/templates", (template, p) -> {
      many(context, Tree.get(template, "topics"), Pointer.child(p, "topics"), topics, Code.PB301);
      many(context, Tree.get(template, "channels"), Pointer.child(p, "channels"), channels, Code.PB305);
    });
    Tree.eachItem(Tree.get(root, "tone", "rules"), "/tone/rules", (rule, p) ->
        many(context, Tree.get(rule, "channels"), Pointer.child(p, "channels"), channels, Code.PB305));
    Tree.eachItem(Tree.get(root, "personalData", "rules"), "/personalData/rules", (rule, p) ->
        many(context, Tree.get(rule, "channels"), Pointer.child(p, "channels"), channels, Code.PB305));
    Tree.eachItem(Tree.get(root, "checklist", "items"), "/checklist/items", (item, p) -> {
      many(context, Tree.get(item, "checkedBy"), Pointer.child(p, "checkedBy"), rules, Code.PB304);
      many(context, Tree.get(item, "channels"), Pointer.child(p, "channels"), channels, Code.PB305);
    });
    Object review = Tree.get(root, "checklist", "seniorReview");
    many(context, Tree.get(review, "topics"), "/checklist/seniorReview/topics", topics, Code.PB301);
    many(context, Tree.get(review, "channels"), "/checklist/seniorReview/channels", channels, Code.PB305);
  }

  private static void one(PassContext context, Object value, String pointer, Collection<String> known, Code code) {
    Tree.text(value).ifPresent(id -> {
      if (!known.contains(id)) {
        context.atValue(code, pointer, hint(id, known), id);
      }
    });
  }

  private static void many(PassContext context, Object list, String pointer, Collection<String> known, Code code) {
    Tree.eachText(list, pointer, (id, p) -> one(context, id, p, known, code));
  }

  static String hint(String id, Collection<String> known) {
    return Suggestions.didYouMean(id, known).orElseGet(() -> known.isEmpty()
        ? "none is declared"
        : known.size() <= 8 ? "declared: " + String.join(", ", known) : null);
  }
}
