package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A machine-checked tone rule. Which fields matter depends on its {@link Kind}.
 *
 * @param id the rule's id
 * @param kind what it checks
 * @param severity how serious a finding is
 * @param mode enforce or shadow
 * @param message what the agent reads when it fires
 * @param reason why the rule exists
 * @param phrases for {@code banned}: what must not appear; for {@code required}: any one satisfies it
 * @param exceptions for {@code banned}: phrases inside which a hit of {@code phrases} is not
 *     reported (the "claim" of "claim form"); they never affect {@code patterns}
 * @param patterns regular expressions (RE2 syntax), alongside the phrases
 * @param element for {@code required}: the element the reply needs
 * @param where for {@code required}: where the element must appear
 * @param max for the limit kinds: the most allowed
 * @param scope the channels it applies to
 * @param location where the rule is defined
 */
public record ToneRule(
    String id,
    Kind kind,
    Severity severity,
    Mode mode,
    String message,
    Optional<String> reason,
    List<Phrase> phrases,
    List<Phrase> exceptions,
    List<String> patterns,
    Optional<Element> element,
    Where where,
    OptionalDouble max,
    Scope scope,
    SourceLocation location) {

  public ToneRule {
    phrases = List.copyOf(phrases);
    exceptions = List.copyOf(exceptions);
    patterns = List.copyOf(patterns);
  }

  /** The kinds of tone rule. */
  public enum Kind {
    /** Words, phrases or patterns that must not appear. */
    BANNED,
    /** An element every reply needs. */
    REQUIRED,
    /** The Flesch-Kincaid grade must not exceed {@code max}. */
    READABILITY,
    /** No sentence longer than {@code max} words. */
    SENTENCE_LENGTH,
    /** At most {@code max} exclamation marks. */
    EXCLAMATIONS,
    /** At most {@code max} words in capitals. */
    SHOUTING,
    /** At most {@code max} emoji. */
    EMOJI;

    /** The word used in the YAML, such as {@code sentence-length}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What a {@code required} rule asks for. */
  public enum Element {
    GREETING,
    ACKNOWLEDGEMENT,
    EMPATHY,
    CUSTOMER_NAME,
    SIGN_OFF,
    OTHER;

    /** The word used in the YAML, such as {@code customer-name}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Where a required element must appear. */
  public enum Where {
    /** In the first sentence. */
    START,
    /** In the last sentence. */
    END,
    /** Anywhere in the reply. */
    ANYWHERE
  }
}
