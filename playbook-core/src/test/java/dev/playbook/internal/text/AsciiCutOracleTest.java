package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertCutAsBefore(new String(text, 0, length));
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
      assertCutAsBefore(sb.toString());
    }
  }

  /**
   * Texts whose end falls on and around the edges of the 64-character masks (lengths 55 to 66 and
   * 119 to 129) after prefixes of several shapes, each followed by every suffix of up to three
   * characters: an apostrophe or a word across the edge, a word running to the very end.
   */
  @Test
  void textsAcrossTheEdgesOfTheMasksAnswerAsBefore() {
    String[] fillers = {
        "We're sorry. Please DM us your order number and we'll look into it right away, ok? Yes",
        "A'B'C'D'E'F'G'H'I'J'K'L'M'N'O'P'Q'R'S'T'U'V'W'X'Y'Z'a'b'c'd'e'f'g'h'i'j'k'l'm'n'o'p'q'r's't",
        "12 34 5678 90 1 2 3 4 5 6 7 8 9 0 11 22 33 44 55 66 77 88 99 00 12 34 56 78 90 12 34 56 78 9",
        "pneumonoultramicroscopicsilicovolcanoconiosis\tand\t\tthen   \n\n   abcdefghijklmnopqrstu",
    };
    String suffix = "aE'. \n7!\u007f";
    for (String filler : fillers) {
      String twice = filler + " " + filler;
      for (int length : new int[] {55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 119, 120, 121,
          122, 123, 124, 125, 126, 127, 128, 129}) {
        String prefix = twice.substring(0, length);
        assertCutAsBefore(prefix);
        for (int a = 0; a < suffix.length(); a++) {
          assertCutAsBefore(prefix + suffix.charAt(a));
          for (int b = 0; b < suffix.length(); b++) {
            assertCutAsBefore(prefix + suffix.charAt(a) + suffix.charAt(b));
            for (int c = 0; c < suffix.length(); c++) {
              assertCutAsBefore(prefix + suffix.charAt(a) + suffix.charAt(b) + suffix.charAt(c));
            }
          }
        }
      }
    }
  }

  /** Dense texts of every length up to 700: more words than the arrays are first sized for. */
  @Test
  void denseTextsGrowTheirArraysAsBefore() {
    for (String unit : new String[] {"a ", "1 ", "A.", "I'm ", "e\u007f"}) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 700) {
        assertCutAsBefore(sb.toString());
        sb.append(unit);
      }
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
    assertCutAsBefore(s);
  }

  /**
   * {@link AsciiTwinOracleTest#assertSameAsBefore}, and what only the ASCII pass answers: it cut
   * every word of an ASCII text, counted the lettered words and their syllables of a lower-cased
   * one (none of a text kept in case), and every folded character is ASCII.
   */
  private static void assertCutAsBefore(String s) {
    AsciiTwinOracleTest.assertSameAsBefore(s);
    NormalizedText now = NormalizedText.of(s);
    NormalizedTextBefore before = NormalizedTextBefore.of(s);
    assertThat(new int[] {now.asciiTokens(), now.asciiPrefix(), now.letteredWords(),
        now.syllables()}).as(s).containsExactly(now.tokenCount(), s.length(),
        before.letteredWords(), before.syllables());
    assertThat(now.foldedAscii()).as(s).isTrue();
    NormalizedText cased = now.casePreserved();
    assertThat(new int[] {cased.asciiTokens(), cased.letteredWords(), cased.syllables()})
        .as(s).containsExactly(cased.tokenCount(), -1, -1);
  }
}
