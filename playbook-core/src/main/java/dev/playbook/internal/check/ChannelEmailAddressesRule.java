package dev.playbook.internal.check;

import dev.playbook.internal.text.Spans;

/**
 * A channel's {@code allow.emailAddresses: false}: every email address in the draft is a finding.
 *
 * @param info the rule
 */
public record ChannelEmailAddressesRule(RuleInfo info) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    Spans found = draft.personalData(TextAnalysis.EMAIL);
    for (int i = 0; i < found.size(); i++) {
      ctx.report(info, draft, found.start(i), found.end(i));
    }
  }
}
