package dev.playbook.internal.validate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Language tags as the playbook writes them, and the locales the metadata declares. */
final class Locales {

  /** The schema's form for a language tag; the schema reports anything else. */
  private static final Pattern FORM = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private Locales() {}

  /** Whether {@code tag} has the schema's form, so the schema has not already reported it. */
  static boolean hasForm(String tag) {
    return FORM.matcher(tag).matches();
  }

  /** The canonical tag, when {@code tag} survives a round trip through {@link Locale}. */
  static Optional<String> canonical(String tag) {
    String back = Locale.forLanguageTag(tag).toLanguageTag();
    return back.equalsIgnoreCase(tag) ? Optional.of(back) : Optional.empty();
  }

  /** How Java reads {@code tag}. */
  static String readAs(String tag) {
    return Locale.forLanguageTag(tag).toLanguageTag();
  }

  /** The canonical tags of metadata's default locale and locales, default first. */
  static Set<String> declared(Map<String, Object> root) {
    Set<String> declared = new LinkedHashSet<>();
    Tree.text(Tree.get(root, "metadata", "defaultLocale")).flatMap(Locales::canonical).ifPresent(declared::add);
    for (Object item : Tree.list(Tree.get(root, "metadata", "locales"))) {
      Tree.text(item).flatMap(Locales::canonical).ifPresent(declared::add);
    }
    return declared;
  }
}
