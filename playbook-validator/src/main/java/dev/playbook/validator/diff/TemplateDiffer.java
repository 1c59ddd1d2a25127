package dev.playbook.validator.diff;

import static dev.playbook.validator.diff.ChangeLog.quote;

import dev.playbook.SourceLocation;
import dev.playbook.model.Playbook;
import dev.playbook.model.Template;
import dev.playbook.model.Template.Variable;
import dev.playbook.validator.diff.ChangeLog.At;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code templates}: integrations fill them by id, locale and variable, so what they rely on
 * disappearing or changing shape is breaking. New text agents may post (a template or a body
 * added) loosens. Rewording a body without changing its placeholders is cosmetic.
 */
final class TemplateDiffer {

  /** As the loader reads placeholders ({@code TemplatePlaceholdersPass}). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private TemplateDiffer() {}

  static void diff(ChangeLog log) {
    At section = ChangeLog.section("templates");
    List<Template> removed = new ArrayList<>();
    List<Template> added = new ArrayList<>();
    ChangeLog.byId(log.before.templates(), log.after.templates(), Template::id, removed::add, added::add,
        (was, now) -> template(log, section.item(now.id()), was, now));
    for (Template gone : removed) {
      Optional<Template> renamed = added.stream().filter(a -> sameContent(gone, a)).findFirst();
      if (renamed.isPresent()) {
        added.remove(renamed.get());
        log.changed(Category.BREAKING, section.item(gone.id()), gone.id(), renamed.get().id(),
            renamed.get().location(), "template " + quote(gone.id()) + " renamed to "
                + quote(renamed.get().id()) + " (integrations ask for the old id)");
      } else {
        log.removed(Category.BREAKING, section.item(gone.id()), gone.id(), gone.location(),
            "template " + quote(gone.id()) + " removed (integrations that use it will fail)");
      }
    }
    for (Template now : added) {
      log.added(Category.LOOSENING, section.item(now.id()), now.id(), now.location(),
          "template " + quote(now.id()) + " added (new text agents may post: read it)");
    }
  }

  private static boolean sameContent(Template a, Template b) {
    return a.purpose().equals(b.purpose()) && a.topics().equals(b.topics()) && a.channels().equals(b.channels())
        && a.bodies().equals(b.bodies())
        && a.variables().stream().map(TemplateDiffer::withoutPlace).toList()
            .equals(b.variables().stream().map(TemplateDiffer::withoutPlace).toList());
  }

  private static List<Object> withoutPlace(Variable v) {
    return List.of(v.name(), v.type(), v.required(), v.description(), v.maxLength(), v.values(), v.example());
  }

  private static void template(ChangeLog log, At at, Template was, Template now) {
    String name = "template " + quote(now.id());
    SourceLocation where = now.location();
    log.wording(at.child("purpose"), "purpose of " + name, was.purpose(), now.purpose(), where);
    log.members(at.child("topics"), "topic", "those " + name + " answers", was.topics(), now.topics(),
        Category.COSMETIC, where);
    channels(log, at.child("channels"), name, was, now);
    At variables = at.child("variables");
    ChangeLog.byId(was.variables(), now.variables(), Variable::name,
        gone -> log.removed(Category.BREAKING, variables.item(gone.name()), gone.name(), gone.location(),
            "variable " + quote(gone.name()) + " removed from " + name + " (integrations that pass it may fail)"),
        added -> log.added(added.required() ? Category.BREAKING : Category.COSMETIC, variables.item(added.name()),
            signature(added), added.location(), (added.required() ? "required" : "optional") + " variable "
                + quote(added.name()) + " added to " + name
                + (added.required() ? " (integrations must now pass it)" : "")),
        (old, current) -> variable(log, variables.item(current.name()),
            "variable " + quote(current.name()) + " of " + name, old, current));
    bodies(log, at.child("locales"), name, was, now);
  }

  /** Which channels a template may be used on (none listed: all); losing one breaks its users. */
  private static void channels(ChangeLog log, At at, String name, Template was, Template now) {
    if (was.channels().equals(now.channels())) {
      return;
    }
    ChangeLog.Reach reach = ChangeLog.reach(usable(log.before, was), usable(log.after, now));
    Category category = switch (reach) {
      case SAME -> Category.COSMETIC;
      case WIDER -> Category.LOOSENING;
      case NARROWER, DIFFERENT -> Category.BREAKING;
    };
    String verb = switch (reach) {
      case SAME -> "rewritten (same channels)";
      case WIDER -> "widened";
      case NARROWER -> "narrowed";
      case DIFFERENT -> "changed";
    };
    log.changed(category, at, channelText(was), channelText(now), now.location(),
        "channels of " + name + " " + verb + " from " + channelText(was) + " to " + channelText(now));
  }

