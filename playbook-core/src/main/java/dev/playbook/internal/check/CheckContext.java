package dev.playbook.internal.check;

import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Span;
import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import dev.playbook.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place rules report to during a check (rules never build findings themselves). Holds the
 * analysed texts, collects findings, and remembers which topics were recognised where.
 *
 * <p>Created per check, used by one thread.
 */
public final class CheckContext {

  private final Draft draft;
  private final ChannelPlan plan;
  private final Matching matching;
  private final Lexicon.Stemmer stemmer;
  private final String phoneRegion;
  private final TextAnalysis draftText;
  /** The conversation's message analysed once, or {@code null}: the draft's inbound is read. */
  private final InboundAnalysis conversation;
  private TextAnalysis inboundText;
  private final FindingList findings = new FindingList();
  private final FindingList shadowFindings = new FindingList();
  /**
   * Whether an enforced finding of severity error was reported in the draft: what the decision
   * asks, kept as findings come rather than read from them again.
   */
  private boolean draftError;
  /** One more than the highest topic index. */
  private final int topicCount;
  /**
   * Where each topic was recognised, by its index ({@link #IN_INBOUND}, {@link #IN_DRAFT}); made
   * on the first topic recognised.
   */
  private byte[] topicsSeen;
  private static final byte IN_INBOUND = 1;
  private static final byte IN_DRAFT = 2;
  private int[] signature;
  private static final int[] NO_SIGNATURE = {-1, -1};
  /** Reused by every rule that reads its patterns' matches at once; made on first use. */
  private Spans patternMatches;
  /** Reused by every topic that looks in a text: a lambda per topic and text showed in profiles. */
  private final TopicPlaces topicPlaces = new TopicPlaces();

  CheckContext(Draft draft, ChannelPlan plan, Matching matching, InboundAnalysis conversation,
      int topicCount) {
    this.draft = draft;
    this.conversation = conversation;
    this.plan = plan;
    this.matching = matching;
    this.topicCount = topicCount;
    this.stemmer = matching.lexicon().newStemmer();
    this.phoneRegion = phoneRegion(matching, draft);
    this.draftText = new TextAnalysis(Finding.Text.DRAFT, draft.text(), matching, stemmer,
        phoneRegion);
  }

  /** The playbook's region, else the draft's locale's country, else the default. */
  private static String phoneRegion(Matching matching, Draft draft) {
    if (matching.phoneRegion().isPresent()) {
      return matching.phoneRegion().get();
    }
    if (draft.locale().isPresent()) {
      String country = draft.locale().get().getCountry();
      if (country.length() == 2) {
        return country;
      }
    }
    return matching.defaultRegion();
  }

  /** The draft being checked. */
  public Draft draft() {
    return draft;
  }

  /** The channel's plan. */
  public ChannelPlan plan() {
    return plan;
  }

  /** The draft text. */
  public TextAnalysis draftText() {
    return draftText;
  }

  /**
   * Whether the draft comes with a customer's message: without one, a check of a draft alone
   * never analyses the empty text.
   */
  boolean hasInbound() {
    return !draft.inbound().isEmpty();
  }

  /** The customer's message (analysed on first use). */
  public TextAnalysis inboundText() {
    if (inboundText == null) {
      inboundText = new TextAnalysis(Finding.Text.INBOUND, draft.inbound(), matching, stemmer,
          phoneRegion);
    }
    return inboundText;
  }

  /**
   * Where the channel's signature is at the end of the draft (trailing white space ignored), as
   * {@code {start, end}}, or
   * {@code null} when the channel has no signature pattern or the draft does not end with it.
   */
  public int[] signature() {
    if (signature == null) {
      Optional<TextPattern> pattern = plan.signature();
      int[] found = new int[2];
      String text = draft.text();
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      signature = pattern.isPresent() && pattern.get().find(text, end, found)
          ? found : NO_SIGNATURE;
    }
    return signature[0] < 0 ? null : signature;
  }

  /**
   * Every match of {@code patterns} in {@code in}, as {@link TextAnalysis#patternMatches} finds
   * them, in a list the next call reuses: read it before asking again. A list per rule and check
   * showed in allocation profiles.
   */
  Spans patternMatches(TextAnalysis in, List<TextPattern> patterns) {
    if (patternMatches == null) {
      patternMatches = new Spans(2);
    } else {
      patternMatches.clear();
    }
    in.patternMatches(patterns, patternMatches);
    return patternMatches;
  }

  /** Reports a finding of a rule. */
  public void report(RuleInfo rule, TextAnalysis in, int start, int end, List<String> suggestions,
      Optional<String> detail) {
    add(rule, in, start, end, suggestions, Optional.empty(), detail);
  }

  /** Reports a finding without suggestions or detail. */
  public void report(RuleInfo rule, TextAnalysis in, int start, int end) {
    add(rule, in, start, end, List.of(), Optional.empty(), Optional.empty());
  }

  /** Reports that a topic was recognised, and remembers it for the decision. */
  public void reportTopic(RuleInfo rule, int topicIndex, TextAnalysis in, int start, int end) {
    if (!rule.shadow()) {
      seen(topicIndex, in.which() == Finding.Text.DRAFT ? IN_DRAFT : IN_INBOUND);
    }
    add(rule, in, start, end, List.of(), Optional.of(rule.id()), Optional.empty());
  }

  private void seen(int topicIndex, byte where) {
    if (topicsSeen == null) {
      topicsSeen = new byte[topicCount];
    }
    topicsSeen[topicIndex] |= where;
  }

