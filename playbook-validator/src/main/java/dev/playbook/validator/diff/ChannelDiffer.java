package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.model.Channel;
import dev.playbook.model.Channel.Allowances;
import dev.playbook.model.Channel.Signature;
import dev.playbook.model.Visibility;
import dev.playbook.validator.diff.ChangeLog.At;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code channels}: ids are what integrations send, so a channel removed or renamed is breaking. */
final class ChannelDiffer {

  private ChannelDiffer() {}

  static void diff(ChangeLog log) {
    At section = ChangeLog.section("channels");
    List<Channel> removed = new ArrayList<>();
    List<Channel> added = new ArrayList<>();
    ChangeLog.byId(log.before.channels(), log.after.channels(), Channel::id, removed::add, added::add,
        (was, now) -> channel(log, section.item(now.id()), was, now));
    for (Channel gone : removed) {
      Optional<Channel> renamed = added.stream().filter(a -> sameContent(gone, a)).findFirst();
      if (renamed.isPresent()) {
        added.remove(renamed.get());
        log.changed(Category.BREAKING, section.item(gone.id()), gone.id(), renamed.get().id(),
            renamed.get().location(), "channel " + quote(gone.id()) + " renamed to "
                + quote(renamed.get().id()) + " (integrations send the old id)");
      } else {
        log.removed(Category.BREAKING, section.item(gone.id()), gone.id(), gone.location(),
            "channel " + quote(gone.id()) + " removed (integrations that send it will fail)");
      }
    }
    for (Channel now : added) {
      log.added(Category.LOOSENING, section.item(now.id()), now.id(), now.location(),
          "channel " + quote(now.id()) + " added (" + ChangeLog.lower(now.visibility().name())
              + "; replies may now be posted there)");
    }
  }

  /** Everything but the id and the places: a channel with the same content under another id is a rename. */
  private static boolean sameContent(Channel a, Channel b) {
    return a.description().equals(b.description())
        && a.visibility() == b.visibility()
        && a.maxLength().equals(b.maxLength())
        && a.firstResponse().equals(b.firstResponse())
        && a.signature().map(ChannelDiffer::withoutPlace).equals(b.signature().map(ChannelDiffer::withoutPlace))
        && withoutPlace(a.allow()).equals(withoutPlace(b.allow()));
  }

  private static List<Object> withoutPlace(Signature s) {
    return List.of(s.required(), s.pattern(), s.example(), s.description());
  }

  private static List<Object> withoutPlace(Allowances a) {
    return List.of(a.links(), a.allowedDomains(), a.phoneNumbers(), a.emailAddresses());
  }

  private static void channel(ChangeLog log, At at, Channel was, Channel now) {
    String name = "channel " + quote(now.id());
    log.wording(at.child("description"), "description of " + name, was.description(),
        now.description(), now.location());
    if (was.visibility() != now.visibility()) {
      boolean nowPrivate = now.visibility() == Visibility.PRIVATE;
      log.changed(nowPrivate ? Category.LOOSENING : Category.TIGHTENING, at.child("visibility"),
          label(was.visibility()), label(now.visibility()), now.location(),
          name + " became " + label(now.visibility())
              + (nowPrivate ? " (rules for public channels no longer apply)" : " (rules for public channels now apply)"));
    }
    log.limit(at.child("maxLength"), "maxLength of " + name,
        was.maxLength().isPresent() ? Optional.of(was.maxLength().getAsInt()) : Optional.<Integer>empty(),
        now.maxLength().isPresent() ? Optional.of(now.maxLength().getAsInt()) : Optional.<Integer>empty(),
        String::valueOf, "raised", "lowered", now.location());
    log.limit(at.child("firstResponse"), "first response time of " + name, was.firstResponse(),
        now.firstResponse(), Duration::toString, "lengthened", "shortened", now.location());
    signature(log, at.child("signature"), name, was, now);
    allowances(log, at.child("allow"), name, was.allow(), now.allow());
  }

  private static void signature(ChangeLog log, At at, String name, Channel wasChannel, Channel nowChannel) {
    Optional<Signature> was = wasChannel.signature();
    Optional<Signature> now = nowChannel.signature();
    var where = now.map(Signature::location).orElse(nowChannel.location());
    boolean wasRequired = was.map(Signature::required).orElse(false);
    boolean nowRequired = now.map(Signature::required).orElse(false);
    log.flag(at.child("required"), wasRequired, nowRequired, Category.TIGHTENING,
        "a signature is now required on " + name, "a signature is no longer required on " + name, where);
    Optional<String> wasPattern = was.flatMap(Signature::pattern);
    Optional<String> nowPattern = now.flatMap(Signature::pattern);
    if (!wasPattern.equals(nowPattern)) {
      // A rewritten pattern may accept more or less; either way someone must read it.
      Category category = nowPattern.isEmpty() ? Category.LOOSENING
          : wasPattern.isEmpty() ? Category.TIGHTENING : Category.LOOSENING;
      String verb = nowPattern.isEmpty() ? "removed" : wasPattern.isEmpty() ? "added" : "changed";
      log.add(category, at.child("pattern"), wasPattern, nowPattern, where,
          "signature pattern of " + name + " " + verb);
    }
    log.wording(at.child("example"), "signature example of " + name, was.flatMap(Signature::example),
        now.flatMap(Signature::example), where);
    log.wording(at.child("description"), "signature description of " + name,
        was.flatMap(Signature::description), now.flatMap(Signature::description), where);
  }

  private static void allowances(ChangeLog log, At at, String name, Allowances was, Allowances now) {
    var where = now.location();
    log.flag(at.child("links"), was.links(), now.links(), Category.LOOSENING,
        name + " now allows links", name + " no longer allows links", where);
    log.flag(at.child("phoneNumbers"), was.phoneNumbers(), now.phoneNumbers(), Category.LOOSENING,
        name + " now allows phone numbers", name + " no longer allows phone numbers", where);
    log.flag(at.child("emailAddresses"), was.emailAddresses(), now.emailAddresses(), Category.LOOSENING,
        name + " now allows email addresses", name + " no longer allows email addresses", where);
    At domains = at.child("allowedDomains");
    if (was.allowedDomains().equals(now.allowedDomains())) {
      return;
    }
    // An empty list means any domain, so emptying it loosens and filling it tightens.
    if (now.allowedDomains().isEmpty()) {
      log.changed(Category.LOOSENING, domains, ChangeLog.list(was.allowedDomains()), "any domain", where,
          "links on " + name + " may now go to any domain (were limited to "
              + String.join(", ", was.allowedDomains()) + ")");
    } else if (was.allowedDomains().isEmpty()) {
      log.changed(Category.TIGHTENING, domains, "any domain", ChangeLog.list(now.allowedDomains()), where,
          "links on " + name + " limited to " + String.join(", ", now.allowedDomains()));
    } else {
      log.members(domains, "allowed link domain", name, was.allowedDomains(), now.allowedDomains(),
          Category.LOOSENING, where);
    }
  }

  private static String label(Visibility visibility) {
    return ChangeLog.lower(visibility.name());
  }
}
