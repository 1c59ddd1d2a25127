package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The set turns values away by its filter first; no member may ever be turned away. */
class LongSetTest {

  @Test
  void everyMemberIsFoundWithItsValueAndNothingElse() {
    Map<Long, Integer> members = new HashMap<>();
    for (long i = 1; i <= 100_000; i++) {
      members.put(i * 0x1F3D5B79L, (int) (i % 1000) + 1);
    }
    LongSet set = new LongSet(members);
    members.forEach((v, value) -> {
      assertThat(set.contains(v)).isTrue();
      assertThat(set.valueOf(v)).isEqualTo(value);
    });
    for (long i = 100_001; i <= 200_000; i++) {
      assertThat(set.contains(i * 0x1F3D5B79L)).isFalse();
      assertThat(set.valueOf(i * 0x1F3D5B79L)).isZero();
    }
    assertThat(set.contains(0)).isFalse();
  }

  @Test
  void zeroAndSmallSetsAreMembersLikeAnyOther() {
    LongSet set = new LongSet(List.of(0L, -1L, Long.MIN_VALUE));
    assertThat(set.contains(0)).isTrue();
    assertThat(set.contains(-1)).isTrue();
    assertThat(set.contains(Long.MIN_VALUE)).isTrue();
    assertThat(set.contains(1)).isFalse();
    assertThat(new LongSet(List.of()).contains(7)).isFalse();
    assertThat(new LongSet(Map.of(0L, 5)).valueOf(0)).isEqualTo(5);
  }
}
