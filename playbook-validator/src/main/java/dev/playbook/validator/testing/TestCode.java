package dev.playbook.validator.testing;

import dev.playbook.Diagnostic;
import dev.playbook.Diagnostic.Severity;
import dev.playbook.SourceLocation;
import java.util.Locale;
import java.util.Optional;

/**
 * The diagnostic codes of a playbook test file that does not load (PB9xx, catalogued in
 * {@code docs/diagnostics.md}). YAML and schema problems in a test file keep the codes the playbook
 * loader gives them (PB1xx, PB2xx).
 *
 * <p>Codes are stable: never renumber one; retire it instead.
 */
public enum TestCode {
  /** The playbook under test cannot be read or is invalid. */
  PB901("the playbook under test, %s, %s"),
  /** A case names a channel the playbook does not declare. */
  PB902("unknown channel '%s'"),
  /** A case names a rule the playbook does not have. */
  PB903("unknown rule '%s'"),
  /** A case names a topic the playbook does not declare. */
  PB904("unknown topic '%s'"),
  /** A case names an escalation path the playbook does not declare. */
  PB905("unknown escalation path '%s'"),
  /** A case names a template the playbook does not declare. */
  PB906("unknown template '%s'"),
  /** Two cases of one file have the same name. */
  PB907("duplicate case name '%s' (first used at line %d)"),
  /** A case's locale is not a language tag. */
  PB908("'%s' is not a well-formed language tag"),
  /** A ⟦ without its ⟧, or the other way round. */
  PB909("unbalanced span marker in %s: %s"),
  /** The test file holds nothing. */
  PB910("the test file is empty");

  private final String template;

  TestCode(String template) {
    this.template = template;
  }

  /** Every test-file problem stops the run: the severity of every code. */
  public Severity severity() {
    return Severity.ERROR;
  }

  /** A diagnostic with this code. */
  Diagnostic at(SourceLocation location, String pointer, String hint, Object... args) {
    return new Diagnostic(name(), severity(), String.format(Locale.ROOT, template, args), location,
        pointer, Optional.ofNullable(hint));
  }
}
