package dev.playbook;

import dev.playbook.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule or topic found in a draft or in the customer's message: which rule, on which
 * words, what to write instead, and where the rule is defined.
 *
 * <pre>{@code
 * for (Finding f : verdict.findings()) {
 *   System.out.printf("%s %s at %s: %s (instead: %s) [%s]%n",
 *       f.severity().label(), f.ruleId(), f.span(), f.message(), f.suggestions(), f.location());
 * }
 * }</pre>
 *
 * @param ruleId the id of the rule or topic that fired; built-in channel rules are named
 *     {@code <channel>.max-length}, {@code <channel>.links}, {@code <channel>.phone-numbers},
 *     {@code <channel>.email-addresses}, {@code <channel>.signature}, and the placeholder rule
 *     {@code placeholder}
 * @param kind the kind of rule, a stable lower-case word (see {@code docs/rules/})
 * @param severity how serious it is
 * @param message the rule's message in the playbook author's words
 * @param text which text the span points into
 * @param span where, as 0-based UTF-16 offsets into the original text
 * @param matched the words found (empty for something missing)
 * @param suggestions what to write instead, most preferred first (may be empty)
 * @param location where the rule is defined in the playbook
 * @param topic for topic findings, the topic's id
 * @param detail a measurement, where there is one (for example {@code "grade 11.4, at most 8"})
 */
public record Finding(
    String ruleId,
    String kind,
    Severity severity,
    String message,
    Text text,
    Span span,
    String matched,
    List<String> suggestions,
    SourceLocation location,
    Optional<String> topic,
    Optional<String> detail) {

  /** Which text a finding points into. */
  public enum Text {
    /** The agent's draft reply. */
    DRAFT,
    /** The customer's message (or the thread so far). */
    INBOUND;

    /** The word used in JSON. */
    public String label() {
      return this == DRAFT ? "draft" : "inbound";
    }
  }

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(matched, "matched");
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether this finding alone makes an enforced draft need revising. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
