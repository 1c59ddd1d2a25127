package dev.playbook.internal.render;

import dev.playbook.model.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders templates by how well they fit a customer's message: first by how many of the topics
 * recognised in it they answer, then by how many words of their purpose the message shares (words
 * of four letters or more, ignoring case and common English function words such as "when"), then
 * in playbook order. Templates that fit neither way
 * are left out.
 */
public final class TemplateSuggestions {

  /** Common function words, which say nothing about what a message is about. */
  private static final Set<String> FUNCTION_WORDS = Set.of("when", "what", "with", "that", "this",
      "from", "your", "their", "they", "them", "then", "than", "have", "will", "about", "into",
      "been", "there", "would", "could", "should", "which", "where", "after", "before", "while",
      "just", "also", "some", "more", "very", "here", "were", "does", "because");

  private TemplateSuggestions() {}

  /**
   * The templates for {@code channel} that fit, best first.
   *
   * @param topics the ids of the topics recognised in the message
   */
  public static List<Template> suggest(List<Template> templates, String channel,
      List<String> topics, String message) {
    Set<String> words = words(message);
    record Scored(Template template, long topics, long words, int order) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      Template t = templates.get(i);
      if (!t.channels().isEmpty() && !t.channels().contains(channel)) {
        continue;
      }
      long topicHits = t.topics().stream().filter(topics::contains).count();
      long wordHits = words(t.purpose()).stream().filter(words::contains).count();
      if (topicHits > 0 || wordHits > 0) {
        scored.add(new Scored(t, topicHits, wordHits, i));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingLong(Scored::topics).reversed()
            .thenComparing(Comparator.comparingLong(Scored::words).reversed())
            .thenComparingInt(Scored::order))
        .map(Scored::template)
        .toList();
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.codePointCount(0, w.length()) >= 4 && !FUNCTION_WORDS.contains(w))
        .collect(Collectors.toCollection(HashSet::new));
  }
}
