package dev.playbook.internal.render;

import dev.playbook.Money;
import dev.playbook.RenderedTemplate;
import dev.playbook.RenderedTemplate.VariableSpan;
import dev.playbook.Span;
import dev.playbook.TemplateException;
import dev.playbook.model.Playbook;
import dev.playbook.model.Template;
import dev.playbook.model.Template.Variable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.TextStringBuilder;

/**
 * Renders templates. Values are checked against their variables' types and formatted for the
 * locale first; substitution then only ever inserts those formatted strings.
 *
 * <p>Substitution is Commons Text's {@link StringSubstitutor} configured to do nothing else:
 * prefix {@code {{}, suffix {@code }}}, a resolver over the formatted values alone (no
 * interpolator, no default lookups, so {@code ${env:...}}, {@code ${script:...}} and friends mean
 * nothing), no default-value syntax, no substitution inside values or variable names. A value is
 * inserted exactly as formatted, whatever it contains. Stateless and thread-safe.
 */
public final class Renderer {

  private Renderer() {}

  /** Renders one template; see {@link dev.playbook.CompiledPlaybook#render}. */
  public static RenderedTemplate render(Playbook playbook, String templateId, Locale locale,
      Map<String, ?> values) {
    Template template = playbook.template(templateId).orElseThrow(() -> new TemplateException(
        templateId, null, "unknown template '" + templateId + "'; the playbook declares: "
            + String.join(", ", playbook.templates().stream().map(Template::id).toList())));
    Locale bodyLocale = bodyLocale(template, locale, playbook.metadata().defaultLocale())
        .orElseThrow(() -> new TemplateException(templateId, null, "template '" + templateId
            + "' has no body for " + locale.toLanguageTag() + " or the default locale "
            + playbook.metadata().defaultLocale().toLanguageTag() + "; it has: "
            + String.join(", ", template.bodies().keySet().stream().map(Locale::toLanguageTag)
                .toList())));
    Locale formatLocale = locale.getLanguage().equals(bodyLocale.getLanguage()) ? locale : bodyLocale;

    for (String name : values.keySet()) {
      if (template.variable(name).isEmpty()) {
        throw new TemplateException(templateId, name, "template '" + templateId
            + "' has no variable '" + name + "'; it has: " + String.join(", ",
                template.variables().stream().map(Variable::name).toList()));
      }
    }
    Map<String, String> formatted = new LinkedHashMap<>();
    for (Variable variable : template.variables()) {
      Object value = values.get(variable.name());
      if (value == null) {
        if (variable.required()) {
          throw new TemplateException(templateId, variable.name(), "template '" + templateId
              + "' needs a value for '" + variable.name() + "' (" + expected(variable) + ")");
        }
        formatted.put(variable.name(), "");
      } else {
        formatted.put(variable.name(), format(template, variable, value, formatLocale));
      }
    }
    String body = LockedText.strip(template.bodies().get(bodyLocale));
    List<VariableSpan> spans = new ArrayList<>();
    String text = new Substitutor(templateId, formatted, spans).replace(body);
    return new RenderedTemplate(templateId, text, bodyLocale, spans);
  }

  /**
   * The locale whose body is used: the locale asked for, then its language alone
   * ({@code fr-CA} → {@code fr}), then the playbook's default locale.
   */
  public static Optional<Locale> bodyLocale(Template template, Locale locale, Locale fallback) {
    List<Locale> candidates = List.of(locale, new Locale(locale.getLanguage()), fallback);
    return candidates.stream().filter(template.bodies()::containsKey).findFirst();
  }

