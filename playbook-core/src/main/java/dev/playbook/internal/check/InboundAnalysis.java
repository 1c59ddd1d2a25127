package dev.playbook.internal.check;

import dev.playbook.Finding;
import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's message analysed once for every check of a conversation: the normalised text, the
 * phrases of every topic that looks in the customer's message, those topics' pattern matches and
 * kinds of personal data. A check reads it through a {@link TextAnalysis} view and finds exactly
 * what a check analysing the message itself would.
 *
 * <p>Thread-safe. Everything is computed in the constructor and never changed after (it is
 * reachable only through final fields, so any thread that sees the instance sees it complete),
 * except phone numbers: what counts as one without a country code depends on the region, which
 * depends on the draft's locale when the playbook sets none. The numbers for the region the
 * playbook implies are found up front; those for another region on the first check in it, and
 * kept in a concurrent map. Two checks in a new region at once may both detect the numbers; both
 * find the same, and the first kept is used (a benign race).
 */
public final class InboundAnalysis {

  private static final String PHONE_NUMBER = "phone-number";

  private final Matching matching;
  private final NormalizedText text;
  private final List<TextAnalysis.PhraseHit>[] hits;
  /** By the identity of a topic's pattern list (each topic rule has its own). */
  private final Map<List<TextPattern>, Spans> patterns;
  /** Every kind but phone numbers that a topic recognises. */
  private final Map<String, Spans> personalData;
  private final Map<String, Spans> phoneNumbers = new ConcurrentHashMap<>(4);
  private final Spans urls;
  private final List<String> urlHosts;

  /**
   * Analyses {@code message} for {@code topics}, the topic rules that look in the customer's
   * message, on every channel.
   */
  InboundAnalysis(String message, Matching matching, List<TopicRule> topics) {
    this.matching = matching;
    String region = matching.phoneRegion().orElse(matching.defaultRegion());
    TextAnalysis seed = new TextAnalysis(Finding.Text.INBOUND, message, matching,
        matching.lexicon().newStemmer(), region);
    this.text = seed.text();
    Map<List<TextPattern>, Spans> byPatterns = new IdentityHashMap<>();
    // A topic never looks at an empty message (TopicRule), and no other rule reads it.
    if (message.isEmpty() || topics.isEmpty()) {
      this.hits = TextAnalysis.noHits(matching);
    } else {
      this.hits = seed.hits();
      for (TopicRule topic : topics) {
        byPatterns.put(topic.patterns(), seed.patternMatches(topic.patterns()));
        for (String kind : topic.topic().recognise().personalData()) {
          seed.personalData(kind);
        }
      }
    }
    this.patterns = byPatterns;
    Map<String, Spans> found = seed.personalDataFound() == null
        ? new HashMap<>() : new HashMap<>(seed.personalDataFound());
    Spans phones = found.remove(PHONE_NUMBER);
    if (phones != null) {
      phoneNumbers.put(region, phones);
    }
    this.personalData = Map.copyOf(found);
    this.urls = seed.urlsFound();
    this.urlHosts = seed.urlHostsFound();
  }

  /** What the message was analysed with: the compiled playbook's. */
  Matching matching() {
    return matching;
  }

  /** The message, normalised. */
  NormalizedText text() {
    return text;
  }

  /** The phrase occurrences by owner; read only. */
  List<TextAnalysis.PhraseHit>[] hits() {
    return hits;
  }

  /** The links, if a kind of personal data needed them, else {@code null}. */
  Spans urls() {
    return urls;
  }

  /** The hosts of {@link #urls()}. */
  List<String> urlHosts() {
    return urlHosts;
  }

  /** A topic's pattern matches, or {@code null} for a pattern list no topic looking here has. */
  Spans patternMatches(List<TextPattern> topicPatterns) {
    return patterns.get(topicPatterns);
  }

  /** A kind of personal data, as {@code view} (one check, its phone region) sees it. */
  Spans personalData(String kind, TextAnalysis view) {
    if (kind.equals(PHONE_NUMBER)) {
      Spans found = phoneNumbers.get(view.phoneRegion());
      if (found == null) {
        found = view.detect(kind);
        Spans first = phoneNumbers.putIfAbsent(view.phoneRegion(), found);
        if (first != null) {
          found = first;
        }
      }
      return found;
    }
    Spans found = personalData.get(kind);
    // Every kind a topic recognises was found up front; another is never asked for.
    return found != null ? found : view.detect(kind);
  }
}
