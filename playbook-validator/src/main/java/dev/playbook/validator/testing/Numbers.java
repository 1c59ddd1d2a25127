package dev.playbook.validator.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** How reports write percentages and durations, the same in every format. */
final class Numbers {

  private Numbers() {}

  /**
   * A percentage with at most one decimal, rounded down, so that 99.96% never shows as 100%:
   * {@code 100}, {@code 95.3}.
   */
  static BigDecimal percent(double percent) {
    BigDecimal p = BigDecimal.valueOf(percent).setScale(1, RoundingMode.DOWN);
    return p.remainder(BigDecimal.ONE).signum() == 0 ? p.setScale(0, RoundingMode.DOWN) : p;
  }

  /** Seconds with three decimals, as JUnit's {@code time} writes them: {@code 0.215}. */
  static BigDecimal seconds(Duration d) {
    return BigDecimal.valueOf(d.toNanos()).movePointLeft(9).setScale(3, RoundingMode.HALF_UP);
  }
}
