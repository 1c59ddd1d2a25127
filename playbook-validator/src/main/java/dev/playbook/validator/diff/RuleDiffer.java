package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.SourceLocation;
import dev.playbook.internal.check.PublishedContacts;
import dev.playbook.model.Mode;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Phrase;
import dev.playbook.model.Severity;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import dev.playbook.model.Topic.LookIn;
import dev.playbook.model.Topic.Outcome;
import dev.playbook.validator.diff.ChangeLog.At;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * What is checked: {@code tone}, {@code topics} and {@code personalData}. A check that catches more
 * (a phrase, pattern or kind added, an exception removed, a higher severity, enforce instead of
 * shadow, a wider scope) tightens; one that catches less loosens.
 */
final class RuleDiffer {

  private RuleDiffer() {}

  static void tone(ChangeLog log) {
    At section = ChangeLog.section("tone");
    log.members(section.child("principles"), "principle", "the tone of voice",
        log.before.tone().principles(), log.after.tone().principles(), Category.COSMETIC, log.afterStart());
    At rules = section.child("rules");
    ChangeLog.byId(log.before.tone().rules(), log.after.tone().rules(), ToneRule::id,
        gone -> log.removed(Category.LOOSENING, rules.item(gone.id()), gone.id(), gone.location(),
            "tone rule " + quote(gone.id()) + " (" + gone.kind().label() + ") removed"),
        added -> log.added(Category.TIGHTENING, rules.item(added.id()), added.id(), added.location(),
            "tone rule " + quote(added.id()) + " (" + added.kind().label() + ") added"),
        (was, now) -> toneRule(log, rules.item(now.id()), was, now));
  }

  private static void toneRule(ChangeLog log, At at, ToneRule was, ToneRule now) {
    String name = "tone rule " + quote(now.id());
    SourceLocation where = now.location();
    if (was.kind() != now.kind()) {
      log.changed(Category.LOOSENING, at.child("kind"), was.kind().label(), now.kind().label(), where,
          "kind of " + name + " changed from " + was.kind().label() + " to " + now.kind().label());
    }
    severity(log, at, name, was.severity(), now.severity(), where);
    mode(log, at, name, was.mode(), now.mode(), where);
    log.wording(at.child("message"), "message of " + name, was.message(), now.message(), where);
    log.wording(at.child("reason"), "reason of " + name, was.reason(), now.reason(), where);
    // A banned phrase more catches more; a required phrase more is one more way to satisfy the rule.
    Category whenAdded = now.kind() == ToneRule.Kind.REQUIRED ? Category.LOOSENING : Category.TIGHTENING;
    phrases(log, at.child("phrases"), "phrase", name, was.phrases(), now.phrases(), whenAdded,
        where);
    // An exception more lets the rule's phrases pass in more places.
    phrases(log, at.child("exceptions"), "exception", name, was.exceptions(), now.exceptions(),
        Category.LOOSENING, where);
    log.members(at.child("patterns"), "pattern", name, was.patterns(), now.patterns(), whenAdded, where);
    if (!was.element().equals(now.element())) {
      log.add(Category.LOOSENING, at.child("element"), was.element().map(ToneRule.Element::label),
          now.element().map(ToneRule.Element::label), where, "element required by " + name
              + " changed from " + was.element().map(ToneRule.Element::label).orElse("none") + " to "
              + now.element().map(ToneRule.Element::label).orElse("none"));
    }
    if (was.where() != now.where()) {
      boolean looser = now.where() == ToneRule.Where.ANYWHERE || was.where() != ToneRule.Where.ANYWHERE;
      log.changed(looser ? Category.LOOSENING : Category.TIGHTENING, at.child("where"), label(was.where()),
          label(now.where()), where, "where " + name + " looks changed from " + label(was.where())
              + " to " + label(now.where()));
    }
    log.limit(at.child("max"), "max of " + name, boxed(was.max()), boxed(now.max()), RuleDiffer::number,
        "raised", "lowered", where);
    log.scope(at, name, was.scope(), now.scope(), where);
  }

