package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grade in a readability finding reads as {@code String.format("%.1f")} wrote it. */
class ReadabilityFormatTest {

  private static void assertAsFormatter(double value) {
    assertThat(ReadabilityRule.oneDecimal(value)).as("%s", value)
        .isEqualTo(String.format(Locale.ROOT, "%.1f", value));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.15, 1.15, 2.25, -2.25, 8.05,
      8.049999999999999, 8.050000000000001, 9.95, 99.95, -15.59, 11.4, 1e15, 1e300, 123456.75,
      20.05, -0.049999999999998934, 0.05000000000000001, 1e-5, 5e-4, 0.00049999, 9999999.95,
      12345678.95, 99999999999999.95})
  void roundsAsTheFormatter(double value) {
    assertAsFormatter(value);
  }

  @Test
  void roundsEveryGradeAsTheFormatter() {
    // Grades as the rule computes them, from every plausible count.
    for (int words = 20; words <= 400; words += 3) {
      for (int sentences = 1; sentences <= 40; sentences++) {
        for (int syllables = words; syllables <= 3 * words; syllables += 7) {
          assertAsFormatter(ReadabilityRule.grade(words, sentences, syllables));
        }
      }
    }
    Random random = new Random(1);
    // Every grade within a hair of a half in tenths, from every count up to 300 words and 60
    // sentences (about 8,600 of them: 20.05 from 46 words in one sentence with 69 syllables).
    int nearHalf = 0;
    for (int words = 1; words <= 300; words++) {
      for (int sentences = 1; sentences <= Math.min(words, 60); sentences++) {
        for (int syllables = 0; syllables <= 4 * words; syllables++) {
          double grade = ReadabilityRule.grade(words, sentences, syllables);
          double tenths = Math.abs(grade) * 10;
          if (Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-9) {
            assertAsFormatter(grade);
            nearHalf++;
          }
        }
      }
    }
    assertThat(nearHalf).isGreaterThan(8_000);
    for (int i = 0; i < 200_000; i++) {
      assertAsFormatter((random.nextDouble() - 0.2) * 120);
      double hundredths = Math.floor(random.nextDouble() * 20_000 - 5_000) / 100; // halves often
      assertAsFormatter(hundredths);
      assertAsFormatter(Math.nextUp(hundredths));
      assertAsFormatter(Math.nextDown(hundredths));
    }
  }
}
