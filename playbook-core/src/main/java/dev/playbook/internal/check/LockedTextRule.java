package dev.playbook.internal.check;

import dev.playbook.internal.render.LockedText;
import dev.playbook.internal.render.Renderer;
import dev.playbook.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Built in: a draft that names the template it started from ({@code Draft#template}) keeps that
 * template's locked parts. Each locked part must appear in the draft; text is compared with white
 * space normalised (runs of spaces and line breaks count as one space), so re-wrapping is fine and
 * any other edit is not. The body for the draft's locale (the playbook's default locale when the
 * draft has none), by the same fallback as rendering, gives the locked parts. A draft naming a template the playbook does not declare, or one without locked text, is
 * not checked. One finding per missing part, an empty span at the end of the draft, the locked
 * part as the suggestion. Always an error.
 *
 * @param info the rule as a whole (each template's findings carry their own id and location)
 * @param templates each template with locked text, by id
 * @param defaultLocale the playbook's default locale, the last fallback
 */
public record LockedTextRule(RuleInfo info, Map<String, Locks> templates, Locale defaultLocale)
    implements Rule {

  public LockedTextRule {
    templates = Map.copyOf(templates);
  }

  /**
   * One template's locked parts.
   *
   * @param info the rule id {@code <template>.locked-text}, at the template's location
   * @param template the template
   */
  public record Locks(RuleInfo info, Template template) {}

  /** The rule for these templates, if any has locked text. */
  public static Optional<LockedTextRule> of(List<Template> templates, Locale defaultLocale,
      RuleInfo info) {
    Map<String, Locks> locks = new LinkedHashMap<>();
    for (Template t : templates) {
      if (t.locked().values().stream().anyMatch(parts -> !parts.isEmpty())) {
        locks.put(t.id(), new Locks(new RuleInfo(t.id() + ".locked-text", info.kind(),
            info.severity(), info.mode(), info.message(), t.location()), t));
      }
    }
    return locks.isEmpty() ? Optional.empty()
        : Optional.of(new LockedTextRule(info, locks, defaultLocale));
  }

  @Override
  public void check(CheckContext ctx) {
    Optional<Locks> named = ctx.draft().template().map(templates::get);
    if (named.isEmpty()) {
      return;
    }
    Template template = named.get().template();
    String draft = LockedText.normalise(ctx.draft().text());
    Locale locale = ctx.draft().locale().orElse(defaultLocale);
    Optional<Locale> body = Renderer.bodyLocale(template, locale, defaultLocale);
    if (body.isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String part : template.locked().getOrDefault(body.get(), List.of())) {
      if (!draft.contains(LockedText.normalise(part))) {
        missing.add(part);
      }
    }
    TextAnalysis text = ctx.draftText();
    int end = text.original().length();
    for (String part : missing) {
      ctx.report(named.get().info(), text, end, end, List.of(part), Optional.empty());
    }
  }
}