  static void topics(ChangeLog log) {
    At section = ChangeLog.section("topics");
    ChangeLog.byId(log.before.topics(), log.after.topics(), Topic::id,
        gone -> log.removed(Category.LOOSENING, section.item(gone.id()), gone.id(), gone.location(),
            "topic " + quote(gone.id()) + " removed (it is no longer recognised)"),
        added -> log.added(Category.TIGHTENING, section.item(added.id()), added.id(), added.location(),
            "topic " + quote(added.id()) + " added"),
        (was, now) -> topic(log, section.item(now.id()), was, now));
  }

  private static void topic(ChangeLog log, At at, Topic was, Topic now) {
    String name = "topic " + quote(now.id());
    SourceLocation where = now.location();
    log.wording(at.child("description"), "description of " + name, was.description(), now.description(), where);
    At recognise = at.child("recognise");
    phrases(log, recognise.child("phrases"), "phrase", name, was.recognise().phrases(),
        now.recognise().phrases(), Category.TIGHTENING, where);
    phrases(log, recognise.child("exceptions"), "exception", name, was.recognise().exceptions(),
        now.recognise().exceptions(), Category.LOOSENING, where);
    log.members(recognise.child("patterns"), "pattern", name, was.recognise().patterns(),
        now.recognise().patterns(), Category.TIGHTENING, where);
    log.members(recognise.child("personalData"), "kind of personal data", name,
        was.recognise().personalData(), now.recognise().personalData(), Category.TIGHTENING, where);
    lookIn(log, recognise.child("lookIn"), name, was.recognise().lookIn(), now.recognise().lookIn(), where);
    outcome(log, at.child("outcome"), name, was.outcome(), now.outcome(), where);
    severity(log, at, name, was.severity(), now.severity(), where);
    mode(log, at, name, was.mode(), now.mode(), where);
    log.scope(at, name, was.scope(), now.scope(), where);
  }

  private static void lookIn(ChangeLog log, At at, String name, LookIn was, LookIn now, SourceLocation where) {
    if (was == now) {
      return;
    }
    ChangeLog.Reach reach = ChangeLog.reach(places(was), places(now));
    Category category = reach == ChangeLog.Reach.WIDER ? Category.TIGHTENING : Category.LOOSENING;
    String verb = reach == ChangeLog.Reach.WIDER ? "widened" : reach == ChangeLog.Reach.NARROWER ? "narrowed" : "changed";
    log.changed(category, at, label(was), label(now), where,
        "where " + name + " is looked for " + verb + " from " + label(was) + " to " + label(now));
  }

  private static Set<String> places(LookIn lookIn) {
    return lookIn == LookIn.BOTH ? Set.of("inbound", "draft") : Set.of(label(lookIn));
  }

  private static void outcome(ChangeLog log, At at, String name, Outcome was, Outcome now, SourceLocation where) {
    log.flag(at.child("replyPublicly"), was.replyPublicly(), now.replyPublicly(), Category.LOOSENING,
        name + " may now be answered publicly", name + " may no longer be answered publicly", where);
    Optional<String> wasPath = was.escalate();
    Optional<String> nowPath = now.escalate();
    if (!wasPath.equals(nowPath)) {
      String what = nowPath.isEmpty() ? "no longer escalated (was " + quote(wasPath.get()) + ")"
          : wasPath.isEmpty() ? "now escalated to " + quote(nowPath.get())
          : "escalated to " + quote(nowPath.get()) + " instead of " + quote(wasPath.get());
      log.add(wasPath.isEmpty() ? Category.TIGHTENING : Category.LOOSENING, at.child("escalate"),
          wasPath, nowPath, where, name + " " + what);
    }
    log.flag(at.child("moveToPrivate"), was.moveToPrivate(), now.moveToPrivate(), Category.TIGHTENING,
        name + " now moves the conversation to a private channel",
        name + " no longer moves the conversation to a private channel", where);
    holdingTemplate(log, at.child("holdingTemplate"), name, was.holdingTemplate(), now.holdingTemplate(), where);
  }

