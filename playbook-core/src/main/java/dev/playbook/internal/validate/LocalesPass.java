package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.Set;

/**
 * Language tags are well-formed (they survive a round trip through {@link java.util.Locale}), and
 * templates only have bodies for locales the metadata declares.
 */
public final class LocalesPass implements SemanticPass {

  @Override
  public String name() {
    return "locales";
  }

  @Override
  public void run(PassContext context) {
    Tree.text(Tree.get(context.root(), "metadata", "defaultLocale"))
        .ifPresent(tag -> wellFormed(context, tag, "/metadata/defaultLocale", false));
    Tree.eachText(Tree.get(context.root(), "metadata", "locales"), "/metadata/locales",
        (tag, p) -> wellFormed(context, tag, p, false));
    boolean metadataReadable = Tree.text(Tree.get(context.root(), "metadata", "defaultLocale"))
        .flatMap(Locales::canonical).isPresent();
    Set<String> declared = Locales.declared(context.root());
    Tree.eachItem(context.root().get("templates"), "/templates", (template, p) -> {
      String id = Tree.text(Tree.get(template, "id")).orElse("?");
      String locales = Pointer.child(p, "locales");
      Tree.map(Tree.get(template, "locales")).keySet().forEach(tag -> {
        String keyPointer = Pointer.child(locales, tag);
        if (wellFormed(context, tag, keyPointer, true) && metadataReadable
            && !declared.contains(Locales.readAs(tag))) {
          context.atKey(Code.PB407, keyPointer,
              "add '" + tag + "' to metadata.locales, or remove this body", id, tag);
        }
      });
    });
  }

  private static boolean wellFormed(PassContext context, String tag, String pointer, boolean isKey) {
    if (!Locales.hasForm(tag)) {
      return false;
    }
    if (Locales.canonical(tag).isEmpty()) {
      String hint = "Java reads it as '" + Locales.readAs(tag) + "'; write a tag such as en, en-GB or cy";
      if (isKey) {
        context.atKey(Code.PB406, pointer, hint, tag);
      } else {
        context.atValue(Code.PB406, pointer, hint, tag);
      }
      return false;
    }
    return true;
  }
}
