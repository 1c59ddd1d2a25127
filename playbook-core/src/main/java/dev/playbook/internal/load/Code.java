package dev.playbook.internal.load;

import dev.playbook.Diagnostic.Severity;

/**
 * Every diagnostic code the loader emits, with its default severity and message template. One enum,
 * so the catalogue in {@code docs/diagnostics.md} can be checked against it by a test.
 *
 * <p>Codes are stable: never renumber one; retire it instead.
 */
public enum Code {
  PB001(Severity.ERROR, "cannot read %s: %s"),
  PB002(Severity.ERROR, "the file is %d bytes, more than the limit of %d bytes"),
  PB003(Severity.ERROR, "the file is not UTF-8 text: %s"),
  PB004(Severity.ERROR, "the playbook is empty"),

  PB101(Severity.ERROR, "YAML syntax error: %s"),
  PB102(Severity.ERROR, "duplicate key '%s' (first written at line %d)"),
  PB103(Severity.ERROR, "YAML %s '%s' is not allowed"),
  PB104(Severity.ERROR, "merge key '<<' is not allowed"),
  PB105(Severity.ERROR, "a second YAML document starts here; a playbook file holds exactly one"),
  PB106(Severity.ERROR, "nesting is deeper than %d levels"),
  PB107(Severity.ERROR, "the playbook has more than %d YAML nodes"),
  PB108(Severity.ERROR, "YAML tag '%s' is not allowed"),

  PB200(Severity.ERROR, "apiVersion %s; this version of Playbook reads %s"),
  PB201(Severity.ERROR, "unknown property '%s' in %s"),
  PB202(Severity.ERROR, "%s is missing %s"),
  PB203(Severity.ERROR, "%s must be %s, not %s"),
  PB204(Severity.ERROR, "'%s' is not %s; use %s"),
  PB205(Severity.ERROR, "'%s' is not %s"),
  PB206(Severity.ERROR, "%s needs at least %s"),
  PB207(Severity.ERROR, "%s lists '%s' more than once"),
  PB208(Severity.ERROR, "%s must be %s"),
  PB209(Severity.ERROR, "%s: %s"),

  PB301(Severity.ERROR, "unknown topic '%s'"),
  PB302(Severity.ERROR, "unknown escalation path '%s'"),
  PB303(Severity.ERROR, "unknown template '%s'"),
  PB304(Severity.ERROR, "unknown rule '%s'"),
  PB305(Severity.ERROR, "unknown channel '%s'"),
  PB306(Severity.ERROR, "placeholder {{%s}} in template '%s' has no declared variable"),
  PB307(Severity.WARNING, "variable '%s' is declared but never used in template '%s'"),
  PB308(Severity.ERROR, "unknown kind of personal data '%s'"),

  PB401(Severity.ERROR, "duplicate %s id '%s' (first defined at line %d)"),
  PB402(Severity.ERROR, "pattern '%s' is not a valid RE2 pattern: %s"),
  PB403(Severity.ERROR, "duration '%s' is too long to be used"),
  PB404(Severity.ERROR, "'%s' is not a semantic version: %s"),
  PB405(Severity.ERROR, "the effective date %s is after the review date %s"),
  PB406(Severity.ERROR, "'%s' is not a well-formed language tag"),
  PB407(Severity.ERROR, "template '%s' has a body for locale '%s', which metadata does not declare"),
  PB408(Severity.ERROR, "template '%s' contains '${', a lookup; lookups are never allowed in templates"),
  PB409(Severity.WARNING, "'%s' has no effect on a tone rule of kind '%s'"),
  PB410(Severity.ERROR, "template '%s' has malformed locked text in locale '%s': %s"),
  PB411(Severity.ERROR, "the example of variable '%s' in template '%s' must be %s"),
  PB412(Severity.ERROR, "published phone number '%s' %s"),
  PB413(Severity.ERROR, "phoneRegion '%s' is not a region whose phone numbers can be read"),

  PB501(Severity.ERROR, "'%s' is banned by tone rule '%s' but required by tone rule '%s' (line %d) on the same channels"),
  PB502(Severity.ERROR, "template '%s' (%s) breaks %s on channel '%s': %s"),
  PB503(Severity.WARNING, "template '%s' (%s) breaks %s on channel '%s': %s"),
  PB504(Severity.ERROR, "exception '%s' of %s '%s' covers every use of its phrase '%s', so that phrase is never reported"),

  PB601(Severity.WARNING, "the review date %s has passed"),
  PB602(Severity.WARNING, "template '%s' has no body for locale '%s'"),
  PB603(Severity.WARNING, "variable '%s' of template '%s' is required but has no example, so the template cannot be checked"),
  PB604(Severity.WARNING, "exception '%s' of %s '%s' contains none of its phrases, so it never applies"),

  PB801(Severity.ERROR, "cannot read base playbook '%s': %s"),
  PB802(Severity.ERROR, "'%s' extends itself: %s"),
  PB803(Severity.ERROR, "%s '%s' is locked by %s and cannot be %s here"),
  PB804(Severity.WARNING, "remove names %s '%s', which no base playbook defines"),
  PB805(Severity.ERROR, "extends goes more than %d levels deep"),
  PB806(Severity.ERROR, "the playbook and its bases are more than the limit of %d bytes together"),
  PB807(Severity.ERROR, "extends '%s' cannot be resolved: this playbook was loaded from text, not from a file");

  private final Severity severity;
  private final String template;

  Code(Severity severity, String template) {
    this.severity = severity;
    this.template = template;
  }

  /** The severity a diagnostic with this code has. */
  public Severity severity() {
    return severity;
  }

  /** The message template, in {@link String#format} syntax. */
  public String template() {
    return template;
  }

  /** The message with these arguments filled in. */
  public String message(Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }
}
