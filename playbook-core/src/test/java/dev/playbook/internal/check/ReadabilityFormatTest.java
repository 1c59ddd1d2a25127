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
      8.049999999999999, 8.050000000000001, 9.95, 99.95, -15.59, 11.4, 1e15, 1e300, 123456.75})
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
    for (int i = 0; i < 200_000; i++) {
      assertAsFormatter((random.nextDouble() - 0.2) * 120);
      double hundredths = Math.floor(random.nextDouble() * 20_000 - 5_000) / 100; // halves often
      assertAsFormatter(hundredths);
      assertAsFormatter(Math.nextUp(hundredths));
      assertAsFormatter(Math.nextDown(hundredths));
    }
  }
}