  /**
   * The one template that may be posted in public meanwhile: a new or different one is new text to
   * read (loosening); none at all means nothing is posted (tightening).
   */
  static void holdingTemplate(ChangeLog log, At at, String name, Optional<String> was, Optional<String> now,
      SourceLocation where) {
    if (was.equals(now)) {
      return;
    }
    String what = now.isEmpty() ? "no longer has a holding template (was " + quote(was.get()) + ")"
        : was.isEmpty() ? "now has holding template " + quote(now.get())
        : "holding template changed from " + quote(was.get()) + " to " + quote(now.get());
    log.add(now.isEmpty() ? Category.TIGHTENING : Category.LOOSENING, at, was, now, where, name + " " + what);
  }

  static void personalData(ChangeLog log) {
    At section = ChangeLog.section("personalData");
    PersonalData was = log.before.personalData();
    PersonalData now = log.after.personalData();
    SourceLocation start = log.afterStart();
    if (!was.phoneRegion().equals(now.phoneRegion())) {
      // Which numbers are read as phone numbers changes both ways.
      log.add(now.phoneRegion().isPresent() && was.phoneRegion().isEmpty() ? Category.TIGHTENING : Category.LOOSENING,
          section.child("phoneRegion"), was.phoneRegion(), now.phoneRegion(), start,
          "phone region changed from " + was.phoneRegion().orElse("none") + " to " + now.phoneRegion().orElse("none"));
    }
    At patterns = section.child("patterns");
    Map<String, List<String>> oldPatterns = new LinkedHashMap<>(was.patterns());
    for (Map.Entry<String, List<String>> entry : now.patterns().entrySet()) {
      String kind = entry.getKey();
      List<String> previous = oldPatterns.remove(kind);
      if (previous == null) {
        log.added(Category.TIGHTENING, patterns.item(kind), String.join(" | ", entry.getValue()), start,
            "patterns for personal data kind " + quote(kind) + " added");
      } else {
        log.members(patterns.item(kind), "pattern", "personal data kind " + quote(kind), previous,
            entry.getValue(), Category.TIGHTENING, start);
      }
    }
    oldPatterns.forEach((kind, list) -> log.removed(Category.LOOSENING, patterns.item(kind),
        String.join(" | ", list), log.beforeStart(),
        "patterns for personal data kind " + quote(kind) + " removed (it is no longer recognised)"));
    published(log, section.child("published"), was, now);
    At rules = section.child("rules");
    ChangeLog.byId(was.rules(), now.rules(), PersonalData.Rule::id,
        gone -> log.removed(Category.LOOSENING, rules.item(gone.id()), gone.id(), gone.location(),
            "personal data rule " + quote(gone.id()) + " removed"),
        added -> log.added(Category.TIGHTENING, rules.item(added.id()), added.id(), added.location(),
            "personal data rule " + quote(added.id()) + " added"),
        (old, current) -> {
          At at = rules.item(current.id());
          String name = "personal data rule " + quote(current.id());
          SourceLocation where = current.location();
          log.members(at.child("kinds"), "kind", name, old.kinds(), current.kinds(), Category.TIGHTENING, where);
          severity(log, at, name, old.severity(), current.severity(), where);
          mode(log, at, name, old.mode(), current.mode(), where);
          log.wording(at.child("message"), "message of " + name, old.message(), current.message(), where);
          log.wording(at.child("instead"), "advice of " + name, old.instead(), current.instead(), where);
          log.scope(at, name, old.scope(), current.scope(), where);
        });
  }

