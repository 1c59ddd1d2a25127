package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The digit-run checks that decide whether card and phone detection run at all: the card check
 * reads the text some characters apart and must answer exactly what reading every character
 * answered, and the normaliser's digit run must never rule out a run either check would find (the
 * previous implementations, kept here as oracles).
 */
class DigitRunsTest {

  /** The previous card check, every character read. */
  private static boolean cardOracle(String s) {
    int digits = 0;
    boolean separated = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits >= 13) {
          return true;
        }
        separated = false;
      } else if ((c == ' ' || c == '-') && digits > 0 && !separated) {
        separated = true;
      } else {
        digits = 0;
        separated = false;
      }
    }
    return false;
  }

  /** The previous phone check, every character read. */
  static boolean phoneOracle(String s) {
    int min = 7;
    int digits = 0;
    boolean separated = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '@' && (i == 0 || !Prefilter.isWordChar(s.charAt(i - 1)))) {
        while (i + 1 < n && Prefilter.isWordChar(s.charAt(i + 1))) {
          i++;
        }
        digits = 0;
        separated = false;
      } else if (Character.isDigit(c)) {
        if (++digits >= min) {
          return true;
        }
        separated = false;
      } else if (!separated && digits > 0 && " .-/()+\u00A0".indexOf(c) >= 0) {
        separated = true;
      } else if (c != '+' && c != '(') {
        digits = 0;
        separated = false;
      }
    }
    return false;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "4111111111111111",
      "card 4111 1111 1111 1111",
      "card at the end 4111-1111-1111-1",
      "4111-1111-1111-1 at the start",
      "twelve 4111 1111 1111 and one",
      "split by two spaces 4111  1111 1111 1111",
      "split by a dot 4111.1111.1111.1111",
      "call +44 (0)20 7946 0018 today",
      "call 020 7946 0018",
      "six 123 456 then 7",
      "@02079460018 is a handle",
      "x@02079460018 is not",
      "@ab12 3456789 handle then digits",
      "@ab_12 34567 89",
      "(((((((1234567",
      "++1 2 3 4 5 6 7",
      "1 2 3 4 5 6 7",
      "1  2 3 4 5 6 7",
      "Arabic-Indic \u0660\u0661\u0662\u0663\u0664\u0665\u0666",
      "nbsp 020\u00A07946\u00A00018",
      "order 12345678901234 ref",
      "1234567",
      "123456"
  })
  void answersAsReadingEveryCharacter(String s) {
    assertThat(Detectors.hasCardDigits(s)).as(s).isEqualTo(cardOracle(s));
    NormalizedText text = NormalizedText.of(s);
    assertThat(text.digitRun() >= 13 || !cardOracle(s)).as(s).isTrue();
    assertThat(text.digitRun() >= 7 || !phoneOracle(s)).as(s)
        .isTrue();
  }

  @Test
  void answersAsReadingEveryCharacterOnRandomTexts() {
    Random random = new Random(11);
    char[] pool = {'1', '2', '7', '0', '9', '5', ' ', ' ', '-', '.', '/', '(', ')', '+', '@', 'a',
        'Z', '_', '\u00A0', '\u0664', ',', 'x'};
    int differentAnswers = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      // Mostly digits and separators in some texts, mostly letters in others.
      int digitBias = random.nextInt(3);
      for (int i = 0; i < length; i++) {
        sb.append(random.nextInt(3) < digitBias ? pool[random.nextInt(6)]
            : pool[random.nextInt(pool.length)]);
      }
      String s = sb.toString();
      boolean card = cardOracle(s);
      boolean phone = phoneOracle(s);
      assertThat(Detectors.hasCardDigits(s)).as(s).isEqualTo(card);
      differentAnswers += card != phone ? 1 : 0;
      // The normaliser's digit run never rules out what the checks would find.
      NormalizedText text = NormalizedText.of(s);
      if (card) {
        assertThat(text.digitRun()).as(s).isGreaterThanOrEqualTo(13);
      }
      if (phoneOracle(s)) {
        assertThat(text.digitRun()).as(s).isGreaterThanOrEqualTo(7);
      }
    }
    assertThat(differentAnswers).isPositive(); // the texts reach both answers of both checks
  }

  /**
   * Many stretches of digits in one long word, or a handle of digits: read in linear time. The
   * timeout is a hang guard, not a measure: this takes about 0.5 s alone and three times that on a
   * loaded CI machine, where a check that walked back over the word per stretch of digits (a bug
   * once) takes over 15 s.
   */
  @Test
  @Timeout(10)
  void aLongWordOfDigitsIsReadInLinearTime() {
    String word = "1a".repeat(300_000);
    assertThat(Detectors.mayHavePhoneNumber(NormalizedText.of("@" + word + " 0207946001")))
        .isTrue();
    for (String s : List.of(word, "@" + word + " 0207946001", "@a" + "1234567".repeat(50_000))) {
      Spans found = new Spans(1);
      Detectors.phoneNumbers(s, "GB", Spans.EMPTY, Spans.EMPTY, found);
      assertThat(found.size()).as("numbers in a handle or not valid").isZero();
    }
  }
}
