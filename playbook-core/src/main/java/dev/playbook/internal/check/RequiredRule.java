package dev.playbook.internal.check;

import dev.playbook.Finding;
import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import dev.playbook.model.ToneRule;
import java.util.List;
import java.util.Optional;

/**
 * {@code kind: required}: an element every draft needs, found by any of its phrases or patterns in
 * the place {@code where} says (the first sentence, the last, or anywhere).
 *
 * <p>{@code customer-name} looks for any word of the customer's name from the draft (and is
 * skipped when the helpdesk gives no name). {@code sign-off} without phrases or patterns uses the
 * channel's signature (and is skipped on channels without one). For {@code where: end}, a
 * signature on its own last line does not count as the last sentence: the sentence before it does.
 * A missing element is reported as an empty span where it belongs: 0 for start and anywhere, the
 * end of the draft for end.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequiredRule implements Rule {

  private final RuleInfo info;
  private final int owner;
  private final List<TextPattern> patterns;
  private final ToneRule.Element element;
  private final ToneRule.Where where;
  private final boolean useSignature;
  private final List<String> examples;
  /**
   * The finding when the element is missing, made once where it is the same in every draft (at
   * the start, with the rule's own examples); {@code null} where it is not. Most drafts miss some
   * greeting or acknowledgement. Its span is {@code [0, 0)}.
   */
  private final Finding missing;

  /**
   * @param info the rule
   * @param owner the rule's index among phrase owners
   * @param patterns its patterns
   * @param element the element required
   * @param where where it must appear
   * @param useSignature whether the channel's signature is the element
   * @param examples a few of its phrases, offered as suggestions
   */
  public RequiredRule(RuleInfo info, int owner, List<TextPattern> patterns,
      ToneRule.Element element, ToneRule.Where where, boolean useSignature,
      List<String> examples) {
    this.info = info;
    this.owner = owner;
    this.patterns = List.copyOf(patterns);
    this.element = element;
    this.where = where;
    this.useSignature = useSignature;
    this.examples = List.copyOf(examples);
    this.missing = element == ToneRule.Element.CUSTOMER_NAME || useSignature
        || where == ToneRule.Where.END ? null
        : CheckContext.finding(info, Finding.Text.DRAFT, "", 0, 0, this.examples,
            Optional.empty(), Optional.empty());
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    List<String> suggestions = examples;
    boolean satisfied;
    if (element == ToneRule.Element.CUSTOMER_NAME) {
      Optional<String> name = ctx.draft().customerName();
      if (name.isEmpty()) {
        return;
      }
      satisfied = nameFound(ctx, draft, name.get());
      suggestions = List.of(name.get());
    } else if (useSignature) {
      if (ctx.plan().signature().isEmpty()) {
        return;
      }
      satisfied = ctx.signature() != null;
      // Not a stream: its list allows nulls, so every finding copied it.
      Optional<String> example = ctx.plan().channel().signature().flatMap(s -> s.example());
      suggestions = example.isPresent() ? List.of(example.get()) : List.of();
    } else {
      satisfied = phrasesFound(ctx, draft);
    }
    if (!satisfied) {
      if (missing != null) {
        ctx.reportMade(info, missing, 0, 0);
        return;
      }
      int at = where == ToneRule.Where.END ? draft.original().length() : 0;
      ctx.report(info, draft, at, at, suggestions, Optional.empty());
    }
  }

  /** {@link #place} when the draft has no words. */
  private static final long NO_WORDS = -1L;
  /** A place not worked out yet. */
  private static final long UNKNOWN = -2L;

  private boolean phrasesFound(CheckContext ctx, TextAnalysis draft) {
    // The place (sentences, signature) is worked out only once something was found.
    long place = UNKNOWN;
    List<TextAnalysis.PhraseHit> hits = draft.phraseHits(owner);
    for (int i = 0, n = hits.size(); i < n; i++) {
      TextAnalysis.PhraseHit hit = hits.get(i);
      if (place == UNKNOWN && (place = place(ctx, draft)) == NO_WORDS) {
        return false;
      }
      if (inPlace(hit.start(), hit.end(), place)) {
        return true;
      }
    }
    if (patterns.isEmpty()) {
      return false;
    }
    Spans matches = ctx.patternMatches(draft, patterns);
    for (int i = 0; i < matches.size(); i++) {
      if (place == UNKNOWN && (place = place(ctx, draft)) == NO_WORDS) {
        return false;
      }
      if (inPlace(matches.start(i), matches.end(i), place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an occurrence counts for {@code where}: at the start it must begin in the first
   * sentence, at the end finish in the last, so a phrase broken over a line ("Good\nmorning")
   * still counts.
   */
  private boolean inPlace(int start, int end, long place) {
    switch (where) {
      case START:
        return start >= placeStart(place) && start < placeEnd(place);
      case END:
        return end > placeStart(place) && end <= placeEnd(place);
      default:
        return true;
    }
  }

  private boolean nameFound(CheckContext ctx, TextAnalysis draft, String name) {
    long place = place(ctx, draft);
    if (place == NO_WORDS) {
      return false;
    }
    NormalizedText nameText = NormalizedText.of(name);
    NormalizedText text = draft.text();
    for (int t = 0; t < text.tokenCount(); t++) {
      if (!inPlace(text.originalStartOf(text.tokenStart(t)), text.originalEndOf(text.tokenEnd(t)),
          place)) {
        continue;
      }
      for (int k = 0; k < nameText.tokenCount(); k++) {
        int len = nameText.tokenEnd(k) - nameText.tokenStart(k);
        if (len >= 2 && text.folded().regionMatches(text.tokenStart(t), nameText.folded(),
            nameText.tokenStart(k), len) && text.tokenEnd(t) - text.tokenStart(t) == len) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The original range the element must lie in, as {@code start << 32 | end} (a long, not an
   * array: no allocation per check), or {@link #NO_WORDS} when the draft has no words.
   */
  private long place(CheckContext ctx, TextAnalysis draft) {
    NormalizedText text = draft.text();
    int sentences = text.sentenceCount();
    if (sentences == 0) {
      return NO_WORDS;
    }
    switch (where) {
      case START:
        return sentenceRange(text, 0);
      case END:
        int last = sentences - 1;
        int[] signature = ctx.signature();
        if (signature != null && last > 0
            && placeStart(sentenceRange(text, last)) >= signature[0]) {
          last--;
        }
        return sentenceRange(text, last);
      default:
        return range(0, draft.original().length());
    }
  }

  private static long sentenceRange(NormalizedText text, int s) {
    int first = text.sentenceFirstToken(s);
    int end = text.sentenceEndToken(s);
    return range(text.originalStartOf(text.tokenStart(first)),
        text.originalEndOf(text.tokenEnd(end - 1)));
  }

  private static long range(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static int placeStart(long place) {
    return (int) (place >>> 32);
  }

  private static int placeEnd(long place) {
    return (int) place;
  }
}