  /**
   * The brand's published contact details, compared as a check compares them: phone numbers as
   * the same number (each version read in its own phone region), email addresses and domains
   * ignoring case. Publishing one more loosens (it is no longer reported as a customer's personal
   * data); withdrawing one tightens; writing the same one differently is cosmetic.
   */
  private static void published(ChangeLog log, At at, PersonalData was, PersonalData now) {
    PersonalData.Published old = was.published();
    PersonalData.Published current = now.published();
    publishedList(log, at.child("phoneNumbers"), "published phone number", old.phoneNumbers(),
        current.phoneNumbers(), n -> PublishedContacts.e164(n, was.phoneRegion()).orElse(n),
        n -> PublishedContacts.e164(n, now.phoneRegion()).orElse(n), "it");
    publishedList(log, at.child("emailAddresses"), "published email address",
        old.emailAddresses(), current.emailAddresses(), PublishedContacts::emailKey,
        PublishedContacts::emailKey, "it");
    Function<String, String> domain = d -> d.toLowerCase(Locale.ROOT);
    publishedList(log, at.child("domains"), "published domain", old.domains(), current.domains(),
        domain, domain, "a link to it or its subdomains");
  }

  private static void publishedList(ChangeLog log, At at, String what, List<String> was,
      List<String> now, Function<String, String> oldKey, Function<String, String> newKey,
      String found) {
    Map<String, String> old = new LinkedHashMap<>();
    was.forEach(value -> old.putIfAbsent(oldKey.apply(value), value));
    Map<String, String> current = new LinkedHashMap<>();
    now.forEach(value -> current.putIfAbsent(newKey.apply(value), value));
    old.forEach((key, value) -> {
      if (!current.containsKey(key)) {
        log.removed(Category.TIGHTENING, at, value, log.beforeStart(), what + " " + quote(value)
            + " withdrawn (" + found + " is reported as a customer's personal data again)");
      }
    });
    current.forEach((key, value) -> {
      String previous = old.get(key);
      if (previous == null) {
        log.added(Category.LOOSENING, at, value, log.afterStart(), what + " " + quote(value)
            + " added (" + found + " is no longer reported as a customer's personal data)");
      } else if (!previous.equals(value)) {
        log.changed(Category.COSMETIC, at, previous, value, log.afterStart(), what + " "
            + quote(previous) + " written as " + quote(value) + " (the same)");
      }
    });
  }

  /**
   * Phrases (or exceptions, {@code noun}) are compared ignoring case and spacing, as they are
   * matched.
   */
  private static void phrases(ChangeLog log, At at, String noun, String owner, List<Phrase> was,
      List<Phrase> now, Category whenAdded, SourceLocation ownerLocation) {
    ChangeLog.byId(was, now, RuleDiffer::key,
        gone -> log.removed(ChangeLog.opposite(whenAdded), at, gone.text(), ownerLocation,
            noun + " " + quote(gone.text()) + " removed from " + owner),
        added -> log.added(whenAdded, at, added.text(), added.location(),
            noun + " " + quote(added.text()) + " added to " + owner),
        (old, current) -> {
          String phrase = noun + " " + quote(current.text()) + " of " + owner;
          log.wording(at, "wording of " + phrase, old.text(), current.text(), current.location());
          // Without exact, inflections match too: the phrase catches more.
          log.flag(at, !old.exact(), !current.exact(), whenAdded,
              phrase + " now matches inflections too", phrase + " now matches only its exact form",
              current.location());
          log.wording(at, "suggestions for " + phrase, ChangeLog.list(old.instead()),
              ChangeLog.list(current.instead()), current.location());
        });
  }

  private static String key(Phrase phrase) {
    return phrase.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void severity(ChangeLog log, At at, String name, Severity was, Severity now, SourceLocation where) {
    if (was != now) {
      boolean lowered = now.compareTo(was) > 0;
      log.changed(lowered ? Category.LOOSENING : Category.TIGHTENING, at.child("severity"), was.label(),
          now.label(), where, "severity of " + name + " " + (lowered ? "lowered" : "raised") + " from "
              + was.label() + " to " + now.label());
    }
  }

  private static void mode(ChangeLog log, At at, String name, Mode was, Mode now, SourceLocation where) {
    if (was != now) {
      boolean shadow = now == Mode.SHADOW;
      log.changed(shadow ? Category.LOOSENING : Category.TIGHTENING, at.child("mode"), label(was), label(now),
          where, name + (shadow ? " moved to shadow mode (its findings no longer count)" : " now enforced"));
    }
  }

  private static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String label(Enum<?> value) {
    return ChangeLog.lower(value.name());
  }
}
