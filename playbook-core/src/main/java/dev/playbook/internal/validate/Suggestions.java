package dev.playbook.internal.validate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions, and lists of choices in plain words. */
public final class Suggestions {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The candidate closest to {@code input}, if one is close enough to be a likely typo: a couple of
   * letters apart, or sharing most of its beginning ({@code legal} → {@code legal-review}).
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String typed = input.toLowerCase(Locale.ROOT);
    String best = null;
    double bestScore = 0;
    for (String candidate : candidates) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      if (lower.equals(typed)) {
        return candidate.equals(input) ? Optional.empty() : Optional.of(candidate);
      }
      double score = JARO_WINKLER.apply(typed, lower);
      int distance = LEVENSHTEIN.apply(typed, lower);
      boolean close = distance <= Math.max(1, Math.min(typed.length(), lower.length()) / 4)
          || score >= 0.85
          || (lower.startsWith(typed) && typed.length() >= 3);
      if (close && score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "did you mean 'x'?", if there is a close candidate. */
  public static Optional<String> didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(c -> "did you mean '" + c + "'?");
  }

  /** {@code a, b or c}. */
  public static String oneOf(List<String> choices) {
    if (choices.size() <= 1) {
      return String.join("", choices);
    }
    return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
  }

  /** {@code 'a', 'b' or 'c'}. */
  public static String quotedOneOf(List<String> choices) {
    return oneOf(choices.stream().map(c -> "'" + c + "'").collect(Collectors.toList()));
  }
}