  /**
   * Where a topic reports what it recognises in {@code in}: {@link #reportTopic}. Valid until the
   * next call; a topic reports everything it recognises in a text before the next topic looks.
   */
  TopicRule.Places topicPlaces(RuleInfo rule, int topicIndex, TextAnalysis in) {
    topicPlaces.rule = rule;
    topicPlaces.topicIndex = topicIndex;
    topicPlaces.in = in;
    return topicPlaces;
  }

  private final class TopicPlaces implements TopicRule.Places {
    RuleInfo rule;
    int topicIndex;
    TextAnalysis in;

    @Override
    public void accept(int start, int end) {
      reportTopic(rule, topicIndex, in, start, end);
    }
  }

  /**
   * The findings of {@code topic} in the conversation's message, found once for every check of the
   * conversation, or {@code null} when the check is not a conversation's (the topic then looks in
   * {@link #inboundText()} itself).
   */
  List<Finding> conversationFindings(TopicRule topic) {
    return conversation == null ? null : conversation.findings(topic, phoneRegion);
  }

  /**
   * Reports a topic's findings in the conversation's message, as {@link #reportTopic} reported
   * them when they were found, and remembers the topic for the decision. No other rule reports in
   * the customer's message under the topic's id, so none of them can repeat another finding.
   */
  void reportTopicFindings(RuleInfo rule, int topicIndex, List<Finding> found) {
    if (found.isEmpty()) {
      return;
    }
    if (!rule.shadow()) {
      seen(topicIndex, IN_INBOUND);
    }
    (rule.shadow() ? shadowFindings : findings).addAll(found);
    if (reported != null) {
      for (int i = 0, n = found.size(); i < n; i++) {
        reported.add(key(found.get(i), rule.shadow()));
      }
    }
  }

  /**
   * Below this many findings a scan finds a repeat fastest; above it (a draft of thousands of
   * shouted words) a set keeps reporting linear.
   */
  private static final int LINEAR_DEDUPLICATION = 16;

  private record Reported(String ruleId, Finding.Text text, int start, int end, boolean shadow) {}

  /** What was reported, once findings outgrow a scan; {@code null} until then. */
  private Set<Reported> reported;

  private static Reported key(Finding f, boolean shadow) {
    return new Reported(f.ruleId(), f.text(), f.span().start(), f.span().end(), shadow);
  }

  /**
   * Reports {@code made}, a finding of {@code rule} on {@code [start, end)} of the draft that its
   * rule made once and kept, since nothing in it depends on the draft's words (a required element
   * missing at the start; a missing signature, by the draft's length): what {@link #report} would
   * have made. The span comes beside it rather than read from it: a kept finding is mostly out of
   * the caches by the next check.
   */
  void reportMade(RuleInfo rule, Finding made, int start, int end) {
    if (admit(rule, Finding.Text.DRAFT, start, end)) {
      (rule.shadow() ? shadowFindings : findings).add(made,
          FindingList.key(Finding.Text.DRAFT, start, end));
    }
  }

  private void add(RuleInfo rule, TextAnalysis in, int start, int end, List<String> suggestions,
      Optional<String> topic, Optional<String> detail) {
    if (admit(rule, in.which(), start, end)) {
      (rule.shadow() ? shadowFindings : findings).add(
          finding(rule, in.which(), in.original(), start, end, suggestions, topic, detail),
          FindingList.key(in.which(), start, end));
    }
  }

  /**
   * Whether a finding of {@code rule} on {@code [start, end)} of {@code which} is new (two phrases
   * of one rule on the same words: one finding is enough), noting what the decision asks of it.
   */
  private boolean admit(RuleInfo rule, Finding.Text which, int start, int end) {
    FindingList target = rule.shadow() ? shadowFindings : findings;
    if (reported == null && findings.size() + shadowFindings.size() < LINEAR_DEDUPLICATION) {
      if (target.contains(FindingList.key(which, start, end), rule.id())) {
        return false;
      }
    } else {
      if (reported == null) {
        reported = new HashSet<>();
        addKeys(findings, false);
        addKeys(shadowFindings, true);
      }
      if (!reported.add(new Reported(rule.id(), which, start, end, rule.shadow()))) {
        return false;
      }
    }
    draftError |= target == findings && which == Finding.Text.DRAFT
        && rule.severity() == Severity.ERROR;
    return true;
  }

  private void addKeys(FindingList list, boolean shadow) {
    for (int i = 0, n = list.size(); i < n; i++) {
      reported.add(key(list.get(i), shadow));
    }
  }

  /** A finding of {@code rule} on {@code [start, end)} of {@code original}. */
  static Finding finding(RuleInfo rule, Finding.Text which, String original, int start, int end,
      List<String> suggestions, Optional<String> topic, Optional<String> detail) {
    return new Finding(rule.id(), rule.kind(), rule.severity(), rule.message(), which,
        new Span(start, end), original.substring(start, end), suggestions, rule.location(), topic,
        detail);
  }

  /** The findings in the verdict's order; once, when the check is done. */
  List<Finding> sortedFindings() {
    return findings.sorted();
  }

  /** The shadow findings in the verdict's order; once, when the check is done. */
  List<Finding> sortedShadowFindings() {
    return shadowFindings.sorted();
  }

  /**
   * Whether an enforced finding in the draft is an error ({@link Finding#isError}): findings in
   * the customer's message never ask for a revision.
   */
  boolean draftError() {
    return draftError;
  }

  /** Whether no enforced topic was recognised anywhere. */
  boolean noTopicSeen() {
    return topicsSeen == null;
  }

  boolean topicInInbound(int topicIndex) {
    return topicsSeen != null && (topicsSeen[topicIndex] & IN_INBOUND) != 0;
  }

  boolean topicInDraft(int topicIndex) {
    return topicsSeen != null && (topicsSeen[topicIndex] & IN_DRAFT) != 0;
  }
}
