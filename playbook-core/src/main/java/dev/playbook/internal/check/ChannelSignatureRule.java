package dev.playbook.internal.check;

import dev.playbook.Finding;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A channel's {@code signature.required: true}: the draft must end with the signature pattern
 * (trailing white space allowed; matched case-insensitively, like every playbook pattern). A
 * missing signature is an empty span at the end of the draft, with the channel's example as the
 * suggestion.
 *
 * <p>Immutable in what it reports; its cache of findings is shared by every thread.
 */
public final class ChannelSignatureRule implements Rule {

  /** Findings are kept for drafts shorter than this. */
  static final int CACHED_LENGTHS = 1024;

  private final RuleInfo info;
  private final List<String> suggestions;
  /**
   * By the draft's length, the finding of a missing signature, made on first use: it depends on
   * nothing else, and most drafts miss the signature. Each entry is an immutable value, so a race
   * only makes one twice.
   */
  private final AtomicReferenceArray<Finding> missing = new AtomicReferenceArray<>(CACHED_LENGTHS);

  /**
   * @param info the rule
   * @param suggestions the channel's example signature, if it has one
   */
  public ChannelSignatureRule(RuleInfo info, List<String> suggestions) {
    this.info = info;
    this.suggestions = List.copyOf(suggestions);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CheckContext ctx) {
    if (ctx.signature() == null) {
      TextAnalysis draft = ctx.draftText();
      int end = draft.original().length();
      if (end >= CACHED_LENGTHS) {
        ctx.report(info, draft, end, end, suggestions, Optional.empty());
        return;
      }
      Finding finding = missing.get(end);
      if (finding == null) {
        finding = CheckContext.finding(info, Finding.Text.DRAFT, draft.original(), end, end,
            suggestions,
            Optional.empty(), Optional.empty());
        missing.set(end, finding);
      }
      ctx.reportMade(info, finding, end, end);
    }
  }
}
