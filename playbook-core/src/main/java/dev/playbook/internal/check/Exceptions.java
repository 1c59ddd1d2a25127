package dev.playbook.internal.check;

import java.util.List;

/**
 * A rule's or topic's {@code exceptions}: phrases inside which a hit of its own phrases is not
 * reported. The compiler adds them to the same automata as every phrase, under an owner index of
 * their own, so a check finds them in the one walk that finds the phrases; a rule without
 * exceptions holds {@link #NONE} and pays one comparison.
 */
public final class Exceptions {

  /** The exceptions owner of a rule or topic that has none. */
  public static final int NONE = -1;

  private Exceptions() {}

  /**
   * Whether {@code hit} lies wholly inside one of {@code exceptions} (hits in the same text).
   * Both lists are short (a text's hits of one rule), so a scan is cheapest.
   */
  static boolean cover(List<TextAnalysis.PhraseHit> exceptions, TextAnalysis.PhraseHit hit) {
    for (int i = 0, n = exceptions.size(); i < n; i++) {
      TextAnalysis.PhraseHit exception = exceptions.get(i);
      if (exception.start() <= hit.start() && hit.end() <= exception.end()) {
        return true;
      }
    }
    return false;
  }
}
