package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.model.Checklist;
import dev.playbook.model.Checklist.SeniorReview;
import dev.playbook.validator.diff.ChangeLog.At;
import java.util.List;
import java.util.Optional;

/** {@code checklist}: more items, checks or senior review tighten; fewer loosen. */
final class ChecklistDiffer {

  private ChecklistDiffer() {}

  static void diff(ChangeLog log) {
    At section = ChangeLog.section("checklist");
    Checklist was = log.before.checklist();
    Checklist now = log.after.checklist();
    At items = section.child("items");
    ChangeLog.byId(was.items(), now.items(), Checklist.Item::id,
        gone -> log.removed(Category.LOOSENING, items.item(gone.id()), gone.confirm(), gone.location(),
            "checklist item " + quote(gone.id()) + " removed"),
        added -> log.added(Category.TIGHTENING, items.item(added.id()), added.confirm(), added.location(),
            "checklist item " + quote(added.id()) + " added"),
        (old, current) -> {
          At at = items.item(current.id());
          String name = "checklist item " + quote(current.id());
          log.wording(at.child("confirm"), "wording of " + name, old.confirm(), current.confirm(),
              current.location());
          log.members(at.child("checkedBy"), "rule", "those checking " + name, old.checkedBy(),
              current.checkedBy(), Category.TIGHTENING, current.location());
          log.scope(at, name, old.scope(), current.scope(), current.location());
        });
    seniorReview(log, section.child("seniorReview"), was.seniorReview(), now.seniorReview());
  }

  private static void seniorReview(ChangeLog log, At at, Optional<SeniorReview> was, Optional<SeniorReview> now) {
    if (was.isEmpty() && now.isEmpty()) {
      return;
    }
    if (now.isEmpty()) {
      log.removed(Category.LOOSENING, at, describe(was.get()), was.get().location(), "senior review removed");
      return;
    }
    if (was.isEmpty()) {
      log.added(Category.TIGHTENING, at, describe(now.get()), now.get().location(), "senior review added");
      return;
    }
    SeniorReview old = was.get();
    SeniorReview current = now.get();
    log.members(at.child("topics"), "topic", "senior review", old.topics(), current.topics(),
        Category.TIGHTENING, current.location());
    log.members(at.child("channels"), "channel", "senior review", old.channels(), current.channels(),
        Category.TIGHTENING, current.location());
    log.wording(at.child("reason"), "reason for senior review", old.reason(), current.reason(), current.location());
  }

  private static String describe(SeniorReview review) {
    return "topics: " + list(review.topics()) + "; channels: " + list(review.channels());
  }

  private static String list(List<String> values) {
    return ChangeLog.list(values);
  }
}
