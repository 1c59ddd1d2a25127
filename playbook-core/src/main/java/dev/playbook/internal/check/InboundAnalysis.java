package dev.playbook.internal.check;

import dev.playbook.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's message analysed once for every check of a conversation: the findings of every
 * topic that looks in the customer's message, on any channel, as a check analysing the message
 * itself would report them ({@link TopicRule}). A finding in the customer's message depends only
 * on the topic and the message, except through phone numbers: what counts as one without a
 * country code depends on the region, which depends on the draft's locale when the playbook sets
 * none. So the findings are kept per region, when a topic recognises phone numbers.
 *
 * <p>Thread-safe. The findings for the region the playbook implies are found in the constructor
 * and never changed (reachable only through final fields, so every thread that sees the instance
 * sees them complete). Those for another region are found on the first check in it, from scratch,
 * and kept in a concurrent map; a check in that region waits for them rather than finding them a
 * second time.
 */
public final class InboundAnalysis {

  private final Matching matching;
  private final String message;
  private final List<TopicRule> topics;
  /** The region the playbook implies: its own, else its default locale's. */
  private final String region;
  /** Whether a topic recognises phone numbers, so findings differ by region. */
  private final boolean regional;
  /** One more than the highest topic index. */
  private final int topicCount;
  /** The findings of each topic, by its index ({@code null}: none), for {@link #region}. */
  private final List<Finding>[] found;
  private final Map<String, List<Finding>[]> otherRegions = new ConcurrentHashMap<>(2);

  /**
   * Analyses {@code message} for {@code topics}, the topic rules that look in the customer's
   * message, on every channel.
   */
  InboundAnalysis(String message, Matching matching, List<TopicRule> topics) {
    this.matching = matching;
    this.message = message;
    this.topics = topics;
    this.region = matching.phoneRegion().orElse(matching.defaultRegion());
    boolean phones = false;
    int count = 0;
    for (TopicRule topic : topics) {
      phones |= topic.topic().recognise().personalData().contains("phone-number");
      count = Math.max(count, topic.index() + 1);
    }
    this.topicCount = count;
    this.regional = phones;
    this.found = analyse(region);
  }

  /** What the message was analysed with: the compiled playbook's. */
  Matching matching() {
    return matching;
  }

  /**
   * The findings of {@code topic} in the message, when phone numbers without a country code are
   * read in {@code phoneRegion}: deduplicated, in the order {@link TopicRule} reports them. Read
   * only.
   */
  List<Finding> findings(TopicRule topic, String phoneRegion) {
    List<Finding>[] byTopic = !regional || phoneRegion.equals(region) ? found
        : otherRegions.computeIfAbsent(phoneRegion, this::analyse);
    List<Finding> list = byTopic[topic.index()];
    return list == null ? List.of() : list;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, one per topic
  private List<Finding>[] analyse(String phoneRegion) {
    List<Finding>[] byTopic = new List[topicCount];
    // A topic never looks at an empty message (TopicRule).
    if (message.isEmpty() || topics.isEmpty()) {
      return byTopic;
    }
    TextAnalysis text = new TextAnalysis(Finding.Text.INBOUND, message, matching,
        matching.lexicon().newStemmer(), phoneRegion);
    // One receiver for every topic: one per topic (its list, set and method reference) cost
    // more than finding what most topics do not find.
    TopicFindings found = new TopicFindings(message);
    for (int i = 0, n = topics.size(); i < n; i++) {
      TopicRule topic = topics.get(i);
      found.rule = topic.info();
      topic.recognise(text, found);
      if (!found.findings.isEmpty()) {
        byTopic[topic.index()] = List.copyOf(found.findings);
        found.findings.clear();
        found.spans.clear();
      }
    }
    return byTopic;
  }

  /** One topic's findings as they are reported; the same words twice are one finding. */
  private static final class TopicFindings implements TopicRule.Places {
    RuleInfo rule;
    final String original;
    final List<Finding> findings = new ArrayList<>(2);
    final Set<Long> spans = new HashSet<>();

    TopicFindings(String original) {
      this.original = original;
    }

    @Override
    public void accept(int start, int end) {
      if (spans.add(((long) start << 32) | end)) {
        findings.add(CheckContext.finding(rule, Finding.Text.INBOUND, original, start, end,
            List.of(), Optional.of(rule.id()), Optional.empty()));
      }
    }
  }
}
