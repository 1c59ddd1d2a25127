package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A do-not-respond topic: a subject an agent must not answer in public as usual.
 *
 * @param id the topic's id
 * @param description what the topic is
 * @param recognise how it is recognised
 * @param outcome what happens when it is
 * @param severity how serious the finding is
 * @param mode enforce or shadow
 * @param scope the channels it applies to
 * @param location where the topic is defined
 */
public record Topic(
    String id,
    String description,
    Recognition recognise,
    Outcome outcome,
    Severity severity,
    Mode mode,
    Scope scope,
    SourceLocation location) {

  /** Where to look for a topic. */
  public enum LookIn {
    /** The customer's message. */
    INBOUND,
    /** The agent's draft. */
    DRAFT,
    /** Both. */
    BOTH;

    /** Whether the customer's message is searched. */
    public boolean inbound() {
      return this != DRAFT;
    }

    /** Whether the draft is searched. */
    public boolean draft() {
      return this != INBOUND;
    }
  }

  /**
   * How a topic is recognised: any phrase, pattern or kind of personal data is enough.
   *
   * @param phrases phrases, matched with their inflections
   * @param exceptions phrases inside which a hit of {@code phrases} does not count (the "claim"
   *     of "claim form"), matched like them; they never affect {@code patterns} or
   *     {@code personalData}
   * @param patterns regular expressions (RE2 syntax)
   * @param personalData kinds of personal data, such as {@code card-number}
   * @param lookIn where to look
   */
  public record Recognition(
      List<Phrase> phrases,
      List<Phrase> exceptions,
      List<String> patterns,
      List<String> personalData,
      LookIn lookIn) {
    public Recognition {
      phrases = List.copyOf(phrases);
      exceptions = List.copyOf(exceptions);
      patterns = List.copyOf(patterns);
      personalData = List.copyOf(personalData);
    }
  }

  /**
   * What happens when a topic is recognised.
   *
   * @param replyPublicly whether a normal public reply may still be posted
   * @param escalate the escalation path's id
   * @param moveToPrivate whether to continue in a private channel
   * @param holdingTemplate the only template that may be posted in public meanwhile
   */
  public record Outcome(
      boolean replyPublicly,
      Optional<String> escalate,
      boolean moveToPrivate,
      Optional<String> holdingTemplate) {}
}
