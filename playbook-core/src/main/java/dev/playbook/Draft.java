package dev.playbook;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft reply and what the engine needs to know about it: the channel, the customer's message,
 * the customer's name, the template it started from, and the clock to date an escalation by.
 *
 * <pre>{@code
 * Draft draft = Draft.builder("x", "Hi Sam, sorry about that. We'll DM you. ^PS")
 *     .inbound("@NorthbankHelp my card was stolen")
 *     .customerName("Sam")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder is not thread-safe.
 */
public final class Draft {

  private final String text;
  private final String channel;
  private final String inbound;
  private final Optional<Locale> locale;
  private final Optional<String> customerName;
  private final Map<String, String> attributes;
  private final Optional<String> template;
  private final Clock clock;

  private Draft(Builder b) {
    this.text = b.text;
    this.channel = b.channel;
    this.inbound = b.inbound;
    this.locale = Optional.ofNullable(b.locale);
    this.customerName = Optional.ofNullable(b.customerName).filter(n -> !n.isBlank());
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.template = Optional.ofNullable(b.template);
    this.clock = b.clock;
  }

  /** A draft with nothing but its channel and text; the clock is the system clock in UTC. */
  public static Draft of(String channel, String text) {
    return builder(channel, text).build();
  }

  /**
   * Starts a draft.
   *
   * @param channel the channel id, as declared in the playbook
   * @param text the draft reply, any text at all (empty too)
   */
  public static Builder builder(String channel, String text) {
    return new Builder(channel, text);
  }

  /** The draft reply as the agent wrote it. */
  public String text() {
    return text;
  }

  /** The id of the channel the reply is for. */
  public String channel() {
    return channel;
  }

  /** The customer's message, or the thread so far; empty when not given. */
  public String inbound() {
    return inbound;
  }

  /** The locale the draft is written in, if the helpdesk knows it. */
  public Optional<Locale> locale() {
    return locale;
  }

  /** The customer's name, if known; used by {@code customer-name} rules. */
  public Optional<String> customerName() {
    return customerName;
  }

  /** Other facts about the customer or case, as the helpdesk names them. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * The id of the template the draft started from, if any: the draft must keep that template's
   * locked text (findings of kind {@code locked-text}).
   */
  public Optional<String> template() {
    return template;
  }

  /** The clock escalation deadlines and the audit stamp are read from. */
  public Clock clock() {
    return clock;
  }

  /** This draft with {@code message} as its customer's message; everything else the same. */
  Draft withInbound(String message) {
    Builder b = builder(channel, text).inbound(message).attributes(attributes).clock(clock);
    locale.ifPresent(b::locale);
    customerName.ifPresent(b::customerName);
    template.ifPresent(b::template);
    return b.build();
  }

  @Override
  public String toString() {
    return "Draft[channel=" + channel + ", " + text.length() + " chars]";
  }

  /** Builds a {@link Draft}. Every setter rejects {@code null}. */
  public static final class Builder {
    private final String channel;
    private final String text;
    private String inbound = "";
    private Locale locale;
    private String customerName;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private String template;
    private Clock clock = Clock.systemUTC();

    private Builder(String channel, String text) {
      this.channel = Objects.requireNonNull(channel, "channel");
      this.text = Objects.requireNonNull(text, "text");
    }

    /** The customer's message, or the thread so far (joined by blank lines). */
    public Builder inbound(String inbound) {
      this.inbound = Objects.requireNonNull(inbound, "inbound");
      return this;
    }

    /** The locale the draft is written in; used to read phone numbers without a country code. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The customer's name. */
    public Builder customerName(String customerName) {
      this.customerName = Objects.requireNonNull(customerName, "customerName");
      return this;
    }

    /** Adds one attribute. */
    public Builder attribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds attributes. */
    public Builder attributes(Map<String, String> attributes) {
      attributes.forEach(this::attribute);
      return this;
    }

    /** The id of the template the draft started from; its locked text is then enforced. */
    public Builder template(String templateId) {
      this.template = Objects.requireNonNull(templateId, "templateId");
      return this;
    }

    /** The clock; pass a fixed clock in tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The draft. */
    public Draft build() {
      return new Draft(this);
    }
  }
}
