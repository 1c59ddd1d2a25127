package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The automaton stems a text word only when it starts with a long key less its last letter (cut
 * before a "z"). That is only safe while every English key keeps that prefix of its word; this
 * checks it on every inflection of words whose stems Snowball rewrites the most (y to i, doubled
 * consonants, British -ise and -yse, -ational, -fulness, irregular forms).
 */
class StemPrefixTest {

  private static final List<String> ROOTS = List.of(
      "organise", "organisation", "realise", "analyse", "apologise", "hospitalise", "prioritise",
      "happy", "reply", "apply", "deny", "try", "cry", "die", "lie", "tie", "sky", "ugly", "early",
      "relational", "conditional", "sensibility", "possibility", "generously", "hopefulness",
      "stop", "plan", "refer", "cancel", "travel", "compensate", "guarantee", "refund", "injury",
      "sue", "steal", "stolen", "breach", "investigate", "escalate", "unacceptable", "news",
      "proceed", "exceed", "succeed", "gently", "singly", "idly", "only", "dying", "lying");

  @Test
  void everyKeyLessItsLastLetterStartsItsWord() {
    Lexicon english = Lexicon.forLocale(Locale.UK);
    Lexicon.Stemmer stemmer = english.newStemmer();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String root : ROOTS) {
      for (String word : english.inflections(root)) {
        String key = stemmer.key(word);
        if (key.length() <= 4) {
          continue;
        }
        checked++;
        if (!word.startsWith(key.substring(0, PhraseAutomaton.prefixLength(key)))) {
          broken.add(word + " -> " + key);
        }
      }
    }
    assertThat(checked).isGreaterThan(200);
    assertThat(broken).isEmpty();
  }
}
