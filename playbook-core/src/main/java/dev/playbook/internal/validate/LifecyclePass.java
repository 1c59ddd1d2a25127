package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Warnings that a playbook needs attention: its review date has passed (by the loader's clock), or
 * a template has no body for a locale the playbook serves.
 */
public final class LifecyclePass implements SemanticPass {

  @Override
  public String name() {
    return "lifecycle";
  }

  @Override
  public void run(PassContext context) {
    LocalDate today = LocalDate.now(context.clock());
    DatesPass.date(Tree.get(context.root(), "metadata", "reviewBy")).ifPresent(reviewBy -> {
      if (reviewBy.isBefore(today)) {
        context.atValue(Code.PB601, "/metadata/reviewBy", "review the playbook and set the next reviewBy date", reviewBy);
      }
    });
    Set<String> declared = Locales.declared(context.root());
    Tree.eachItem(context.root().get("templates"), "/templates", (template, p) -> {
      if (Tree.map(Tree.get(template, "locales")).isEmpty()) {
        return;
      }
      Set<String> bodies = new HashSet<>();
      Tree.map(Tree.get(template, "locales")).keySet().forEach(tag -> bodies.add(Locales.readAs(tag)));
      String id = Tree.text(Tree.get(template, "id")).orElse("?");
      for (String locale : declared) {
        if (!bodies.contains(locale)) {
          context.atKey(Code.PB602, Pointer.child(p, "locales"),
              "add a body for '" + locale + "', or agents writing in it get no template", id, locale);
        }
      }
    });
  }
}
