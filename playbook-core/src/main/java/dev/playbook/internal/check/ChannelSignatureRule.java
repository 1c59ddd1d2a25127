package dev.playbook.internal.check;

import java.util.List;
import java.util.Optional;

/**
 * A channel's {@code signature.required: true}: the draft must end with the signature pattern
 * (trailing white space allowed; matched case-insensitively, like every playbook pattern). A
 * missing signature is an empty span at the end of the draft, with the channel's example as the
 * suggestion.
 *
 * @param info the rule
 * @param suggestions the channel's example signature, if it has one (made once: many drafts miss
 *     the signature)
 */
public record ChannelSignatureRule(RuleInfo info, List<String> suggestions) implements Rule {

  public ChannelSignatureRule {
    suggestions = List.copyOf(suggestions);
  }

  @Override
  public void check(CheckContext ctx) {
    if (ctx.signature() == null) {
      TextAnalysis draft = ctx.draftText();
      int end = draft.original().length();
      ctx.report(info, draft, end, end, suggestions, Optional.empty());
    }
  }
}
