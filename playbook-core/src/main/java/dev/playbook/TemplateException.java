package dev.playbook;

import java.util.Optional;

/**
 * A template could not be rendered with the values given: the template or its body for the
 * locale does not exist, a required value is missing, a value names no declared variable, or a
 * value is not of the variable's type. The message names the template, the variable and what was
 * expected, in words an agent can act on.
 */
public final class TemplateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String templateId;
  private final String variable;

  /**
   * A problem with one template, and with one of its variables when {@code variable} is not null.
   */
  public TemplateException(String templateId, String variable, String message) {
    super(message);
    this.templateId = templateId;
    this.variable = variable;
  }

  /** The id of the template that could not be rendered. */
  public String templateId() {
    return templateId;
  }

  /** The variable whose value is wrong or missing, when the problem is about one. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }
}
