package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Personal data that must not appear in replies, and how it is recognised.
 *
 * @param phoneRegion ISO 3166 region used to read phone numbers written without a country code
 * @param patterns patterns for kinds without a built-in detector, keyed by kind
 * @param rules which kinds may not appear, and where
 * @param published the brand's own contact details, which are never a customer's personal data
 */
public record PersonalData(
    Optional<String> phoneRegion, Map<String, List<String>> patterns, List<Rule> rules,
    Published published) {

  /** Kinds recognised without any pattern from the playbook. */
  public static final List<String> BUILT_IN_KINDS =
      List.of("card-number", "email-address", "phone-number", "url");

  /** No patterns, no rules. */
  public static final PersonalData NONE =
      new PersonalData(Optional.empty(), Map.of(), List.of(), Published.NONE);

  public PersonalData {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    patterns.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
    patterns = Collections.unmodifiableMap(copy);
    rules = List.copyOf(rules);
    Objects.requireNonNull(published, "published");
  }

  /**
   * Personal data rules with nothing published.
   *
   * @param phoneRegion ISO 3166 region used to read phone numbers written without a country code
   * @param patterns patterns for kinds without a built-in detector, keyed by kind
   * @param rules which kinds may not appear, and where
   */
  public PersonalData(
      Optional<String> phoneRegion, Map<String, List<String>> patterns, List<Rule> rules) {
    this(phoneRegion, patterns, rules, Published.NONE);
  }

  /**
   * The brand's own published contact details ({@code personalData.published}). A phone number,
   * email address or link found in a text that is one of these is not reported by personal data
   * rules and does not make a topic's {@code personalData} recognise it; the channels' own
   * {@code allow} settings still apply to it.
   *
   * @param phoneNumbers phone numbers as written; one found in a text is published when it is the
   *     same number (read with {@link PersonalData#phoneRegion()})
   * @param emailAddresses email addresses, compared ignoring case
   * @param domains hosts whose links (their subdomains' too) are published
   */
  public record Published(
      List<String> phoneNumbers, List<String> emailAddresses, List<String> domains) {

    /** Nothing published. */
    public static final Published NONE = new Published(List.of(), List.of(), List.of());

    public Published {
      phoneNumbers = List.copyOf(phoneNumbers);
      emailAddresses = List.copyOf(emailAddresses);
      domains = List.copyOf(domains);
    }

    /** Whether nothing is published. */
    public boolean isEmpty() {
      return phoneNumbers.isEmpty() && emailAddresses.isEmpty() && domains.isEmpty();
    }
  }

  /**
   * A rule forbidding kinds of personal data.
   *
   * @param id the rule's id
   * @param kinds the kinds it forbids
   * @param severity how serious a finding is
   * @param mode enforce or shadow
   * @param message what the agent reads when it fires
   * @param instead what to do instead
   * @param scope the channels it applies to
   * @param location where the rule is defined
   */
  public record Rule(
      String id,
      List<String> kinds,
      Severity severity,
      Mode mode,
      String message,
      Optional<String> instead,
      Scope scope,
      SourceLocation location) {
    public Rule {
      kinds = List.copyOf(kinds);
    }
  }
}
