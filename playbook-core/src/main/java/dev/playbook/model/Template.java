package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An approved reply template.
 *
 * @param id the template's id
 * @param purpose what it is for
 * @param topics the topics it answers
 * @param channels the channels it may be used on (empty: all)
 * @param variables the variables its bodies use
 * @param bodies one body per locale, in the order written, locked-text markers
 *     ({@code {{#locked}}...{{/locked}}}) included; render with
 *     {@link dev.playbook.CompiledPlaybook#render}, which removes them
 * @param locked for each locale, the locked parts of its body (the text between the markers,
 *     without the markers, trimmed), in order; a locale whose body has none maps to an empty list
 * @param location where the template is defined
 */
public record Template(
    String id,
    String purpose,
    List<String> topics,
    List<String> channels,
    List<Variable> variables,
    Map<Locale, String> bodies,
    Map<Locale, List<String>> locked,
    SourceLocation location) {

  public Template {
    topics = List.copyOf(topics);
    channels = List.copyOf(channels);
    variables = List.copyOf(variables);
    bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
    Map<Locale, List<String>> lockedCopy = new LinkedHashMap<>();
    locked.forEach((locale, parts) -> lockedCopy.put(locale, List.copyOf(parts)));
    locked = Collections.unmodifiableMap(lockedCopy);
  }

  /** The variable with this name, if declared. */
  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The types a template variable can have. */
  public enum VariableType {
    STRING,
    INTEGER,
    DECIMAL,
    DATE,
    MONEY,
    ENUM;

    /** The word used in the YAML. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A variable a template body refers to as {@code {{name}}}.
   *
   * @param name its name
   * @param type its type
   * @param required whether the template cannot be sent without it
   * @param description what it holds
   * @param maxLength for strings, the longest value allowed
   * @param values for enums, the allowed values
   * @param example an example value, used to render the template during validation
   * @param location where the variable is declared
   */
  public record Variable(
      String name,
      VariableType type,
      boolean required,
      Optional<String> description,
      OptionalInt maxLength,
      List<String> values,
      Optional<String> example,
      SourceLocation location) {
    public Variable {
      values = List.copyOf(values);
    }
  }
}
