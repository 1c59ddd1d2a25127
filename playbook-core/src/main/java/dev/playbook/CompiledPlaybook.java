package dev.playbook;

import dev.playbook.internal.check.Engine;
import dev.playbook.internal.check.InboundAnalysis;
import dev.playbook.internal.compile.PlaybookCompiler;
import dev.playbook.internal.render.Renderer;
import dev.playbook.internal.render.TemplateSuggestions;
import dev.playbook.model.Playbook;
import java.util.List;
import java.util.Objects;

/**
 * A playbook compiled for checking drafts: compile once, check many times.
 *
 * <pre>{@code
 * CompiledPlaybook engine = CompiledPlaybook.compile(Playbooks.load(path).orThrow());
 * // per draft, from any thread:
 * Verdict verdict = engine.check(Draft.builder("x", text).inbound(customerMessage).build());
 * }</pre>
 *
 * <p><b>Threading:</b> thread-safe, and immutable in everything a result depends on. Share one
 * instance between all threads; each {@link #check} call uses only its own state, except that the
 * instance remembers, in a small bounded memory shared without locks, the stems of words it has
 * already stemmed (a speed-up that never changes a verdict). To change the playbook, compile a new
 * instance and swap the reference.
 *
 * <p><b>Checking every keystroke.</b> A helpdesk that checks a draft as it is typed checks
 * against the same customer message each time. {@link #conversation} analyses the message once,
 * and its {@link Conversation#check} gives the same verdict as {@link #check} while analysing
 * only the draft:
 *
 * <pre>{@code
 * Conversation conversation = engine.conversation(customerMessage);   // when the message arrives
 * Verdict verdict = conversation.check(Draft.builder("x", text).build());   // on every keystroke
 * }</pre>
 *
 * <p><b>Checking</b> is a pure function of the compiled playbook and the {@link Draft}: no I/O, no
 * logging, and the only time read is the draft's {@link java.time.Clock}. It never throws for any
 * text, however long, empty, malformed (unpaired surrogates) or hostile; the one programming error
 * is a channel the playbook does not declare.
 */
public final class CompiledPlaybook {

  private final Playbook playbook;
  private final Engine engine;

  private CompiledPlaybook(Playbook playbook, Engine engine) {
    this.playbook = playbook;
    this.engine = engine;
  }

  /**
   * Compiles a validated playbook (from {@link Playbooks#load}). Phrases are gathered into one
   * automaton and patterns compiled with RE2/J, once.
   *
   * @throws IllegalArgumentException if a pattern is not valid RE2, which validation rules out
   */
  public static CompiledPlaybook compile(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    return new CompiledPlaybook(playbook, PlaybookCompiler.compile(playbook));
  }

  /** The playbook this was compiled from. */
  public Playbook playbook() {
    return playbook;
  }

  /** The ids of the channels drafts can be checked for, in playbook order. */
  public List<String> channels() {
    return engine.channels();
  }

  /**
   * Checks a draft.
   *
   * <pre>{@code
   * Verdict v = engine.check(Draft.of("x", "Hi Sam, we guarantee a refund! ^PS"));
   * v.decision();   // REVISE: "guarantee" is banned by no-guarantees
   * }</pre>
   *
   * @throws IllegalArgumentException if the draft's channel is not declared in the playbook; the
   *     message names the channels that are
   */
  public Verdict check(Draft draft) {
    Objects.requireNonNull(draft, "draft");
    return engine.check(draft);
  }

  /**
   * Analyses a customer's message (or the thread so far) once, to check every draft reply to it
   * with {@link Conversation#check}: the same verdicts as {@link #check} with the message as each
   * draft's inbound, without analysing the message again on every check (for a helpdesk that
   * checks on every keystroke). The conversation belongs to this compiled playbook and always
   * checks with it; see {@link Conversation} for the threading contract and for reloading.
   *
   * <pre>{@code
   * Conversation conversation = engine.conversation("@NorthbankHelp my card was stolen");
   * Verdict v = conversation.check(Draft.builder("x", "Hi Sam, we'll DM you. ^PS")
   *     .locale(Locale.UK).build());   // ESCALATE (injury-or-loss), as engine.check gives
   * }</pre>
   *
   * @param message the customer's message, as {@link Draft.Builder#inbound} takes it (any text,
   *     empty too)
   */
  public Conversation conversation(String message) {
    return new Conversation(this, Objects.requireNonNull(message, "message"));
  }

