package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.SourceLocation;
import dev.playbook.model.EscalationPath;
import dev.playbook.model.EscalationPath.Tier;
import dev.playbook.validator.diff.ChangeLog.At;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code escalationPaths}: who a case goes to, and how fast. Slower, fewer tiers or fewer
 * notifications loosen; faster or more tighten; a different order or team must be read by a
 * person, so it counts as loosening.
 */
final class EscalationDiffer {

  private EscalationDiffer() {}

  static void diff(ChangeLog log) {
    At section = ChangeLog.section("escalationPaths");
    ChangeLog.byId(log.before.escalationPaths(), log.after.escalationPaths(), EscalationPath::id,
        gone -> log.removed(Category.LOOSENING, section.item(gone.id()), gone.id(), gone.location(),
            "escalation path " + quote(gone.id()) + " removed"),
        added -> log.added(Category.TIGHTENING, section.item(added.id()), added.id(), added.location(),
            "escalation path " + quote(added.id()) + " added"),
        (was, now) -> path(log, section.item(now.id()), was, now));
  }

  private static void path(ChangeLog log, At at, EscalationPath was, EscalationPath now) {
    String name = "escalation path " + quote(now.id());
    SourceLocation where = now.location();
    log.wording(at.child("description"), "description of " + name, was.description(), now.description(), where);
    log.wording(at.child("when"), "when " + name + " applies", was.when(), now.when(), where);
    RuleDiffer.holdingTemplate(log, at.child("holdingTemplate"), name, was.holdingTemplate(),
        now.holdingTemplate(), where);
    log.flag(at.child("takeOffline"), was.takeOffline(), now.takeOffline(), Category.TIGHTENING,
        name + " now takes the conversation offline", name + " no longer takes the conversation offline", where);
    tiers(log, at.child("tiers"), name, was, now);
  }

  /**
   * Tiers have no id: they are matched by team, and a tier left over on each side at the same
   * position is the same tier with another team.
   */
  private static void tiers(ChangeLog log, At at, String name, EscalationPath wasPath, EscalationPath nowPath) {
    List<Tier> was = wasPath.tiers();
    List<Tier> now = nowPath.tiers();
    Map<Integer, Integer> newToOld = new HashMap<>();
    boolean[] oldMatched = new boolean[was.size()];
    for (int n = 0; n < now.size(); n++) {
      for (int o = 0; o < was.size(); o++) {
        if (!oldMatched[o] && was.get(o).team().equals(now.get(n).team())) {
          oldMatched[o] = true;
          newToOld.put(n, o);
          break;
        }
      }
    }
    for (int n = 0; n < now.size(); n++) {
      if (!newToOld.containsKey(n) && n < was.size() && !oldMatched[n]) {
        oldMatched[n] = true;
        newToOld.put(n, n);
      }
    }
    List<Integer> keptOrder = new ArrayList<>();
    for (int n = 0; n < now.size(); n++) {
      if (newToOld.containsKey(n)) {
        keptOrder.add(newToOld.get(n));
      }
    }
    if (!keptOrder.stream().sorted().toList().equals(keptOrder)) {
      List<String> oldTeams = was.stream().map(Tier::team).toList();
      List<String> newTeams = now.stream().map(Tier::team).toList();
      log.changed(Category.LOOSENING, at, String.join(" > ", oldTeams), String.join(" > ", newTeams),
          nowPath.location(), "tiers of " + name + " reordered from " + String.join(" > ", oldTeams)
              + " to " + String.join(" > ", newTeams));
    }
    for (int o = 0; o < was.size(); o++) {
      if (!oldMatched[o]) {
        Tier gone = was.get(o);
        log.removed(Category.LOOSENING, at.child(String.valueOf(o)), gone.team(), gone.location(),
            "tier " + (o + 1) + " " + quote(gone.team()) + " removed from " + name);
      }
    }
    for (int n = 0; n < now.size(); n++) {
      Tier tier = now.get(n);
      At tierAt = at.child(String.valueOf(n));
      Integer o = newToOld.get(n);
      if (o == null) {
        log.added(Category.TIGHTENING, tierAt, tier.team(), tier.location(),
            "tier " + (n + 1) + " " + quote(tier.team()) + " added to " + name + " (within " + tier.within() + ")");
      } else {
        tier(log, tierAt, "tier " + (n + 1) + " " + quote(tier.team()) + " in " + name, was.get(o), tier);
      }
    }
  }

  private static void tier(ChangeLog log, At at, String name, Tier was, Tier now) {
    SourceLocation where = now.location();
    if (!was.team().equals(now.team())) {
      log.changed(Category.LOOSENING, at.child("team"), was.team(), now.team(), where,
          "team of " + name + " changed from " + quote(was.team()));
    }
    if (!was.queue().equals(now.queue())) {
      // Another queue sends the case to other people; a queue where there was none adds a place to look.
      log.add(was.queue().isEmpty() ? Category.TIGHTENING : Category.LOOSENING, at.child("queue"),
          was.queue(), now.queue(), where, "queue of " + name + " changed from "
              + was.queue().orElse("none") + " to " + now.queue().orElse("none"));
    }
    log.limit(at.child("within"), "deadline of " + name, Optional.of(was.within()), Optional.of(now.within()),
        Duration::toString, "lengthened", "shortened", where);
    log.members(at.child("notify"), "notification", name,
        was.notifications().stream().map(EscalationDiffer::notification).toList(),
        now.notifications().stream().map(EscalationDiffer::notification).toList(), Category.TIGHTENING, where);
  }

  private static String notification(EscalationPath.Notification notification) {
    return notification.via() + " " + notification.to();
  }
}
