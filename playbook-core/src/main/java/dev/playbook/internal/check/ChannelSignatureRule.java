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
 * @param example the channel's example signature
 */
public record ChannelSignatureRule(RuleInfo info, Optional<String> example) implements Rule {

  @Override
  public void check(CheckContext ctx) {
    if (ctx.signature() == null) {
      TextAnalysis draft = ctx.draftText();
      int end = draft.original().length();
      // Not a stream: its list allows nulls, so the finding copied it.
      ctx.report(info, draft, end, end, example.isPresent() ? List.of(example.get()) : List.of(),
          Optional.empty());
    }
  }
}
