package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who owns a playbook, which version it is and when it applies.
 *
 * @param id the playbook's id
 * @param title a human title
 * @param version semantic version {@code MAJOR.MINOR.PATCH}
 * @param description what the playbook covers
 * @param owners the people accountable for it
 * @param approval who approved this version, and when
 * @param effective when this version takes effect
 * @param reviewBy when it must be reviewed again
 * @param defaultLocale the locale replies are written in by default
 * @param locales every locale the playbook serves (always includes the default)
 * @param location where {@code metadata:} is defined
 */
public record Metadata(
    String id,
    String title,
    String version,
    Optional<String> description,
    List<Owner> owners,
    Optional<Approval> approval,
    Optional<LocalDate> effective,
    Optional<LocalDate> reviewBy,
    Locale defaultLocale,
    List<Locale> locales,
    SourceLocation location) {

  public Metadata {
    owners = List.copyOf(owners);
    locales = List.copyOf(locales);
  }

  /**
   * An owner of the playbook.
   *
   * @param name full name
   * @param role job title or team
   * @param email contact address
   * @param sections the top-level sections this owner approves changes to, such as {@code topics}
   */
  public record Owner(String name, Optional<String> role, Optional<String> email, List<String> sections) {
    public Owner {
      sections = List.copyOf(sections);
    }
  }

  /**
   * Who approved a version.
   *
   * @param approvedBy the approver
   * @param approvedOn the date
   */
  public record Approval(String approvedBy, LocalDate approvedOn) {}
}
