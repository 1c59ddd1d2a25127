package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.render.LockedText;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template bodies and variables agree: every {@code {{name}}} is declared, every declared variable
 * is used, and no body contains {@code ${...}} lookup syntax (the Text4Shell family of template
 * features that execute things is never allowed, even as text an engine might one day interpret),
 * and locked-text markers are balanced around fixed text.
 */
public final class TemplatePlaceholdersPass implements SemanticPass {

  /** A placeholder: {@code {{name}}}, spaces inside the braces allowed. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  @Override
  public String name() {
    return "template-placeholders";
  }

  @Override
  public void run(PassContext context) {
    Tree.eachItem(context.root().get("templates"), "/templates", (template, p) -> check(context, template, p));
  }

  private static void check(PassContext context, Object template, String pointer) {
    String id = Tree.text(Tree.get(template, "id")).orElse("?");
    Map<String, String> declared = Tree.ids(Tree.get(template, "variables"), Pointer.child(pointer, "variables"), "name");
    Set<String> used = new HashSet<>();
    String locales = Pointer.child(pointer, "locales");
    Tree.map(Tree.get(template, "locales")).forEach((locale, body) -> Tree.text(body).ifPresent(text -> {
      String bodyPointer = Pointer.child(locales, locale);
      if (text.contains("${")) {
        context.atValue(Code.PB408, bodyPointer, "write variables as {{name}}", id);
      }
      LockedText.problem(text).ifPresent(problem -> context.atValue(Code.PB410, bodyPointer,
          "write {{#locked}}fixed text{{/locked}}", id, locale, problem));
      Set<String> reported = new HashSet<>();
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (LockedText.isMarker(name)) {
          continue;
        }
        used.add(name);
        if (!declared.containsKey(name) && reported.add(name)) {
          String hint = Suggestions.didYouMean(name, declared.keySet())
              .orElse("declare it under the template's variables");
          context.atValue(Code.PB306, bodyPointer, hint, name, id);
        }
      }
    }));
    if (Tree.map(Tree.get(template, "locales")).isEmpty()) {
      return;
    }
    declared.forEach((name, variablePointer) -> {
      if (!used.contains(name)) {
        context.atValue(Code.PB307, variablePointer, "use it as {{" + name + "}} in a body, or remove it", name, id);
      }
    });
  }
}
