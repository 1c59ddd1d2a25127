package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import dev.playbook.model.PersonalData;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every kind of personal data a rule or topic names is built in or has patterns under
 * {@code personalData.patterns}; otherwise nothing could ever find it.
 */
public final class PersonalDataKindsPass implements SemanticPass {

  @Override
  public String name() {
    return "personal-data-kinds";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> root = context.root();
    Set<String> kinds = new LinkedHashSet<>(PersonalData.BUILT_IN_KINDS);
    kinds.addAll(Tree.map(Tree.get(root, "personalData", "patterns")).keySet());
    Tree.eachItem(Tree.get(root, "personalData", "rules"), "/personalData/rules", (rule, p) ->
        check(context, Tree.get(rule, "kinds"), Pointer.child(p, "kinds"), kinds));
    Tree.eachItem(root.get("topics"), "/topics", (topic, p) ->
        check(context, Tree.get(topic, "recognise", "personalData"),
            Pointer.child(Pointer.child(p, "recognise"), "personalData"), kinds));
  }

  private static void check(PassContext context, Object list, String pointer, Set<String> kinds) {
    Tree.eachText(list, pointer, (kind, p) -> {
      if (!kinds.contains(kind)) {
        String hint = Suggestions.didYouMean(kind, kinds)
            .orElse("built in: " + String.join(", ", PersonalData.BUILT_IN_KINDS)
                + "; add patterns for others under personalData.patterns");
        context.atValue(Code.PB308, p, hint, kind);
      }
    });
  }
}
