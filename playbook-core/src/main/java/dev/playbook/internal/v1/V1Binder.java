package dev.playbook.internal.v1;

import dev.playbook.SourceLocation;
import dev.playbook.internal.load.LocationIndex;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.load.YamlDocument;
import dev.playbook.internal.validate.Tree;
import dev.playbook.model.Channel;
import dev.playbook.model.Checklist;
import dev.playbook.model.EscalationPath;
import dev.playbook.model.Metadata;
import dev.playbook.model.Mode;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Scope;
import dev.playbook.model.Severity;
import dev.playbook.internal.render.LockedText;
import dev.playbook.model.Template;
import dev.playbook.model.Tone;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import dev.playbook.model.Visibility;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns a valid v1 tree into the model, applying the documented defaults (severity {@code error}
 * for banned rules, topics and personal data rules and {@code warning} for other tone rules; mode
 * {@code enforce}; {@code where: anywhere}; {@code lookIn: both}; {@code replyPublicly: false};
 * variables required; a public channel allows no links, phone numbers or email addresses unless it
 * says so, a private one allows all unless it says otherwise; metadata's locales include the
 * default locale). Only called on a tree that passed the schema and every pass, so it reads
 * values without re-checking them.
 */
public final class V1Binder {

  private final Map<String, Object> root;
  private final LocationIndex index;

  /** A binder for this (valid) document. */
  @SuppressWarnings("unchecked")
  public V1Binder(YamlDocument document) {
    this.root = (Map<String, Object>) document.root();
    this.index = document.index();
  }

  /** The playbook. */
  public Playbook bind(String apiVersion, Playbook.Source source) {
    return new Playbook(
        apiVersion,
        metadata(),
        items("/channels", root.get("channels"), this::channel),
        tone(),
        items("/topics", root.get("topics"), this::topic),
        items("/escalationPaths", root.get("escalationPaths"), this::escalationPath),
        items("/templates", root.get("templates"), this::template),
        personalData(),
        checklist(),
        source);
  }

  private interface Binder<T> {
    T bind(Map<String, Object> item, String pointer);
  }

  private <T> List<T> items(String pointer, Object list, Binder<T> binder) {
    List<T> out = new ArrayList<>();
    Tree.eachItem(list, pointer, (item, p) -> out.add(binder.bind(Tree.map(item), p)));
    return out;
  }

  private Metadata metadata() {
    Map<String, Object> m = Tree.map(root.get("metadata"));
    Locale defaultLocale = Locale.forLanguageTag(text(m, "defaultLocale").orElseThrow());
    List<Locale> locales = new ArrayList<>();
    locales.add(defaultLocale);
    for (String tag : texts(m.get("locales"))) {
      Locale locale = Locale.forLanguageTag(tag);
      if (!locales.contains(locale)) {
        locales.add(locale);
      }
    }
    List<Metadata.Owner> owners = items("/metadata/owners", m.get("owners"), (o, p) ->
        new Metadata.Owner(text(o, "name").orElseThrow(), text(o, "role"), text(o, "email"), texts(o.get("sections"))));
    Optional<Metadata.Approval> approval = Optional.ofNullable(m.get("approval")).map(Tree::map).map(a ->
        new Metadata.Approval(text(a, "approvedBy").orElseThrow(), LocalDate.parse(text(a, "approvedOn").orElseThrow())));
    return new Metadata(
        text(m, "id").orElseThrow(),
        text(m, "title").orElseThrow(),
        text(m, "version").orElseThrow(),
        text(m, "description"),
        owners,
        approval,
        text(m, "effective").map(LocalDate::parse),
        text(m, "reviewBy").map(LocalDate::parse),
        defaultLocale,
        locales,
        index.of("/metadata"));
  }

  private Channel channel(Map<String, Object> c, String p) {
    Visibility visibility = label(Visibility.class, text(c, "visibility").orElseThrow());
    SourceLocation location = index.of(p);
    Optional<Channel.Signature> signature = Optional.ofNullable(c.get("signature")).map(Tree::map).map(s ->
        new Channel.Signature(
            flag(s, "required", false), text(s, "pattern"), text(s, "example"), text(s, "description"),
            index.of(Pointer.child(p, "signature"))));
    Map<String, Object> allow = Tree.map(c.get("allow"));
    boolean byDefault = visibility == Visibility.PRIVATE;
    Channel.Allowances allowances = new Channel.Allowances(
        flag(allow, "links", byDefault),
        texts(allow.get("allowedDomains")),
        flag(allow, "phoneNumbers", byDefault),
        flag(allow, "emailAddresses", byDefault),
        c.containsKey("allow") ? index.of(Pointer.child(p, "allow")) : location);
    return new Channel(
        text(c, "id").orElseThrow(),
        text(c, "description"),
        visibility,
        c.get("maxLength") instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty(),
        text(c, "firstResponse").map(Duration::parse),
        signature,
        allowances,
        location);
  }

