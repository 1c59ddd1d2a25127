package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The filters in front of the automaton's tables turn a word away only when the tables would: a
 * word's ids as the first pass over a text reads them with the filters
 * ({@link PhraseAutomaton#readWords}) are what the exact look-up alone
 * ({@link PhraseAutomaton#lookUp}) gives (or none, where its ids are on none of the automaton's
 * edges), and {@link WordTable} answers what a {@link HashMap}
 * answers, for every word of the real replies, for generated words and for words made to share a
 * vocabulary word's hash (or its first four letters' hash) while being another word.
 */
class PhraseAutomatonOracleTest {

  private static final String[] PHRASES = {
    "refund", "investigate", "compensate", "cancel subscription", "injury", "sue", "hi",
    "refurbishment", "legal action", "my lawyer", "data protection", "personalised", "to be honest",
    "we can't", "you should have", "talk to the press", "self harm", "competitor", "the ombudsman",
    "chargeback", "I'm sorry", "a", "savings"
  };

  @Test
  void theFiltersTurnAwayOnlyWordsTheTablesTurnAway() throws IOException {
    List<NormalizedText> texts = texts(words());
    // Without the shared corpus (a checkout on its own) only the listed phrases have ids.
    int fewestKeyed = ToneOracleTest.corpus().isEmpty() ? 30 : 300;
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      // two automata of one builder share the vocabulary; the second has a third of the phrases,
      // so many words of the first have ids that lead nowhere in it
      PhraseAutomaton.Builder builder = PhraseAutomaton.builder(Lexicon.forLocale(locale), 2);
      List<String> phrases = phrases();
      for (int i = 0; i < phrases.size(); i++) {
        builder.add(phrases.get(i), i % 5 == 4, i, i % 3 / 2);
      }
      Lexicon.Stemmer stemmer = Lexicon.forLocale(locale).newStemmer();
      int keyed = 0;
      int skipped = 0;
      for (PhraseAutomaton automaton : builder.build()) {
        for (NormalizedText text : texts) {
          int n = text.tokenCount();
          int[] words = new int[3 * n];
          int starts = automaton.readWords(text, stemmer, words);
          int previous = -1;
          for (int t = 0; t < n; t++) {
            long exact = automaton.lookUp(text.chars(), text.tokenStart(t), text.tokenEnd(t),
                text.tokenHash(t), text.folded(), stemmer);
            // a word's ids as the filtered first pass read them are what the tables alone give,
            // or none for a word whose ids lead nowhere in this automaton
            long read = ((long) words[2 * t] << 32) | words[2 * t + 1];
            if (read != exact) {
              assertThat(read).as("%s in %s", text.token(t), locale)
                  .isEqualTo(PhraseAutomaton.NO_IDS);
              assertThat(automaton.onSomeEdge(exact)).as("%s in %s", text.token(t), locale)
                  .isFalse();
              skipped++;
            }
            keyed += exact == PhraseAutomaton.NO_IDS ? 0 : 1;
          }
          for (int s = 2 * n; s < starts; s++) {
            // the words that start a phrase: in order, each with ids
            assertThat(words[s]).isGreaterThan(previous);
            assertThat(words[2 * words[s]] | words[2 * words[s] + 1]).isNotZero();
            previous = words[s];
          }
        }
      }
      // many of the words have ids, so the comparison is not only between empty answers, and
      // the first pass for English (other languages look every word up) left some without
      assertThat(keyed).as(locale.toString()).isGreaterThan(fewestKeyed);
      if (locale == Locale.UK) {
        assertThat(skipped).as(locale.toString()).isGreaterThan(fewestKeyed / 10);
      } else {
        assertThat(skipped).as(locale.toString()).isZero();
      }
    }
  }

  /**
   * The automaton reports the hits the code before it reported ({@link PhraseAutomatonBefore}), in
   * the same order, on every real reply and on texts of the phrases themselves: phrases of one to
   * four words that share first words, exact and not, the same phrase twice, in two automata of one
   * builder.
   */
  @Test
  void theAutomatonFindsWhatTheCodeBeforeItFound() throws IOException {
    List<String> phrases = phrases();
    phrases.addAll(List.of("cancel", "cancel my", "cancel my subscription",
        "cancel my subscription today", "refund", "refund request", "we", "we are",
        "we are sorry", "to be", "you", "thank you", "thanks", "please", "sorry"));
    List<String> texts = new ArrayList<>(ToneOracleTest.corpus());
    texts.addAll(phrases);
    texts.add(String.join(" ", phrases));
    texts.add("Cancelled my subscriptions today; we're sorry, we are sorry. Refunds requested.");
    for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
      Lexicon lexicon = Lexicon.forLocale(locale);
      PhraseAutomaton.Builder builder = PhraseAutomaton.builder(lexicon, 2);
      PhraseAutomatonBefore.Builder before = PhraseAutomatonBefore.builder(lexicon, 2);
      for (int i = 0; i < phrases.size(); i++) {
        builder.add(phrases.get(i), i % 5 == 4, i, i % 3 / 2);
        before.add(phrases.get(i), i % 5 == 4, i, i % 3 / 2);
      }
      List<PhraseAutomaton> automata = builder.build();
      List<PhraseAutomatonBefore> oracles = before.build();
      Lexicon.Stemmer stemmer = lexicon.newStemmer();
      int[] hits = new int[2];
      for (int a = 0; a < 2; a++) {
        for (String original : texts) {
          NormalizedText text = NormalizedText.of(original);
          List<String> found = new ArrayList<>();
          automata.get(a).match(text, stemmer, (payload, first, end) -> {
            found.add(payload + "@" + first + "-" + end);
            hits[end - first > 1 ? 1 : 0]++;
          });
          List<String> expected = new ArrayList<>();
          oracles.get(a).match(text, stemmer,
              (payload, first, end) -> expected.add(payload + "@" + first + "-" + end));
          assertThat(found).as("%s in %s", original, locale).containsExactlyElementsOf(expected);
        }
      }
      // the comparison is between many hits, of one word and of several (fewer without the
      // shared corpus, in a checkout on its own)
      boolean corpus = !ToneOracleTest.corpus().isEmpty();
      assertThat(hits[0]).as(locale.toString()).isGreaterThan(corpus ? 1000 : 20);
      assertThat(hits[1]).as(locale.toString()).isGreaterThan(corpus ? 20 : 3);
    }
  }

  /**
   * The words cut as a text cuts them: 40 to a text, between spaces (a twin's odd char may cut it
   * in two, or fold, which gives other words still).
   */
  private static List<NormalizedText> texts(Set<String> words) {
    List<NormalizedText> texts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (String word : words) {
      text.append(word).append(' ');
      if (++count % 40 == 0) {
        texts.add(NormalizedText.of(text.toString()));
        text.setLength(0);
      }
    }
    texts.add(NormalizedText.of(text.toString()));
    return texts;
  }

  @Test
  void theWordTableAnswersWhatAMapAnswers() throws IOException {
    Set<String> words = words();
    Map<String, Long> entries = new HashMap<>();
    long value = 0;
    for (String word : words) {
      if (value++ % 3 == 0) {
        entries.put(word, value);
      }
    }
    WordTable table = new WordTable(entries);
    for (String word : words) {
      char[] chars = ("x" + word + "y").toCharArray();
      assertThat(table.get(chars, 1, word.length() + 1, WordTable.hash(word)))
          .as(word).isEqualTo(entries.getOrDefault(word, WordTable.ABSENT));
    }
  }

  /** Phrases of the playbooks' kinds, and pairs of words from the real replies. */
  private static List<String> phrases() throws IOException {
    List<String> phrases = new ArrayList<>(List.of(PHRASES));
    List<String> corpus = ToneOracleTest.corpus();
    for (int i = 0; i < corpus.size(); i += 23) {
      NormalizedText text = NormalizedText.of(corpus.get(i));
      if (text.tokenCount() >= 2) {
        int t = i % text.tokenCount();
        phrases.add(t + 1 < text.tokenCount() ? text.token(t) + " " + text.token(t + 1)
            : text.token(t));
      }
    }
    return phrases;
  }

  /**
   * The words of the real replies and of the phrases, generated words, and for each such word
   * others of the same length and hash: two neighbouring chars (c, d) become (c + 1, d - 31),
   * which a base-31 polynomial cannot tell apart.
   */
  private static Set<String> words() throws IOException {
    Set<String> words = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>(ToneOracleTest.corpus());
    texts.addAll(List.of(PHRASES));
    texts.add("refunds refunding refunded investigation compensation cancelled subscriptions sued"
        + " suing injuries lawyers personalized personalising chargebacks ombudsmen savings saving");
    for (String text : texts) {
      NormalizedText normalized = NormalizedText.of(text);
      for (int t = 0; t < normalized.tokenCount(); t++) {
        words.add(normalized.token(t));
      }
    }
    Random random = new Random(9);
    String letters = "aeiourstlnmdcpbgkyz0123456789'";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      words.add(word.toString());
    }
    for (String word : new ArrayList<>(words)) {
      for (int k = 0; k + 1 < word.length() && k < 6; k++) {
        char c = word.charAt(k);
        char d = word.charAt(k + 1);
        if (d >= 31 && c < Character.MAX_VALUE) {
          String twin = word.substring(0, k) + (char) (c + 1) + (char) (d - 31) + word.substring(k + 2);
          assertThat(WordTable.hash(twin)).isEqualTo(WordTable.hash(word));
          words.add(twin);
        }
      }
    }
    return words;
  }
}
