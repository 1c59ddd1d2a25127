package dev.playbook.internal.check;

/**
 * A compiled rule: built once from the playbook, then run on every draft. Rules report what they
 * find through the {@link CheckContext} and never build findings themselves, so every finding has
 * the same shape and the context can sort, de-duplicate and separate shadow findings.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Rule
    permits BannedRule, RequiredRule, ReadabilityRule, SentenceLengthRule, ExclamationsRule,
        ShoutingRule, EmojiRule, TopicRule, PersonalDataRule, ChannelLengthRule, ChannelLinksRule,
        ChannelPhoneNumbersRule, ChannelEmailAddressesRule, ChannelSignatureRule, PlaceholderRule,
        LockedTextRule {

  /** The rule's identity. */
  RuleInfo info();

  /** Checks one draft, reporting to {@code ctx}. */
  void check(CheckContext ctx);
}
