package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Finding;
import dev.playbook.SourceLocation;
import dev.playbook.Span;
import dev.playbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FindingList} against its oracle: a list sorted by {@link Verdicts#ORDER} (the order the
 * verdict had before findings were kept with packed keys) and a scan of the findings themselves.
 */
class FindingListTest {

  private static final SourceLocation AT = new SourceLocation("p.yaml", 1, 1);

  private static Finding finding(String rule, Finding.Text text, int start, int end) {
    return new Finding(rule, "banned", Severity.ERROR, "m", text, new Span(start, end), "",
        List.of(), AT, Optional.empty(), Optional.empty());
  }

  @Test
  void sortsAndFindsRepeatsAsTheComparatorAndAScanDo() {
    Random random = new Random(11);
    // Sizes on both sides of the insertion-sort limit, offsets up to the largest an int holds.
    for (int size : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 31, 32, 33, 200}) {
      for (int round = 0; round < 50; round++) {
        FindingList list = new FindingList();
        List<Finding> oracle = new ArrayList<>();
        // Few offsets (many repeats and ties) or any; 40 offsets leave 1,280 distinct findings.
        int range = round % 2 == 0 ? 40 : Integer.MAX_VALUE;
        while (oracle.size() < size) {
          int start = random.nextInt(range);
          int end = start + random.nextInt(Math.min(4, Integer.MAX_VALUE - start));
          Finding.Text text = random.nextBoolean() ? Finding.Text.DRAFT : Finding.Text.INBOUND;
          String rule = "rule-" + random.nextInt(4);
          long key = FindingList.key(text, start, end);
          boolean known = oracle.stream().anyMatch(f -> f.ruleId().equals(rule)
              && f.text() == text && f.span().start() == start && f.span().end() == end);
          assertThat(list.contains(key, rule)).isEqualTo(known);
          if (!known) {
            Finding f = finding(rule, text, start, end);
            list.add(f, key);
            oracle.add(f);
          }
        }
        oracle.sort(Verdicts.ORDER);
        assertThat(list.sorted()).containsExactlyElementsOf(oracle);
      }
    }
  }

  @Test
  void keysFindingsAsTheyAreAdded() {
    Finding f = finding("r", Finding.Text.INBOUND, 3, 9);
    FindingList list = new FindingList();
    list.addAll(List.of(f));
    assertThat(list.contains(FindingList.key(Finding.Text.INBOUND, 3, 9), "r")).isTrue();
    assertThat(list.contains(FindingList.key(Finding.Text.DRAFT, 3, 9), "r")).isFalse();
    assertThat(list.contains(FindingList.key(Finding.Text.INBOUND, 3, 9), "s")).isFalse();
  }
}
