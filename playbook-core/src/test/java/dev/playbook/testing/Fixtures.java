package dev.playbook.testing;

import dev.playbook.SourceLocation;
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
import dev.playbook.model.Tone;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import dev.playbook.model.Visibility;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Playbooks for tests, built as model records while the YAML loader is written in parallel.
 * {@link #retailBank()} mirrors {@code examples/retail-bank/playbook.yaml} rule for rule (locations
 * are the example's line numbers), so the rule tables keep their meaning once they load the YAML.
 */
public final class Fixtures {

  /** The file name every fixture location uses. */
  public static final String FILE = "playbook.yaml";

  private Fixtures() {}

  /** A location in the fixture file. */
  public static SourceLocation at(int line) {
    return new SourceLocation(FILE, line, 7);
  }

  /** A phrase with suggested replacements. */
  public static Phrase phrase(String text, String... instead) {
    return new Phrase(text, List.of(instead), false, at(1));
  }

  /** Phrases without replacements. */
  public static List<Phrase> phrases(String... texts) {
    return Arrays.stream(texts).map(Fixtures::phrase).toList();
  }

  /** A phrase matched only as written. */
  public static Phrase exact(String text) {
    return new Phrase(text, List.of(), true, at(1));
  }

  /** Scope: these channels. */
  public static Scope channels(String... ids) {
    return new Scope(List.of(ids), Optional.empty());
  }

  /** Scope: channels of this visibility. */
  public static Scope visibility(Visibility v) {
    return new Scope(List.of(), Optional.of(v));
  }

  /** A banned rule. */
  public static ToneRule banned(String id, Severity severity, Mode mode, String message,
      List<Phrase> phrases, List<String> patterns, int line) {
    return new ToneRule(id, ToneRule.Kind.BANNED, severity, mode, message, Optional.empty(),
        phrases, List.of(), patterns, Optional.empty(), ToneRule.Where.ANYWHERE,
        OptionalDouble.empty(), Scope.EVERYWHERE, at(line));
  }

  /** A required rule. */
  public static ToneRule required(String id, ToneRule.Element element, ToneRule.Where where,
      Severity severity, String message, List<Phrase> phrases, List<String> patterns, Scope scope,
      int line) {
    return new ToneRule(id, ToneRule.Kind.REQUIRED, severity, Mode.ENFORCE, message,
        Optional.empty(), phrases, List.of(), patterns, Optional.of(element), where,
        OptionalDouble.empty(), scope, at(line));
  }

  /** A limit rule (readability, sentence-length, exclamations, shouting, emoji). */
  public static ToneRule limit(String id, ToneRule.Kind kind, Severity severity, double max,
      String message, Scope scope, int line) {
    return new ToneRule(id, kind, severity, Mode.ENFORCE, message, Optional.empty(), List.of(),
        List.of(), List.of(), Optional.empty(), ToneRule.Where.ANYWHERE, OptionalDouble.of(max),
        scope, at(line));
  }

  /**
   * {@code playbook} with each tone rule's exceptions as {@code exceptionsOf} gives them for its
   * id, built past validation (as a check sees a model, whatever PB504 would say of it).
   */
  public static Playbook withExceptions(Playbook playbook,
      Function<String, List<Phrase>> exceptionsOf) {
    List<ToneRule> rules = playbook.tone().rules().stream().map(r -> new ToneRule(r.id(),
        r.kind(), r.severity(), r.mode(), r.message(), r.reason(), r.phrases(),
        exceptionsOf.apply(r.id()), r.patterns(), r.element(), r.where(), r.max(), r.scope(),
        r.location())).toList();
    return new Playbook(playbook.apiVersion(), playbook.metadata(), playbook.channels(),
        new Tone(playbook.tone().principles(), rules), playbook.topics(),
        playbook.escalationPaths(), playbook.templates(), playbook.personalData(),
        playbook.checklist(), playbook.source());
  }

  /** A topic. */
  public static Topic topic(String id, List<Phrase> phrases, List<String> patterns,
      List<String> personalData, Topic.LookIn lookIn, Topic.Outcome outcome, Mode mode, int line) {
    return new Topic(id, "Topic " + id + ".",
        new Topic.Recognition(phrases, List.of(), patterns, personalData, lookIn), outcome, Severity.ERROR,
        mode, Scope.EVERYWHERE, at(line));
  }

  /** An outcome. */
  public static Topic.Outcome outcome(boolean replyPublicly, String escalate,
      boolean moveToPrivate, String holdingTemplate) {
    return new Topic.Outcome(replyPublicly, Optional.ofNullable(escalate), moveToPrivate,
        Optional.ofNullable(holdingTemplate));
  }

  private static Channel.Signature initials(int line) {
    return new Channel.Signature(true, Optional.of("\\^[A-Z]{2,3}$"), Optional.of("^PS"),
        Optional.of("End every public reply with ^ and your initials."), at(line));
  }

  private static EscalationPath.Tier tier(String team, String queue, Duration within,
      String via, String to, int line) {
    return new EscalationPath.Tier(team, Optional.of(queue), within,
        List.of(new EscalationPath.Notification(via, to)), at(line));
  }

  /** The retail-bank example, as records. */
  public static Playbook retailBank() {
    return retailBank(Mode.ENFORCE);
  }

  /**
   * The retail-bank example, with the mode of the {@code legal-proceedings} topic and the
   * {@code no-guarantees} rule set to {@code mode} (to test shadow mode).
   */
  public static Playbook retailBank(Mode trialMode) {
    Metadata metadata = new Metadata("northbank-social", "Northbank social customer care",
        "2.4.0", Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Locale.forLanguageTag("en-GB"),
        List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("cy")), at(11));
    List<Channel> channels = List.of(
        new Channel("x", Optional.empty(), Visibility.PUBLIC, OptionalInt.of(280),
            Optional.of(Duration.ofHours(1)), Optional.of(initials(42)),
            new Channel.Allowances(false, List.of(), false, false, at(47)), at(37)),
        new Channel("facebook", Optional.empty(), Visibility.PUBLIC, OptionalInt.of(1000),
            Optional.of(Duration.ofHours(2)), Optional.of(initials(56)),
            new Channel.Allowances(true, List.of("northbank.example"), true, false, at(60)),
            at(51)),
        new Channel("app-chat", Optional.empty(), Visibility.PRIVATE, OptionalInt.of(2000),
            Optional.of(Duration.ofMinutes(5)), Optional.empty(),
            new Channel.Allowances(true, List.of(), true, true, at(70)), at(65)));
    List<ToneRule> rules = List.of(
        banned("plain-words", Severity.WARNING, Mode.ENFORCE,
            "Use plain words; customers should not need a dictionary.",
            List.of(phrase("utilise", "use"), phrase("facilitate", "help", "make possible"),
                phrase("going forward", "from now on", "in future"), phrase("leverage", "use"),
                phrase("in order to", "to")),
            List.of(), 81),
        banned("no-blame", Severity.ERROR, Mode.ENFORCE,
            "Don't blame or correct the customer in public.",
            List.of(phrase("as I already said"), phrase("you should have", "next time you can"),
                phrase("calm down")),
            List.of(), 97),
        banned("no-guarantees", Severity.ERROR, trialMode,
            "Never promise an outcome or money in public; legal has to sign off on that.",
            List.of(phrase("guarantee", "we'll do our best to"),
                phrase("we will refund", "we'll look into a refund"), phrase("compensate")),
            List.of("\\bwe(?:\\s+will|'ll)\\s+pay\\b"), 106),
        banned("tried-shadow-sorry-for-inconvenience", Severity.WARNING, Mode.SHADOW,
            "\"Sorry for any inconvenience\" sounds scripted; say what went wrong.",
            List.of(phrase("sorry for any inconvenience", "I'm sorry your card stopped working")),
            List.of(), 119),
        required("greeting", ToneRule.Element.GREETING, ToneRule.Where.START, Severity.WARNING,
            "Open with a greeting.",
            phrases("hi", "hello", "hey", "good morning", "good afternoon", "good evening",
                "shwmae"),
            List.of(), Scope.EVERYWHERE, 127),
        required("acknowledge", ToneRule.Element.ACKNOWLEDGEMENT, ToneRule.Where.ANYWHERE,
            Severity.WARNING, "Acknowledge the customer's situation before the fix.",
            phrases("sorry", "I understand", "thanks for letting us know",
                "that sounds frustrating", "I can see why"),
            List.of(), channels("x", "facebook"), 134),
        required("use-name", ToneRule.Element.CUSTOMER_NAME, ToneRule.Where.ANYWHERE,
            Severity.SUGGESTION, "Use the customer's name when you know it.", List.of(),
            List.of(), Scope.EVERYWHERE, 141),
        limit("readable", ToneRule.Kind.READABILITY, Severity.WARNING, 8,
            "Aim for a reading grade of 8 or below.", Scope.EVERYWHERE, 146),
        limit("short-sentences", ToneRule.Kind.SENTENCE_LENGTH, Severity.WARNING, 25,
            "Keep sentences under 25 words.", Scope.EVERYWHERE, 151),
        limit("calm", ToneRule.Kind.EXCLAMATIONS, Severity.WARNING, 1,
            "One exclamation mark at most.", Scope.EVERYWHERE, 156),
        limit("no-shouting", ToneRule.Kind.SHOUTING, Severity.ERROR, 0,
            "Don't write words in capitals; it reads as shouting.", Scope.EVERYWHERE, 161),
        limit("emoji", ToneRule.Kind.EMOJI, Severity.SUGGESTION, 1,
            "Keep emoji to one in public replies.", visibility(Visibility.PUBLIC), 166));
    List<Topic> topics = List.of(
        topic("legal-proceedings",
            phrases("sue", "lawsuit", "lawyer", "solicitor", "court", "legal action", "ombudsman",
                "small claims"),
            List.of(), List.of(), Topic.LookIn.BOTH,
            outcome(false, "legal-review", false, "legal-holding"), trialMode, 175),
        topic("injury-or-loss",
            phrases("injury", "injured", "hurt", "hospital", "fraud", "scam", "stolen",
                "lost my savings"),
            List.of(), List.of(), Topic.LookIn.INBOUND,
            outcome(false, "vulnerable-customer", true, "move-to-dm"), Mode.ENFORCE, 183),
        topic("competitor-information",
            phrases("Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Santander"),
            List.of(), List.of(), Topic.LookIn.DRAFT, outcome(false, null, false, null),
            Mode.ENFORCE, 192),
        topic("personal-data-shared", List.of(), List.of(),
            List.of("card-number", "account-number", "email-address", "phone-number"),
            Topic.LookIn.INBOUND, outcome(false, null, true, "move-to-dm"), Mode.ENFORCE, 199),
        topic("media-enquiry",
            phrases("journalist", "reporter", "press enquiry", "for a story", "comment for"),
            List.of("\\b(?:BBC|Guardian|Telegraph|Reuters)\\b"), List.of(), Topic.LookIn.INBOUND,
            outcome(false, "press-office", false, null), Mode.ENFORCE, 207),
        topic("self-harm",
            phrases("kill myself", "end it all", "suicide", "self harm", "can't go on"),
            List.of(), List.of(), Topic.LookIn.INBOUND,
            outcome(false, "vulnerable-customer", true, "wellbeing-holding"), Mode.ENFORCE, 216));
    List<EscalationPath> paths = List.of(
        new EscalationPath("legal-review", Optional.empty(), Optional.empty(),
            Optional.of("legal-holding"), true,
            List.of(tier("Social care team leader", "social-leads", Duration.ofMinutes(30),
                    "slack", "#social-leads", 233),
                tier("Legal and Corporate Affairs", "legal-intake", Duration.ofHours(4), "email",
                    "legal-intake@northbank.example", 238)),
            at(227)),
        new EscalationPath("vulnerable-customer", Optional.empty(), Optional.empty(),
            Optional.of("move-to-dm"), true,
            List.of(tier("Vulnerable Customers Team", "vcu", Duration.ofMinutes(15), "pager",
                "vcu-on-call", 249)),
            at(244)),
        new EscalationPath("press-office", Optional.empty(), Optional.empty(), Optional.empty(),
            false,
            List.of(tier("Press office", "press", Duration.ofHours(2), "email",
                "press@northbank.example", 260)),
            at(255)));
    PersonalData personalData = new PersonalData(Optional.of("GB"),
        Map.of("account-number", List.of("\\b\\d{8}\\b"),
            "sort-code", List.of("\\b\\d{2}-\\d{2}-\\d{2}\\b"),
            "postal-address", List.of("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b")),
        List.of(new PersonalData.Rule("no-personal-data-in-public",
            List.of("card-number", "account-number", "sort-code", "email-address", "phone-number",
                "postal-address"),
            Severity.ERROR, Mode.ENFORCE,
            "Never post a customer's card, account, contact or address details in public.",
            Optional.of("Ask the customer to send the details by direct message, and never "
                + "repeat them."),
            visibility(Visibility.PUBLIC), at(363))),
        new PersonalData.Published(List.of("0808 157 0192", "+44 20 7946 0000"),
            List.of("help@northbank.example"), List.of("northbank.example")));
    Checklist checklist = new Checklist(
        List.of(
            new Checklist.Item("tone-rules-pass", "The reply passes the tone rules.",
                List.of("plain-words", "no-blame", "no-guarantees", "no-shouting"),
                Scope.EVERYWHERE, at(373)),
            new Checklist.Item("no-personal-data", "The reply contains no personal data.",
                List.of("no-personal-data-in-public"), Scope.EVERYWHERE, at(376)),
            new Checklist.Item("facts-checked", "Every fact in the reply (dates, fees, rates) is "
                + "checked against the customer's case.", List.of(), Scope.EVERYWHERE, at(379)),
            new Checklist.Item("right-customer",
                "You are replying to the right customer and the right post.", List.of(),
                Scope.EVERYWHERE, at(381))),
        Optional.of(new Checklist.SeniorReview(List.of("media-enquiry", "legal-proceedings"),
            List.of(), Optional.of("Legal and press topics are read by a team leader before "
                + "anything is posted."), at(383))));
    return new Playbook("playbook.dev/v1", metadata, channels,
        new Tone(List.of("Plain words first."), rules), topics, paths, List.of(), personalData,
        checklist,
        new Playbook.Source(FILE,
            "3f0c8a1d5e2b4c6f8a9b0c1d2e3f40516273849a5b6c7d8e9f0a1b2c3d4e5f60", at(1)));
  }

  /**
   * A small playbook for what the example does not cover: exact phrases, a required sign-off from
   * the channel signature, required elements at the end, another language.
   */
  public static Playbook extras() {
    Playbook base = retailBank();
    List<ToneRule> rules = List.of(
        banned("exact-only", Severity.ERROR, Mode.ENFORCE, "Say it another way.",
            List.of(exact("charged"), exact("per se"), phrase("kindly", "please")), List.of(), 10),
        banned("refund-promise", Severity.ERROR, Mode.ENFORCE, "Don't promise refunds.",
            List.of(phrase("refund you", "look into a refund")), List.of(), 12),
        required("sign-off", ToneRule.Element.SIGN_OFF, ToneRule.Where.END, Severity.WARNING,
            "Sign off with your initials.", List.of(), List.of(), channels("x"), 14),
        required("thanks-at-end", ToneRule.Element.OTHER, ToneRule.Where.END, Severity.WARNING,
            "End by thanking the customer.", phrases("thanks", "thank you"), List.of(),
            channels("app-chat"), 16),
        limit("short", ToneRule.Kind.SENTENCE_LENGTH, Severity.ERROR, 5,
            "Keep sentences to five words.", channels("app-chat"), 18),
        limit("no-emoji", ToneRule.Kind.EMOJI, Severity.ERROR, 0, "No emoji.",
            channels("app-chat"), 20),
        limit("no-bang", ToneRule.Kind.EXCLAMATIONS, Severity.ERROR, 0, "No exclamation marks.",
            channels("app-chat"), 22));
    return new Playbook(base.apiVersion(), base.metadata(), base.channels(),
        new Tone(List.of(), rules), List.of(), base.escalationPaths(), List.of(),
        PersonalData.NONE, Checklist.NONE, base.source());
  }
}
