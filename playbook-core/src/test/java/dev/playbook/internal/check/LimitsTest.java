package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The details kept for counts read as the ones made each time. */
class LimitsTest {

  @Test
  void keptCountDetailsAreTheOnesMadeEachTime() {
    double[] limits = {0, -0.0, 1, 2, 3, Limits.KEPT_LIMITS - 1, Limits.KEPT_LIMITS, 100, 0.5,
        2.5, 1e-9};
    for (int round = 0; round < 2; round++) {
      for (double max : limits) {
        for (int found = 0; found <= Limits.KEPT_COUNTS + 2; found++) {
          assertThat(Limits.countDetail(found, max)).as("%d, %s", found, max)
              .contains(Limits.count(found, max));
        }
      }
    }
    assertThat(Limits.countDetail(3, 1)).contains("3 found, at most 1");
    assertThat(Limits.countDetail(3, 1.5)).contains("3 found, at most 1.5");
  }
}
