package dev.playbook.internal.compile;

import dev.playbook.SourceLocation;
import dev.playbook.internal.check.BannedRule;
import dev.playbook.internal.check.ChannelEmailAddressesRule;
import dev.playbook.internal.check.ChannelLengthRule;
import dev.playbook.internal.check.ChannelLinksRule;
import dev.playbook.internal.check.ChannelPhoneNumbersRule;
import dev.playbook.internal.check.ChannelPlan;
import dev.playbook.internal.check.ChannelSignatureRule;
import dev.playbook.internal.check.EmojiRule;
import dev.playbook.internal.check.Engine;
import dev.playbook.internal.check.Exceptions;
import dev.playbook.internal.check.ExclamationsRule;
import dev.playbook.internal.check.Matching;
import dev.playbook.internal.check.PersonalDataRule;
import dev.playbook.internal.check.PhraseRef;
import dev.playbook.internal.check.LockedTextRule;
import dev.playbook.internal.check.PlaceholderRule;
import dev.playbook.internal.check.PublishedContacts;
import dev.playbook.internal.check.Policy;
import dev.playbook.internal.check.ReadabilityRule;
import dev.playbook.internal.check.RequiredRule;
import dev.playbook.internal.check.Rule;
import dev.playbook.internal.check.RuleInfo;
import dev.playbook.internal.check.SentenceLengthRule;
import dev.playbook.internal.check.ShoutingRule;
import dev.playbook.internal.check.TopicRule;
import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.PhraseAutomaton;
import dev.playbook.internal.text.TextPattern;
import dev.playbook.model.Channel;
import dev.playbook.model.Checklist;
import dev.playbook.model.Mode;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.Scope;
import dev.playbook.model.Severity;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a validated playbook once: every phrase into the automaton of each text that looks for
 * it, every pattern with RE2/J, every rule into its compiled class, and each channel's plan with
 * scopes already resolved.
 *
 * <p>Not thread-safe; use one compiler per playbook (the result is immutable).
 */
public final class PlaybookCompiler {

  private final Playbook playbook;
  private final Lexicon lexicon;
  private static final int DRAFT = 0;
  private static final int INBOUND = 1;

  /**
   * Two automata: the phrases looked for in the draft (every rule's and the topics that look in
   * the draft) and those looked for in the customer's message (only topics read it).
   */
  private final PhraseAutomaton.Builder automata;
  private final List<PhraseRef> phrases = new ArrayList<>();
  private int owners;
  /** Every kind of personal data the playbook names, by its index: the built-in kinds first. */
  private final Map<String, Integer> kinds = new LinkedHashMap<>();

  private PlaybookCompiler(Playbook playbook) {
    this.playbook = playbook;
    this.lexicon = Lexicon.forLocale(playbook.metadata().defaultLocale());
    this.automata = PhraseAutomaton.builder(lexicon, 2);
  }

  /**
   * Compiles a playbook.
   *
   * @throws IllegalArgumentException if a pattern is not valid RE2 (a validated playbook never has
   *     one)
   */
  public static Engine compile(Playbook playbook) {
    return new PlaybookCompiler(playbook).build();
  }

  private Engine build() {
    PersonalData.BUILT_IN_KINDS.forEach(this::kindIndex);
    playbook.personalData().patterns().keySet().forEach(this::kindIndex);
    List<Scoped> rules = new ArrayList<>();
    for (ToneRule rule : playbook.tone().rules()) {
      toneRule(rule).ifPresent(r -> rules.add(new Scoped(rule.scope(), r)));
    }
    for (PersonalData.Rule rule : playbook.personalData().rules()) {
      rules.add(new Scoped(rule.scope(), new PersonalDataRule(
          new RuleInfo(rule.id(), "personal-data", rule.severity(), rule.mode(), rule.message(),
              rule.location()),
          rule.kinds(), kindIndexes(rule.kinds()), rule.instead())));
    }
    List<Topic> topics = playbook.topics();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      Topic.LookIn lookIn = topic.recognise().lookIn();
      int owner = phrasesOf(topic.recognise().phrases(), lookIn.draft(), lookIn.inbound());
      int exceptions = exceptionsOf(topic.recognise().exceptions(), lookIn.draft(),
          lookIn.inbound());
      rules.add(new Scoped(topic.scope(), new TopicRule(
          new RuleInfo(topic.id(), "topic", topic.severity(), topic.mode(), topic.description(),
              topic.location()),
          i, topic, topic.outcome().escalate().flatMap(playbook::escalationPath), owner, exceptions,
          patterns(topic.recognise().patterns(), topic.id()),
          kindIndexes(topic.recognise().personalData()))));
    }
    Rule placeholder = new PlaceholderRule(new RuleInfo("placeholder", "placeholder",
        Severity.ERROR, Mode.ENFORCE, "Fill in or remove this placeholder before posting.",
        playbook.source().location()));
    Optional<LockedTextRule> lockedText = LockedTextRule.of(playbook.templates(),
        playbook.metadata().defaultLocale(), new RuleInfo("locked-text", "locked-text",
            Severity.ERROR, Mode.ENFORCE,
            "Keep the template's locked text exactly as written; only spacing may change.",
            playbook.source().location()));

