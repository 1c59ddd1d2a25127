package dev.playbook.internal.text;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text all ASCII is cut from bit masks, eight characters at a time ({@code cutAscii}); all it
 * answers (words, hashes, shouting, sentences, digit runs, syllables, the folded text) must be
 * what the character-by-character pass answered ({@link NormalizedTextBefore}), in both case
 * modes: see {@link AsciiTwinOracleTest#assertSameAsBefore}.
 */
class AsciiCutOracleTest {

  /**
   * A character of every kind the cut tells apart: vowels and consonants in both cases (y, the l
   * of "-ble", the e of a silent e), a digit, the apostrophe, white space and a line break, the
   * characters that end or carry on a sentence's run, one allowed between a phone's digits and
   * one that is not.
   */
  private static final String ALPHABET = "aEyZle7' \n.!\")-#";

  @Test
  void everyShortTextAnswersAsBefore() {
    int kinds = ALPHABET.length();
    char[] text = new char[4];
    for (int length = 0; length <= text.length; length++) {
      int texts = (int) Math.pow(kinds, length);
      for (int n = 0; n < texts; n++) {
        for (int i = 0, rest = n; i < length; i++, rest /= kinds) {
          text[i] = ALPHABET.charAt(rest % kinds);
        }
        AsciiTwinOracleTest.assertSameAsBefore(new String(text, 0, length));
      }
    }
  }

  /**
   * Words and gaps of every length from 1 to 20, across the eight characters read at once and
   * the 64 of a mask, with the characters of each drawn from those a word or a gap can have.
   */
  @Test
  void wordsAndGapsOfEveryLengthAnswerAsBefore() {
    Random random = new Random(31);
    String word = "abelyEZLY07'";
    String gap = " \n\t.!?\"')-/(+#,:";
    for (int n = 0; n < 6000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = random.nextInt(24);
      boolean inWord = random.nextBoolean();
      for (int p = 0; p < parts; p++, inWord = !inWord) {
        String pool = inWord ? word : gap;
        int length = 1 + (random.nextInt(4) == 0 ? random.nextInt(20) : random.nextInt(6));
        for (int i = 0; i < length; i++) {
          sb.append(pool.charAt(random.nextInt(pool.length())));
        }
      }
      AsciiTwinOracleTest.assertSameAsBefore(sb.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      " ",
      "a",
      "make a table, stable able cycle the ee e",
      "MAKE A TABLE. DON'T SHOUT! I'M OK",
      "abcdefgh abcdefghi abcdefghijklmnopq unbelievable inconvenience's",
      "customer's rock'n'roll 'quoted' it'' ends'",
      "e.g. this and 2.5 or e.g.x. End... \"Quoted.\" Next) yes?! no",
      "word.          \n\n\n          next one...               ok",
      "call 0207 946 0018 or 4111-1111-1111-1111 now, ref 12/34 (56) +44",
      "SW1A 1AA CV2 FH-12345678 COVID-19",
      "Thanks for reaching out! We're sorry to hear that. Please DM us your order number"
          + " and we'll look into it right away.\nKind regards,\nSam ^SJ",
  })
  void answersAsBefore(String s) {
    AsciiTwinOracleTest.assertSameAsBefore(s);
  }
}