  private Tone tone() {
    Map<String, Object> t = Tree.map(root.get("tone"));
    return new Tone(texts(t.get("principles")), items("/tone/rules", t.get("rules"), this::toneRule));
  }

  private ToneRule toneRule(Map<String, Object> r, String p) {
    ToneRule.Kind kind = label(ToneRule.Kind.class, text(r, "kind").orElseThrow());
    Severity defaultSeverity = kind == ToneRule.Kind.BANNED ? Severity.ERROR : Severity.WARNING;
    return new ToneRule(
        text(r, "id").orElseThrow(),
        kind,
        text(r, "severity").map(s -> label(Severity.class, s)).orElse(defaultSeverity),
        mode(r),
        text(r, "message").orElseThrow(),
        text(r, "reason"),
        phrases(r.get("phrases"), Pointer.child(p, "phrases")),
        phrases(r.get("exceptions"), Pointer.child(p, "exceptions")),
        texts(r.get("patterns")),
        text(r, "element").map(e -> label(ToneRule.Element.class, e)),
        text(r, "where").map(w -> label(ToneRule.Where.class, w)).orElse(ToneRule.Where.ANYWHERE),
        r.get("max") instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty(),
        scope(r),
        index.of(p));
  }

  private Topic topic(Map<String, Object> t, String p) {
    Map<String, Object> r = Tree.map(t.get("recognise"));
    Map<String, Object> o = Tree.map(t.get("outcome"));
    Topic.Recognition recognition = new Topic.Recognition(
        phrases(r.get("phrases"), Pointer.child(Pointer.child(p, "recognise"), "phrases")),
        phrases(r.get("exceptions"), Pointer.child(Pointer.child(p, "recognise"), "exceptions")),
        texts(r.get("patterns")),
        texts(r.get("personalData")),
        text(r, "lookIn").map(l -> label(Topic.LookIn.class, l)).orElse(Topic.LookIn.BOTH));
    Topic.Outcome outcome = new Topic.Outcome(
        flag(o, "replyPublicly", false), text(o, "escalate"), flag(o, "moveToPrivate", false), text(o, "holdingTemplate"));
    return new Topic(
        text(t, "id").orElseThrow(),
        text(t, "description").orElseThrow(),
        recognition,
        outcome,
        severity(t),
        mode(t),
        scope(t),
        index.of(p));
  }

  private EscalationPath escalationPath(Map<String, Object> e, String p) {
    List<EscalationPath.Tier> tiers = items(Pointer.child(p, "tiers"), e.get("tiers"), (t, tp) ->
        new EscalationPath.Tier(
            text(t, "team").orElseThrow(),
            text(t, "queue"),
            Duration.parse(text(t, "within").orElseThrow()),
            items(Pointer.child(tp, "notify"), t.get("notify"), (n, np) ->
                new EscalationPath.Notification(text(n, "via").orElseThrow(), text(n, "to").orElseThrow())),
            index.of(tp)));
    return new EscalationPath(
        text(e, "id").orElseThrow(),
        text(e, "description"),
        text(e, "when"),
        text(e, "holdingTemplate"),
        flag(e, "takeOffline", false),
        tiers,
        index.of(p));
  }

  private Template template(Map<String, Object> t, String p) {
    List<Template.Variable> variables = items(Pointer.child(p, "variables"), t.get("variables"), (v, vp) ->
        new Template.Variable(
            text(v, "name").orElseThrow(),
            label(Template.VariableType.class, text(v, "type").orElseThrow()),
            flag(v, "required", true),
            text(v, "description"),
            v.get("maxLength") instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty(),
            texts(v.get("values")),
            example(v.get("example"), Pointer.child(vp, "example")),
            index.of(vp)));
    Map<Locale, String> bodies = new LinkedHashMap<>();
    Tree.map(t.get("locales")).forEach((tag, body) -> bodies.put(Locale.forLanguageTag(tag), (String) body));
    Map<Locale, List<String>> locked = new LinkedHashMap<>();
    bodies.forEach((locale, body) -> locked.put(locale, LockedText.parts(body)));
    return new Template(
        text(t, "id").orElseThrow(),
        text(t, "purpose").orElseThrow(),
        texts(t.get("topics")),
        texts(t.get("channels")),
        variables,
        bodies,
        locked,
        index.of(p));
  }

