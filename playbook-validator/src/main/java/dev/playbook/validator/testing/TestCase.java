package dev.playbook.validator.testing;

import dev.playbook.Decision;
import dev.playbook.SourceLocation;
import dev.playbook.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One case of a test file: a situation and what the playbook must decide about it.
 *
 * @param name the case's name, in the author's words
 * @param location where the case starts in its test file
 * @param channel the channel id
 * @param inbound the customer's message, without span markers
 * @param draft the draft reply without span markers; empty when the case tests the message alone
 * @param locale the draft's locale
 * @param customerName the customer's name
 * @param template the template the draft started from
 * @param expect the expectations
 */
public record TestCase(
    String name,
    SourceLocation location,
    Located<String> channel,
    Marked inbound,
    Optional<Marked> draft,
    Optional<Locale> locale,
    Optional<String> customerName,
    Optional<Located<String>> template,
    Expect expect) {

  /** The value written for "no escalation" or "no holding template". */
  public static final String NONE = "none";

  /**
   * A value and where it is written in the test file.
   *
   * @param value the value
   * @param location where it is written
   */
  public record Located<T>(T value, SourceLocation location) {}

  /**
   * A text with the spans its author marked with ⟦ and ⟧, the markers removed.
   *
   * @param text the text without markers
   * @param marks the marked spans, in order, as offsets into {@code text}
   */
  public record Marked(String text, List<Span> marks) {
    public Marked {
      marks = List.copyOf(marks);
    }
  }

  /**
   * A rule that must fire, optionally on given words.
   *
   * @param rule the rule's or topic's id
   * @param on the words it must find, exactly as written
   * @param location where the expectation is written
   */
  public record Fire(String rule, Optional<String> on, SourceLocation location) {}

  /**
   * What a case expects; an expectation left out is not checked.
   *
   * @param decision the decision
   * @param fires rules that must find something
   * @param doesNotFire rules that must find nothing
   * @param topics topics that must be recognised
   * @param escalation the escalation path, or {@link TestCase#NONE}
   * @param holdingTemplate the holding template, or {@link TestCase#NONE}
   */
  public record Expect(
      Optional<Located<Decision>> decision,
      List<Fire> fires,
      List<Located<String>> doesNotFire,
      List<Located<String>> topics,
      Optional<Located<String>> escalation,
      Optional<Located<String>> holdingTemplate) {
    public Expect {
      fires = List.copyOf(fires);
      doesNotFire = List.copyOf(doesNotFire);
      topics = List.copyOf(topics);
    }
  }
}
