package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.SourceLocation;
import dev.playbook.model.Metadata;
import dev.playbook.model.Metadata.Owner;
import dev.playbook.validator.diff.ChangeLog.At;
import java.util.List;
import java.util.Locale;

/** {@code apiVersion} and {@code metadata}, except the version itself (that is what the rules check). */
final class MetadataDiffer {

  private MetadataDiffer() {}

  static void diff(ChangeLog log) {
    Metadata was = log.before.metadata();
    Metadata now = log.after.metadata();
    At at = ChangeLog.section("metadata");
    SourceLocation where = now.location();
    if (!log.before.apiVersion().equals(log.after.apiVersion())) {
      log.changed(Category.BREAKING, new At("metadata", "", "/apiVersion"), log.before.apiVersion(),
          log.after.apiVersion(), log.afterStart(), "apiVersion changed from "
              + log.before.apiVersion() + " to " + log.after.apiVersion());
    }
    if (!was.id().equals(now.id())) {
      log.changed(Category.BREAKING, at.child("id"), was.id(), now.id(), where,
          "playbook id changed from " + quote(was.id()) + " to " + quote(now.id())
              + " (verdicts and audit stamps name it)");
    }
    log.wording(at.child("title"), "title", was.title(), now.title(), where);
    log.wording(at.child("description"), "description of the playbook", was.description(),
        now.description(), where);
    owners(log, at, was.owners(), now.owners(), where);
    log.wording(at.child("approval"), "approval", was.approval().map(MetadataDiffer::approval),
        now.approval().map(MetadataDiffer::approval), where);
    log.wording(at.child("effective"), "effective date", was.effective().map(Object::toString),
        now.effective().map(Object::toString), where);
    // A later review date (or none) leaves the rules unreviewed for longer.
    log.limit(at.child("reviewBy"), "review date", was.reviewBy(), now.reviewBy(), Object::toString,
        "moved later", "moved earlier", where);
    if (!was.defaultLocale().equals(now.defaultLocale())) {
      log.changed(Category.BREAKING, at.child("defaultLocale"), tag(was.defaultLocale()),
          tag(now.defaultLocale()), where, "default locale changed from " + tag(was.defaultLocale())
              + " to " + tag(now.defaultLocale()) + " (requests without a locale get another language)");
    }
    List<String> oldLocales = was.locales().stream().map(MetadataDiffer::tag).toList();
    List<String> newLocales = now.locales().stream().map(MetadataDiffer::tag).toList();
    for (String locale : oldLocales) {
      if (!newLocales.contains(locale)) {
        log.removed(Category.BREAKING, at.child("locales"), locale, where,
            "locale " + locale + " removed (requests in it get no template)");
      }
    }
    for (String locale : newLocales) {
      if (!oldLocales.contains(locale)) {
        log.added(Category.COSMETIC, at.child("locales"), locale, where, "locale " + locale + " added");
      }
    }
  }

  /** An owner who approves fewer sections loosens the review; more sections tighten it. */
  private static void owners(ChangeLog log, At at, List<Owner> was, List<Owner> now, SourceLocation where) {
    At owners = at.child("owners");
    ChangeLog.byId(was, now, Owner::name,
        removed -> log.removed(removed.sections().isEmpty() ? Category.COSMETIC : Category.LOOSENING,
            owners.item(removed.name()), owner(removed), where,
            "owner " + quote(removed.name()) + " removed" + approves(removed)),
        added -> log.added(added.sections().isEmpty() ? Category.COSMETIC : Category.TIGHTENING,
            owners.item(added.name()), owner(added), where,
            "owner " + quote(added.name()) + " added" + approves(added)),
        (old, current) -> {
          At item = owners.item(current.name());
          String who = "owner " + quote(current.name());
          log.wording(item.child("role"), "role of " + who, old.role(), current.role(), where);
          log.wording(item.child("email"), "email of " + who, old.email(), current.email(), where);
          log.members(item.child("sections"), "section", "the sections " + who + " approves",
              old.sections(), current.sections(), Category.TIGHTENING, where);
        });
  }

  private static String approves(Owner owner) {
    return owner.sections().isEmpty() ? "" : " (approved " + String.join(", ", owner.sections()) + ")";
  }

  private static String owner(Owner owner) {
    return owner.name() + owner.role().map(r -> ", " + r).orElse("")
        + (owner.sections().isEmpty() ? "" : " [" + String.join(", ", owner.sections()) + "]");
  }

  private static String approval(Metadata.Approval approval) {
    return approval.approvedBy() + " on " + approval.approvedOn();
  }

  static String tag(Locale locale) {
    return locale.toLanguageTag();
  }
}
