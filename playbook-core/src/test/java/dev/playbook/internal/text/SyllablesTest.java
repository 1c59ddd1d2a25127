package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables and words with a letter, counted over a normalised text's words. */
class SyllablesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "make|1|1",
      "table|1|2",
      "apple|1|2",
      "the|1|1",
      "rhythm|1|1",
      "queue|1|1",
      "caf\u00E9|1|2",
      "CAF\u00C9 au lait|3|4",
      "we'll see|2|2",
      "Eerie!|1|2",
      "2024 and 42|1|1",
      "x7 a1|2|2",
      "\u0441\u043E\u0440\u0435 look-alikes|3|5",
      "\u043F\u0440\u0438\u0432\u0435\u0442|1|1",
      "...|0|0",
      "\u00DCber na\u00EFve|2|3"
  })
  void countsWordsAndSyllables(String text, int words, int syllables) {
    Syllables.Tally tally = Syllables.tally(NormalizedText.of(text));
    assertThat(tally.words()).as("words of %s", text).isEqualTo(words);
    assertThat(tally.syllables()).as("syllables of %s", text).isEqualTo(syllables);
  }
}