  private static Set<String> usable(Playbook playbook, Template template) {
    Set<String> ids = new LinkedHashSet<>();
    playbook.channels().forEach(c -> {
      if (template.channels().isEmpty() || template.channels().contains(c.id())) {
        ids.add(c.id());
      }
    });
    return ids;
  }

  private static String channelText(Template template) {
    return template.channels().isEmpty() ? "every channel" : String.join(", ", template.channels());
  }

  private static void variable(ChangeLog log, At at, String name, Variable was, Variable now) {
    SourceLocation where = now.location();
    boolean sameType = was.type() == now.type();
    if (!sameType) {
      log.changed(Category.BREAKING, at.child("type"), was.type().label(), now.type().label(), where,
          "type of " + name + " changed from " + was.type().label() + " to " + now.type().label());
    }
    if (was.required() != now.required()) {
      log.changed(now.required() ? Category.BREAKING : Category.LOOSENING, at.child("required"),
          String.valueOf(was.required()), String.valueOf(now.required()), where, now.required()
              ? name + " is now required (integrations must pass it)"
              : name + " is now optional (the template may go out without it)");
    }
    // Under another type the limits mean something else; the type change already breaks.
    if (sameType) {
      limits(log, at, name, was, now);
    }
    log.wording(at.child("description"), "description of " + name, was.description(), now.description(), where);
    log.wording(at.child("example"), "example of " + name, was.example(), now.example(), where);
  }

  private static void limits(ChangeLog log, At at, String name, Variable was, Variable now) {
    SourceLocation where = now.location();
    // A shorter limit refuses values integrations send today; a longer one lets longer text through.
    Optional<Integer> wasMax = boxed(was.maxLength());
    Optional<Integer> nowMax = boxed(now.maxLength());
    if (!wasMax.equals(nowMax)) {
      boolean shorter = nowMax.isPresent() && (wasMax.isEmpty() || nowMax.get() < wasMax.get());
      log.add(shorter ? Category.BREAKING : Category.LOOSENING, at.child("maxLength"), wasMax.map(String::valueOf),
          nowMax.map(String::valueOf), where, "maxLength of " + name + " " + (shorter ? "lowered" : "raised")
              + " from " + wasMax.map(String::valueOf).orElse("none") + " to "
              + nowMax.map(String::valueOf).orElse("none"));
    }
    Set<String> gone = new LinkedHashSet<>(was.values());
    gone.removeAll(now.values());
    for (String value : gone) {
      log.removed(Category.BREAKING, at.child("values"), value, where,
          "value " + quote(value) + " removed from " + name + " (integrations that pass it will fail)");
    }
    Set<String> come = new LinkedHashSet<>(now.values());
    come.removeAll(was.values());
    for (String value : come) {
      log.added(Category.LOOSENING, at.child("values"), value, where, "value " + quote(value) + " added to " + name);
    }
  }

  private static void bodies(ChangeLog log, At at, String name, Template was, Template now) {
    Map<Locale, String> old = new LinkedHashMap<>(was.bodies());
    for (Map.Entry<Locale, String> body : now.bodies().entrySet()) {
      String locale = MetadataDiffer.tag(body.getKey());
      String previous = old.remove(body.getKey());
      if (previous == null) {
        log.addInFull(Category.LOOSENING, at.item(locale), Optional.empty(), Optional.of(body.getValue()),
            now.location(),
            locale + " body added to " + name + " (new text agents may post: read it)");
      } else if (!previous.equals(body.getValue())) {
        boolean samePlaceholders = placeholders(previous).equals(placeholders(body.getValue()));
        log.addInFull(samePlaceholders ? Category.COSMETIC : Category.LOOSENING, at.item(locale),
            Optional.of(previous), Optional.of(body.getValue()), now.location(), locale + " body of " + name + " reworded"
                + (samePlaceholders ? "" : " and now fills " + ChangeLog.list(placeholders(body.getValue()))
                    + " instead of " + ChangeLog.list(placeholders(previous))));
      }
    }
    old.forEach((locale, body) -> log.addInFull(Category.BREAKING, at.item(MetadataDiffer.tag(locale)),
        Optional.of(body), Optional.empty(), was.location(), MetadataDiffer.tag(locale) + " body removed from " + name
            + " (requests in that locale get no template)"));
  }

  private static Set<String> placeholders(String body) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(body);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private static String signature(Variable variable) {
    return variable.name() + ": " + variable.type().label() + (variable.required() ? ", required" : "");
  }
}
