package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpansTest {

  @Test
  void removeInsideDropsOnlyRangesWhollyInsideOne() {
    Spans found = spans(0, 4, 10, 20, 30, 35, 40, 41, 50, 60);
    // [10, 20) lies in [5, 20) and [40, 41) in [33, 45); [30, 35) and [50, 60) only overlap one
    found.removeInside(spans(5, 20, 33, 45, 55, 70));
    assertThat(list(found)).containsExactly(0, 4, 30, 35, 50, 60);
  }

  @Test
  void removeInsideWithNothingToRemove() {
    Spans found = spans(5, 9);
    found.removeInside(Spans.EMPTY);
    assertThat(list(found)).containsExactly(5, 9);
    found.removeInside(spans(0, 100));
    assertThat(found.size()).isZero();
  }

  @Test
  void containsNeedsOneRangeToHoldItAll() {
    Spans links = spans(0, 10, 10, 20);
    assertThat(links.contains(2, 8)).isTrue();
    assertThat(links.contains(10, 20)).isTrue();
    assertThat(links.contains(5, 15)).isFalse(); // two ranges together, neither alone
    assertThat(links.contains(15, 25)).isFalse();
  }

  private static Spans spans(int... bounds) {
    Spans s = new Spans(1);
    for (int i = 0; i < bounds.length; i += 2) {
      s.add(bounds[i], bounds[i + 1]);
    }
    return s;
  }

  private static List<Integer> list(Spans s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.start(i));
      out.add(s.end(i));
    }
    return out;
  }
}
