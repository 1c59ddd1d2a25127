package dev.playbook.internal.check;

import dev.playbook.internal.text.Spans;

/**
 * A channel's {@code allow.phoneNumbers: false}: every phone number in the draft is a finding.
 *
 * @param info the rule
 */
public record ChannelPhoneNumbersRule(RuleInfo info) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    Spans found = draft.personalData(TextAnalysis.PHONE);
    for (int i = 0; i < found.size(); i++) {
      ctx.report(info, draft, found.start(i), found.end(i));
    }
  }
}
