package dev.playbook;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A template rendered with an agent's values: the text to start a reply from, the locale of the
 * body used, and where each value landed (to highlight what the agent filled in).
 *
 * <pre>{@code
 * RenderedTemplate r = engine.render("card-delivery", Locale.forLanguageTag("en-GB"),
 *     Map.of("deliveryDate", "2026-12-03"));
 * r.text();        // "Your new card should arrive by 3 December 2026."
 * r.variables();   // [deliveryDate [31, 46)]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param templateId the template's id
 * @param text the rendered text, locked-text markers removed
 * @param locale the locale of the body that was rendered (after fallback, see
 *     {@link CompiledPlaybook#render})
 * @param variables where each value was inserted, in text order; a variable used twice appears
 *     twice; an optional variable left out appears with an empty span
 */
public record RenderedTemplate(String templateId, String text, Locale locale,
    List<VariableSpan> variables) {

  public RenderedTemplate {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    variables = List.copyOf(variables);
  }

  /**
   * Where one variable's value landed in the rendered text.
   *
   * @param name the variable's name
   * @param span where its formatted value is, as UTF-16 offsets into {@link #text()}
   */
  public record VariableSpan(String name, Span span) {
    public VariableSpan {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
    }
  }
}