    Map<String, ChannelPlan> plans = new LinkedHashMap<>();
    for (Channel channel : playbook.channels()) {
      plans.put(channel.id(), plan(channel, rules, placeholder, lockedText));
    }
    List<List<TextPattern>> personalDataPatterns =
        new ArrayList<>(Collections.nCopies(kinds.size(), List.of()));
    playbook.personalData().patterns().forEach((kind, list) -> personalDataPatterns.set(
        kinds.get(kind), List.copyOf(patterns(list, "personalData.patterns." + kind))));
    String country = playbook.metadata().defaultLocale().getCountry();
    List<PhraseAutomaton> built = automata.build();
    Matching matching = new Matching(lexicon, built.get(DRAFT), built.get(INBOUND),
        List.copyOf(phrases), owners,
        List.copyOf(personalDataPatterns), playbook.personalData().phoneRegion(),
        country.length() == 2 ? country : "US", PublishedContacts.of(playbook.personalData()));
    Policy policy = new Policy(playbook.metadata().id(), playbook.metadata().version(),
        playbook.source().sha256(), playbook.apiVersion(),
        playbook.checklist().seniorReview().map(s -> java.util.Set.copyOf(s.topics()))
            .orElse(java.util.Set.of()));
    return new Engine(matching, plans, policy);
  }

  private ChannelPlan plan(Channel channel, List<Scoped> scoped, Rule placeholder,
      Optional<LockedTextRule> lockedText) {
    List<Rule> rules = new ArrayList<>();
    rules.add(placeholder);
    lockedText.ifPresent(rules::add);
    for (Scoped s : scoped) {
      if (s.scope().includes(channel)) {
        rules.add(s.rule());
      }
    }
    String id = channel.id();
    channel.maxLength().ifPresent(max -> rules.add(new ChannelLengthRule(
        builtIn(id + ".max-length", "channel-length",
            "Replies on " + id + " are at most " + max + " characters.", channel.location()),
        max)));
    Channel.Allowances allow = channel.allow();
    if (!allow.links() || !allow.allowedDomains().isEmpty()) {
      String message = allow.links()
          ? "Links on " + id + " may only go to " + String.join(", ", allow.allowedDomains()) + "."
          : "Links are not allowed on " + id + ".";
      rules.add(new ChannelLinksRule(
          builtIn(id + ".links", "channel-links", message, allow.location()),
          allow.links(), allow.allowedDomains()));
    }
    if (!allow.phoneNumbers()) {
      rules.add(new ChannelPhoneNumbersRule(builtIn(id + ".phone-numbers",
          "channel-phone-numbers", "Phone numbers are not allowed on " + id + ".",
          allow.location())));
    }
    if (!allow.emailAddresses()) {
      rules.add(new ChannelEmailAddressesRule(builtIn(id + ".email-addresses",
          "channel-email-addresses", "Email addresses are not allowed on " + id + ".",
          allow.location())));
    }
    Optional<TextPattern> signature = channel.signature().flatMap(Channel.Signature::pattern)
        .map(p -> compilePattern(p, true, "channel " + id + " signature"));
    channel.signature().filter(s -> s.required() && s.pattern().isPresent()).ifPresent(s ->
        rules.add(new ChannelSignatureRule(builtIn(id + ".signature", "channel-signature",
            s.description().orElse("End every reply on " + id + " with your signature"
                + s.example().map(e -> " (" + e + ")").orElse("") + "."),
            s.location()), s.example().map(List::of).orElse(List.of()))));
    List<Checklist.Item> toConfirm = playbook.checklist().items().stream()
        .filter(item -> item.byHand() && item.scope().includes(channel))
        .toList();
    boolean senior = playbook.checklist().seniorReview()
        .map(s -> s.channels().contains(id)).orElse(false);
    List<TopicRule> topics = rules.stream()
        .filter(r -> r instanceof TopicRule && !r.info().shadow())
        .map(TopicRule.class::cast)
        .toList();
    return new ChannelPlan(channel, rules, topics, toConfirm, senior, signature);
  }

  private static RuleInfo builtIn(String id, String kind, String message, SourceLocation at) {
    return new RuleInfo(id, kind, Severity.ERROR, Mode.ENFORCE, message, at);
  }

  private Optional<Rule> toneRule(ToneRule rule) {
    RuleInfo info = new RuleInfo(rule.id(), rule.kind().label(), rule.severity(), rule.mode(),
        rule.message(), rule.location());
    switch (rule.kind()) {
      case BANNED:
        int owner = phrasesOf(rule.phrases(), true, false);
        return Optional.of(new BannedRule(info, owner,
            exceptionsOf(rule.exceptions(), true, false), patterns(rule.patterns(), rule.id())));
      case REQUIRED:
        ToneRule.Element element = rule.element().orElse(ToneRule.Element.OTHER);
        boolean useSignature = element == ToneRule.Element.SIGN_OFF && rule.phrases().isEmpty()
            && rule.patterns().isEmpty();
        List<String> examples = rule.phrases().stream().limit(3).map(Phrase::text).toList();
        return Optional.of(new RequiredRule(info, phrasesOf(rule.phrases(), true, false),
            patterns(rule.patterns(), rule.id()), element, rule.where(), useSignature, examples));
      default:
        break;
    }
    if (rule.max().isEmpty()) {
      return Optional.empty(); // the schema requires max for the limit kinds
    }
    double max = rule.max().getAsDouble();
    switch (rule.kind()) {
      case READABILITY:
        return Optional.of(new ReadabilityRule(info, max));
      case SENTENCE_LENGTH:
        return Optional.of(new SentenceLengthRule(info, max));
      case EXCLAMATIONS:
        return Optional.of(new ExclamationsRule(info, max));
      case SHOUTING:
        return Optional.of(new ShoutingRule(info, max));
      case EMOJI:
        return Optional.of(new EmojiRule(info, max));
      default:
        throw new IllegalStateException("unhandled rule kind " + rule.kind());
    }
  }

  /**
   * Adds a rule's or topic's phrases to the automaton of each text it reads (the customer's
   * message is matched only against what looks in it); returns its owner index.
   */
  private int phrasesOf(List<Phrase> list, boolean inDraft, boolean inInbound) {
    int owner = owners++;
    for (Phrase phrase : list) {
      if (inDraft) {
        automata.add(phrase.text(), phrase.exact(), phrases.size(), DRAFT);
      }
      if (inInbound) {
        automata.add(phrase.text(), phrase.exact(), phrases.size(), INBOUND);
      }
      phrases.add(new PhraseRef(owner, phrase));
    }
    return owner;
  }

  /**
   * Adds a rule's or topic's exceptions to the same automata as its phrases, as an owner of their
   * own (so a check finds them in the same walk and a rule asks for them like for its phrases);
   * returns that owner's index, or {@link Exceptions#NONE} for none, which adds no owner:
   * a playbook without exceptions compiles as before.
   */
  private int exceptionsOf(List<Phrase> list, boolean inDraft, boolean inInbound) {
    return list.isEmpty() ? Exceptions.NONE : phrasesOf(list, inDraft, inInbound);
  }

  private int kindIndex(String kind) {
    return kinds.computeIfAbsent(kind, k -> kinds.size());
  }

  private int[] kindIndexes(List<String> names) {
    int[] indexes = new int[names.size()];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = kindIndex(names.get(k));
    }
    return indexes;
  }

  private static List<TextPattern> patterns(List<String> list, String where) {
    List<TextPattern> compiled = new ArrayList<>(list.size());
    for (String p : list) {
      compiled.add(compilePattern(p, false, where));
    }
    return compiled;
  }

  private static TextPattern compilePattern(String pattern, boolean atEnd, String where) {
    try {
      return atEnd ? TextPattern.compileAtEnd(pattern) : TextPattern.compile(pattern);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: pattern '%s' is not valid RE2: %s", where, pattern, e.getMessage()), e);
    }
  }

  private record Scoped(Scope scope, Rule rule) {}
}
