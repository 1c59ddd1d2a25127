package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A validated playbook.
 *
 * @param apiVersion the DSL version it was written in, such as {@code playbook.dev/v1}
 * @param metadata id, version, owners and dates
 * @param channels where replies are posted
 * @param tone principles and machine-checked tone rules
 * @param topics do-not-respond topics
 * @param escalationPaths who a case goes to, and how fast
 * @param templates approved reply templates
 * @param personalData personal data rules
 * @param checklist the pre-publish checklist
 * @param source the file it was read from and the hash of its content
 */
public record Playbook(
    String apiVersion,
    Metadata metadata,
    List<Channel> channels,
    Tone tone,
    List<Topic> topics,
    List<EscalationPath> escalationPaths,
    List<Template> templates,
    PersonalData personalData,
    Checklist checklist,
    Source source) {

  public Playbook {
    channels = List.copyOf(channels);
    topics = List.copyOf(topics);
    escalationPaths = List.copyOf(escalationPaths);
    templates = List.copyOf(templates);
  }

  /** The channel with this id, if the playbook declares one. */
  public Optional<Channel> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The topic with this id, if the playbook declares one. */
  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The escalation path with this id, if the playbook declares one. */
  public Optional<EscalationPath> escalationPath(String id) {
    return escalationPaths.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The template with this id, if the playbook declares one. */
  public Optional<Template> template(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Where a playbook came from.
   *
   * @param file the file name as loaded
   * @param sha256 lower-case hex SHA-256 of the file's bytes, for the audit stamp; for a playbook
   *     that extends others, of every file of the chain (see {@code docs/composition.md})
   * @param location the start of the document
   * @param bases the files of the base playbooks it extends, directly or not, in merge order, named
   *     as they were resolved from {@code file}; empty when it extends none
   */
  public record Source(String file, String sha256, SourceLocation location, List<String> bases) {

    public Source {
      bases = List.copyOf(bases);
    }

    /** The source of a playbook that extends no other. */
    public Source(String file, String sha256, SourceLocation location) {
      this(file, sha256, location, List.of());
    }
  }
}
