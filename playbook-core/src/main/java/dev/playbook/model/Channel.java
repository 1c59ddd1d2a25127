package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where replies are posted.
 *
 * @param id the channel's id, as the helpdesk names it when asking for a check
 * @param description what the channel is
 * @param visibility public or private
 * @param maxLength the longest reply allowed, in characters (UTF-16 code units are not used: see
 *     the engine documentation)
 * @param firstResponse how soon a first reply is expected
 * @param signature how agents sign replies here
 * @param allow what a reply may contain
 * @param location where the channel is defined
 */
public record Channel(
    String id,
    Optional<String> description,
    Visibility visibility,
    OptionalInt maxLength,
    Optional<Duration> firstResponse,
    Optional<Signature> signature,
    Allowances allow,
    SourceLocation location) {

  /**
   * A channel's signature rule.
   *
   * @param required whether every reply must end with a signature
   * @param pattern the signature as a regular expression matched at the end of the reply
   * @param example an example signature
   * @param description the rule in words
   * @param location where the rule is defined
   */
  public record Signature(
      boolean required,
      Optional<String> pattern,
      Optional<String> example,
      Optional<String> description,
      SourceLocation location) {}

  /**
   * What a reply on a channel may contain. A public channel allows nothing unless the playbook says
   * so; a private one allows everything unless it says otherwise.
   *
   * @param links whether links may be given
   * @param allowedDomains if links are allowed, only to these domains (empty: any)
   * @param phoneNumbers whether phone numbers may be given
   * @param emailAddresses whether email addresses may be given
   * @param location where {@code allow:} is defined, or the channel's location
   */
  public record Allowances(
      boolean links,
      List<String> allowedDomains,
      boolean phoneNumbers,
      boolean emailAddresses,
      SourceLocation location) {
    public Allowances {
      allowedDomains = List.copyOf(allowedDomains);
    }
  }
}
