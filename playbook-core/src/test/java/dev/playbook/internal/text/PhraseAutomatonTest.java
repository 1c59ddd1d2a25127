package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words the automaton must stem (they start like a key but are none of the forms the phrases were
 * compiled from) find their key the first time and every time after, when the automata remember
 * them: in any order, with other words taking their slots, and from several threads at once.
 */
class PhraseAutomatonTest {

  private static final List<String> PHRASES = List.of(
      "refund", "investigate", "compensate", "cancel subscription", "injury", "sue",
      "refurbishment");

  private static PhraseAutomaton automaton() {
    PhraseAutomaton.Builder builder =
        PhraseAutomaton.builder(Lexicon.forLocale(Locale.UK), 1);
    for (int i = 0; i < PHRASES.size(); i++) {
      builder.add(PHRASES.get(i), false, i, 0);
    }
    return builder.build().get(0);
  }

  /** Each hit as "phrase@firstWord-endWord". */
  private static List<String> hits(PhraseAutomaton automaton, String text, Lexicon.Stemmer stemmer) {
    List<String> hits = new ArrayList<>();
    automaton.match(NormalizedText.of(text), stemmer,
        (payload, first, end) -> hits.add(PHRASES.get(payload) + "@" + first + "-" + end));
    return hits;
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(delimiter = '~', textBlock = """
      a refundable fee                    ~ refund@1-2
      non refundable and refundable       ~ refund@1-2;refund@3-4
      investigations and investigator     ~ investigate@0-1;investigate@2-3
      the compensation we offered         ~ compensate@1-2
      cancellation of your subscriptions  ~ ''
      cancelled subscriptions             ~ cancel subscription@0-2
      injuries and injured                ~ injury@0-1;injury@2-3
      refuse to pay                       ~ ''
      suing and sued                      ~ sue@0-1;sue@2-3
      refunded the refurbished phone      ~ refund@0-1;refurbishment@2-3
      refurb and refuel                   ~ ''
      """)
  void stemsTheSameWordsAlikeEveryTime(String text, String expected) {
    PhraseAutomaton automaton = automaton();
    Lexicon.Stemmer stemmer = Lexicon.forLocale(Locale.UK).newStemmer();
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    List<String> first = hits(automaton, text, stemmer);
    assertThat(first).containsExactlyElementsOf(want);
    // The second time the stemmed words come from what the automaton remembers.
    assertThat(hits(automaton, text, stemmer)).containsExactlyElementsOf(want);
  }

  /**
   * Exact phrases are numbered across the automata of one builder, and a word may be an exact word
   * of one automaton and an inflected form of another's phrase: each automaton finds only its own.
   */
  @ParameterizedTest(name = "automaton {0} in \"{1}\": {2}")
  @CsvSource(delimiter = '~', textBlock = """
      0 ~ refunds please            ~ refund@0-1;exact refunds please@0-2
      0 ~ refunded please           ~ refund@0-1
      1 ~ refunds please refunded   ~ exact refunded@2-3
      1 ~ he sued                   ~ sue@1-2
      1 ~ sues please               ~ sue@0-1
      0 ~ sues please               ~ ''
      """)
  void exactWordsBelongToTheirOwnAutomaton(int trie, String text, String expected) {
    List<String> names = List.of("refund", "exact refunds please", "exact refunded", "sue");
    PhraseAutomaton.Builder builder = PhraseAutomaton.builder(Lexicon.forLocale(Locale.UK), 2);
    builder.add("refund", false, 0, 0);
    builder.add("refunds please", true, 1, 0);
    builder.add("refunded", true, 2, 1);
    builder.add("sue", false, 3, 1);
    PhraseAutomaton automaton = builder.build().get(trie);
    List<String> hits = new ArrayList<>();
    automaton.match(NormalizedText.of(text), Lexicon.forLocale(Locale.UK).newStemmer(),
        (payload, first, end) -> hits.add(names.get(payload) + "@" + first + "-" + end));
    assertThat(hits).containsExactlyElementsOf(
        expected.isEmpty() ? List.of() : List.of(expected.split(";")));
  }

  /**
   * A node that ends one phrase gives its payload from one array; one that ends several phrases,
   * or one whose payload is below 0, from the flat arrays, in the order they were added.
   */
  @Test
  void everyPayloadOfANodeIsReportedInTheOrderAdded() {
    PhraseAutomaton.Builder builder = PhraseAutomaton.builder(Lexicon.forLocale(Locale.UK), 1);
    builder.add("refund", false, 4, 0);
    builder.add("refunds", false, 2, 0);
    builder.add("refund", false, 9, 0);
    builder.add("legal action", false, -3, 0);
    builder.add("sorry", false, 0, 0);
    PhraseAutomaton automaton = builder.build().get(0);
    List<String> hits = new ArrayList<>();
    automaton.match(NormalizedText.of("Sorry, a refund means legal action"),
        Lexicon.forLocale(Locale.UK).newStemmer(),
        (payload, first, end) -> hits.add(payload + "@" + first + "-" + end));
    assertThat(hits).containsExactly("0@0-1", "4@2-3", "2@2-3", "9@2-3", "-3@4-6");
  }

  /** Far more words than the automata remember, so words evict each other from their slots. */
  private static List<String> manyTexts() {
    List<String> texts = new ArrayList<>();
    String[] endings = {"able", "ation", "ations", "ator", "ative", "ably"};
    for (int i = 0; i < 3_000; i++) {
      String letters = Integer.toString(i, 26).chars()
          .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c + 10)))
          .reduce("", String::concat);
      texts.add("refund" + letters + " and refund" + endings[i % endings.length] + " compensation "
          + "invest" + letters + "igat");
    }
    return texts;
  }

  @Test
  void whatOneThreadFindsEveryThreadFinds() throws Exception {
    List<String> texts = manyTexts();
    List<List<String>> expected = new ArrayList<>();
    PhraseAutomaton fresh = automaton();
    Lexicon.Stemmer stemmer = Lexicon.forLocale(Locale.UK).newStemmer();
    for (String text : texts) {
      // a new automaton each time remembers nothing: every stemmed word is stemmed afresh
      expected.add(hits(automaton(), text, stemmer));
    }
    assertThat(expected).anyMatch(h -> h.contains("refund@2-3"));
    PhraseAutomaton shared = fresh;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread * 700;
        runs.add(pool.submit(() -> {
          Lexicon.Stemmer own = Lexicon.forLocale(Locale.UK).newStemmer();
          List<List<String>> found = new ArrayList<>();
          for (int round = 0; round < 2; round++) {
            for (int k = 0; k < texts.size(); k++) {
              found.add(hits(shared, texts.get((k + offset) % texts.size()), own));
            }
          }
          return found;
        }));
      }
      for (int thread = 0; thread < 4; thread++) {
        List<List<String>> found = runs.get(thread).get();
        for (int k = 0; k < found.size(); k++) {
          assertThat(found.get(k)).isEqualTo(expected.get((k + thread * 700) % texts.size()));
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
