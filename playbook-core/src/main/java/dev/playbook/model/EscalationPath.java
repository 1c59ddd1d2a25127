package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who a case goes to, and how fast.
 *
 * @param id the path's id
 * @param description what it is for
 * @param when when it applies, in words
 * @param holdingTemplate the template posted while the case is with the team
 * @param takeOffline whether to take the conversation out of public view
 * @param tiers who handles the case, in order
 * @param location where the path is defined
 */
public record EscalationPath(
    String id,
    Optional<String> description,
    Optional<String> when,
    Optional<String> holdingTemplate,
    boolean takeOffline,
    List<Tier> tiers,
    SourceLocation location) {

  public EscalationPath {
    tiers = List.copyOf(tiers);
  }

  /** The first tier, which receives every case on this path. */
  public Tier firstTier() {
    return tiers.get(0);
  }

  /**
   * One step of an escalation path.
   *
   * @param team the team or role
   * @param queue the helpdesk queue
   * @param within the deadline for this tier to act
   * @param notifications how the tier is told (`notify:` in the YAML)
   * @param location where the tier is defined
   */
  public record Tier(
      String team,
      Optional<String> queue,
      Duration within,
      List<Notification> notifications,
      SourceLocation location) {
    public Tier {
      notifications = List.copyOf(notifications);
    }
  }

  /**
   * How a tier is told about a case.
   *
   * @param via email, slack, teams, pager, phone, ticket or webhook
   * @param to the address, channel, queue or number
   */
  public record Notification(String via, String to) {}
}
