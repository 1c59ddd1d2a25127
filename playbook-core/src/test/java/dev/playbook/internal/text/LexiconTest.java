package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gaps Snowball leaves, and that the inflection step closes. */
class LexiconTest {

  private static final Lexicon ENGLISH = Lexicon.forLocale(Locale.forLanguageTag("en-GB"));

  @ParameterizedTest(name = "phrase ''{0}'' finds ''{1}''")
  @CsvSource({
      "sue, sued", "sue, suing", "sue, sues", "injury, injuries", "injury, injured",
      "injure, injuring", "hurt, hurting", "hurt, hurts", "hospital, hospitals",
      "hospital, hospitalised", "hospital, hospitalized", "stolen, steal", "stolen, stole",
      "steal, stolen", "utilise, utilize", "utilise, utilising", "scam, scammed",
      "lose, lost", "lost, losing", "pay, paid", "understand, understood", "die, dying",
      "apologise, apologized", "analyse, analyzing", "refund, refunds"
  })
  void phraseWordAcceptsInflection(String phraseWord, String textWord) {
    Lexicon.Stemmer stemmer = ENGLISH.newStemmer();
    assertThat(ENGLISH.acceptedKeys(phraseWord, stemmer)).contains(stemmer.key(textWord));
  }

  @ParameterizedTest(name = "phrase ''{0}'' does not find ''{1}''")
  @CsvSource({"hi, his", "sue, suede", "sue, suet", "court, courteous", "us, use", "scam, scamp"})
  void phraseWordRejectsOtherWords(String phraseWord, String textWord) {
    Lexicon.Stemmer stemmer = ENGLISH.newStemmer();
    assertThat(ENGLISH.acceptedKeys(phraseWord, stemmer)).doesNotContain(stemmer.key(textWord));
  }

  @ParameterizedTest
  @CsvSource({"de, Entschädigungen, entschädigung", "fr, remboursements, remboursement"})
  void otherLanguagesUseTheirStemmer(String language, String a, String b) {
    Lexicon lexicon = Lexicon.forLocale(Locale.forLanguageTag(language));
    Lexicon.Stemmer stemmer = lexicon.newStemmer();
    assertThat(lexicon.stems()).isTrue();
    assertThat(stemmer.key(a.toLowerCase(Locale.ROOT))).isEqualTo(stemmer.key(b));
  }

  @ParameterizedTest
  @CsvSource({"cy, cyfreithiwr", "ja, 訴訟"})
  void languagesWithoutAStemmerMatchAsWritten(String language, String word) {
    Lexicon lexicon = Lexicon.forLocale(Locale.forLanguageTag(language));
    assertThat(lexicon.stems()).isFalse();
    assertThat(lexicon.newStemmer().key(word)).isEqualTo(word);
    assertThat(lexicon.acceptedKeys(word, lexicon.newStemmer())).containsExactly(word);
  }
}