  /** A value, checked against its variable and formatted for the locale.
   *
   * @throws TemplateException naming the variable if the value is not of its type
   */
  public static String format(Template template, Variable variable, Object value, Locale locale) {
    try {
      return switch (variable.type()) {
        case STRING -> string(variable, value);
        case INTEGER -> NumberFormat.getIntegerInstance(locale).format(integer(value));
        case DECIMAL -> decimal(decimal(value), locale);
        case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
            .format(date(value));
        case MONEY -> money(money(value), locale);
        case ENUM -> enumValue(variable, value);
      };
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      throw new TemplateException(template.id(), variable.name(), "template '" + template.id()
          + "': '" + variable.name() + "' must be " + expected(variable) + ", not "
          + describe(value) + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
  }

  /** What a variable accepts, in words. */
  public static String expected(Variable variable) {
    return switch (variable.type()) {
      case STRING -> "text" + (variable.maxLength().isPresent()
          ? " of at most " + variable.maxLength().getAsInt() + " characters" : "");
      case INTEGER -> "an integer such as 90";
      case DECIMAL -> "a decimal number such as 2.5";
      case DATE -> "a date as YYYY-MM-DD, such as 2026-12-03";
      case MONEY -> "an amount and an ISO 4217 currency, such as 12.50 GBP";
      case ENUM -> "one of " + String.join(", ", variable.values());
    };
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return value instanceof CharSequence ? "'" + shown + "'"
        : shown + " (" + value.getClass().getSimpleName() + ")";
  }

  private static String string(Variable variable, Object value) {
    if (!(value instanceof CharSequence)) {
      throw new IllegalArgumentException();
    }
    String text = value.toString();
    int length = text.codePointCount(0, text.length());
    if (variable.maxLength().isPresent() && length > variable.maxLength().getAsInt()) {
      throw new IllegalArgumentException(length + " characters");
    }
    return text;
  }

  private static BigInteger integer(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger b) {
      return b;
    }
    if (value instanceof CharSequence s && s.toString().strip().matches("[+-]?[0-9]{1,100}")) {
      return new BigInteger(s.toString().strip());
    }
    throw new IllegalArgumentException();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException();
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Number || value instanceof CharSequence) {
      try {
        return value instanceof CharSequence ? plain(value.toString().strip())
            : new BigDecimal(integer(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException();
      }
    }
    throw new IllegalArgumentException();
  }

  /** A decimal written plainly, {@code 2.50}; exponents are refused, so no value can be huge. */
  private static BigDecimal plain(String text) {
    if (!text.matches("[+-]?[0-9]{1,100}(\\.[0-9]{1,100})?")) {
      throw new NumberFormatException();
    }
    return new BigDecimal(text);
  }

  private static String decimal(BigDecimal value, Locale locale) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    int scale = Math.max(0, value.scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(value);
  }

  private static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof CharSequence s) {
      return LocalDate.parse(s.toString().strip());
    }
    throw new IllegalArgumentException();
  }

  private static Money money(Object value) {
    if (value instanceof Money m) {
      return m;
    }
    if (value instanceof CharSequence s) {
      return Money.parse(s.toString());
    }
    throw new IllegalArgumentException();
  }

  private static String money(Money money, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(money.currency());
    int digits = money.currency().getDefaultFractionDigits();
    if (digits >= 0) {
      if (money.amount().stripTrailingZeros().scale() > digits) {
        throw new IllegalArgumentException(money.currency().getCurrencyCode() + " has "
            + digits + " decimal places");
      }
      format.setMinimumFractionDigits(digits);
      format.setMaximumFractionDigits(digits);
    }
    return format.format(money.amount());
  }

  private static String enumValue(Variable variable, Object value) {
    String text = value instanceof Enum<?> e ? e.name() : value instanceof CharSequence s
        ? s.toString() : null;
    if (text == null || !variable.values().contains(text)) {
      throw new IllegalArgumentException();
    }
    return text;
  }

  /** Substitutes {@code {{name}}} with formatted values and records where each one landed. */
  private static final class Substitutor extends StringSubstitutor {
    private final String templateId;
    private final Map<String, String> values;
    private final List<VariableSpan> spans;

    Substitutor(String templateId, Map<String, String> values, List<VariableSpan> spans) {
      // NUL never occurs in YAML text, so no escape sequence exists: a body cannot hide {{ from
      // validation, and a value is never looked at.
      super(name -> null, "{{", "}}", '\0');
      this.templateId = templateId;
      this.values = values;
      this.spans = spans;
      setValueDelimiterMatcher(null);
      setDisableSubstitutionInValues(true);
      setEnableSubstitutionInVariables(false);
      setEnableUndefinedVariableException(true);
    }

    @Override
    protected String resolveVariable(String variableName, TextStringBuilder buf, int startPos,
        int endPos) {
      String name = variableName.strip();
      String value = values.get(name);
      if (value == null) {
        // Validation (PB306) rules this out for a loaded playbook.
        throw new TemplateException(templateId, name, "template '" + templateId
            + "' uses {{" + name + "}}, which it does not declare");
      }
      spans.add(new VariableSpan(name, new Span(startPos, startPos + value.length())));
      return value;
    }
  }
}