  /** The message analysed for {@link Conversation}. */
  InboundAnalysis analyse(String message) {
    return engine.analyse(message);
  }

  /** Checks a draft against a message this compiled playbook analysed. */
  Verdict check(Draft draft, InboundAnalysis inbound) {
    return engine.check(draft, inbound);
  }

  /**
   * Renders a template with an agent's values, to start a reply from.
   *
   * <pre>{@code
   * RenderedTemplate r = engine.render("refund-issued", Locale.forLanguageTag("en-GB"),
   *     Map.of("amount", "12.50 GBP", "refundDate", "2026-12-03", "agentInitials", "PS"));
   * r.text();   // "... £12.50 ... 3 December 2026 ... ^PS"
   * }</pre>
   *
   * <p><b>Locale:</b> the body for {@code locale} is used, else the body for its language alone
   * ({@code fr-CA} → {@code fr}), else the body for the playbook's default locale. Values are
   * formatted for {@code locale} when the body is in its language, otherwise for the body's
   * locale (so a French date never lands in an English body).
   *
   * <p><b>Values</b> by the variable's type (a {@code String} in the form shown is always
   * accepted):
   * <ul>
   *   <li>{@code string}: a {@link CharSequence} of at most {@code maxLength} characters,
   *       inserted as it is;
   *   <li>{@code integer}: an {@code Integer}, {@code Long}, {@code BigInteger} or {@code "90"},
   *       formatted with the locale's grouping ({@code 1,000});
   *   <li>{@code decimal}: a {@code BigDecimal}, {@code Double} or {@code "2.50"}, formatted with
   *       as many decimal places as written;
   *   <li>{@code date}: a {@link java.time.LocalDate} or ISO {@code "2026-12-03"}, formatted in
   *       the locale's long style ({@link java.time.format.FormatStyle#LONG}: 3 December 2026);
   *   <li>{@code money}: a {@link Money} or {@code "12.50 GBP"}, formatted as the locale writes
   *       that currency ({@code £12.50}, {@code 12,50 €});
   *   <li>{@code enum}: one of the variable's {@code values}, inserted as written.
   * </ul>
   * An optional variable without a value (absent or {@code null}) renders as nothing.
   *
   * <p><b>Safety:</b> only {@code {{name}}} placeholders are replaced, and only with the formatted
   * values given here: no lookups ({@code ${env:...}}, {@code ${script:...}}), no defaults, no
   * escape sequence, and a value is never substituted again, so a value containing
   * {@code {{other}}} or {@code ${...}} comes out literally. The text is plain text: nothing is
   * HTML-escaped. Locked-text markers are removed; the locked text stays.
   *
   * @param templateId the template's id
   * @param locale the locale the reply is written in
   * @param values each variable's value, by name
   * @throws TemplateException if the template is unknown, it has no body for the locale or the
   *     default locale, a required value is missing, a value names no declared variable, or a value
   *     is not of its variable's type; the message names the template, the variable and what was
   *     expected
   */
  public RenderedTemplate render(String templateId, java.util.Locale locale,
      java.util.Map<String, ?> values) {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(values, "values");
    return Renderer.render(playbook, templateId, locale, values);
  }

  /**
   * The templates an agent could start a reply to this customer message from, best first: those
   * answering the most topics recognised in the message (by the topics in scope on
   * {@code channel}), then those whose purpose shares the most words with it (words of four
   * letters or more, ignoring case and common English function words), then in playbook order. Templates not allowed on the channel,
   * and those that fit neither way, are left out.
   *
   * <pre>{@code
   * engine.suggestTemplates("x", "my card was stolen and I'm going to my lawyer")
   *     .forEach(t -> System.out.println(t.id()));   // legal-holding, ...
   * }</pre>
   *
   * @throws IllegalArgumentException if the channel is not declared in the playbook
   */
  public List<dev.playbook.model.Template> suggestTemplates(String channel, String message) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(message, "message");
    List<String> topics = engine.check(Draft.builder(channel, "").inbound(message).build())
        .topics();
    return TemplateSuggestions.suggest(playbook.templates(), channel, topics, message);
  }

  @Override
  public String toString() {
    return "CompiledPlaybook[" + playbook.metadata().id() + " " + playbook.metadata().version()
        + "]";
  }
}