  /** An example as written: {@code 12.50} stays {@code 12.50}, not {@code 12.5}. */
  private Optional<String> example(Object value, String pointer) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(value instanceof String s ? s : index.plainText(pointer).orElse(String.valueOf(value)));
  }

  private PersonalData personalData() {
    if (!root.containsKey("personalData")) {
      return PersonalData.NONE;
    }
    Map<String, Object> d = Tree.map(root.get("personalData"));
    Map<String, List<String>> patterns = new LinkedHashMap<>();
    Tree.map(d.get("patterns")).forEach((kind, list) -> patterns.put(kind, texts(list)));
    List<PersonalData.Rule> rules = items("/personalData/rules", d.get("rules"), (r, p) ->
        new PersonalData.Rule(
            text(r, "id").orElseThrow(),
            texts(r.get("kinds")),
            severity(r),
            mode(r),
            text(r, "message").orElseThrow(),
            text(r, "instead"),
            scope(r),
            index.of(p)));
    Map<String, Object> published = Tree.map(d.get("published"));
    return new PersonalData(text(d, "phoneRegion"), patterns, rules, new PersonalData.Published(
        texts(published.get("phoneNumbers")), texts(published.get("emailAddresses")),
        texts(published.get("domains"))));
  }

  private Checklist checklist() {
    if (!root.containsKey("checklist")) {
      return Checklist.NONE;
    }
    Map<String, Object> c = Tree.map(root.get("checklist"));
    List<Checklist.Item> items = items("/checklist/items", c.get("items"), (i, p) ->
        new Checklist.Item(
            text(i, "id").orElseThrow(), text(i, "confirm").orElseThrow(), texts(i.get("checkedBy")), scope(i), index.of(p)));
    Optional<Checklist.SeniorReview> review = Optional.ofNullable(c.get("seniorReview")).map(Tree::map).map(s ->
        new Checklist.SeniorReview(
            texts(s.get("topics")), texts(s.get("channels")), text(s, "reason"), index.of("/checklist/seniorReview")));
    return new Checklist(items, review);
  }

  private List<Phrase> phrases(Object list, String pointer) {
    List<Phrase> phrases = new ArrayList<>();
    Tree.eachItem(list, pointer, (item, p) -> {
      if (item instanceof String s) {
        phrases.add(new Phrase(s, List.of(), false, index.value(p)));
      } else {
        Map<String, Object> m = Tree.map(item);
        phrases.add(new Phrase(text(m, "phrase").orElseThrow(), texts(m.get("instead")), flag(m, "exact", false),
            index.value(p)));
      }
    });
    return phrases;
  }

  private static Scope scope(Map<String, Object> item) {
    return new Scope(texts(item.get("channels")), text(item, "visibility").map(v -> label(Visibility.class, v)));
  }

  private static Severity severity(Map<String, Object> item) {
    return text(item, "severity").map(s -> label(Severity.class, s)).orElse(Severity.ERROR);
  }

  private static Mode mode(Map<String, Object> item) {
    return text(item, "mode").map(m -> label(Mode.class, m)).orElse(Mode.ENFORCE);
  }

  private static Optional<String> text(Map<String, Object> map, String key) {
    return Tree.text(map.get(key));
  }

  private static boolean flag(Map<String, Object> map, String key, boolean otherwise) {
    return map.get(key) instanceof Boolean b ? b : otherwise;
  }

  private static List<String> texts(Object list) {
    List<String> out = new ArrayList<>();
    for (Object item : Tree.list(list)) {
      Tree.text(item).ifPresent(out::add);
    }
    return out;
  }

  /** The constant a YAML word names: {@code sentence-length} → {@code SENTENCE_LENGTH}. */
  private static <E extends Enum<E>> E label(Class<E> type, String word) {
    return Enum.valueOf(type, word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
