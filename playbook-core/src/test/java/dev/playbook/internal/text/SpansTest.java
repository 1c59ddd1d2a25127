package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpansTest {

  @Test
  void removeOverlappingKeepsTheRestInOrder() {
    Spans found = spans(0, 4, 10, 20, 30, 35, 40, 41, 50, 60);
    // touches [10, 20) and [40, 41); [35, 40) only meets its neighbours' edges
    found.removeOverlapping(spans(19, 25, 35, 40, 40, 41));
    assertThat(list(found)).containsExactly(0, 4, 30, 35, 50, 60);
  }

  @Test
  void removeOverlappingWithNothingToRemove() {
    Spans found = spans(5, 9);
    found.removeOverlapping(Spans.EMPTY);
    assertThat(list(found)).containsExactly(5, 9);
    found.removeOverlapping(spans(0, 100));
    assertThat(found.size()).isZero();
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
