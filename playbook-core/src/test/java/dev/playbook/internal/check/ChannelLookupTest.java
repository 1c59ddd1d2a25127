package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The engine finds a draft's channel by its id's hash code and then the id itself: an equal id
 * that is another string finds the plan, another id with the same hash code does not.
 */
class ChannelLookupTest {

  private static final CompiledPlaybook ENGINE = Playbooks.compile(
      Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());

  @Test
  void anEqualIdFindsItsChannel() {
    assertThat(ENGINE.channels()).hasSizeGreaterThan(2);
    for (String channel : ENGINE.channels()) {
      String copy = new String(channel.toCharArray());
      assertThat(copy).isNotSameAs(channel);
      String text = "Thanks for waiting!! Your card is on its way. ^PS";
      Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
      assertThat(ENGINE.check(Draft.builder(copy, text).clock(clock).build()).toJson())
          .isEqualTo(ENGINE.check(Draft.builder(channel, text).clock(clock).build()).toJson());
    }
  }

  @Test
  void anotherIdWithTheSameHashCodeIsUnknown() {
    // "\u0001Y" and "x" share the hash code 120.
    String other = "\u0001Y";
    assertThat(other.hashCode()).isEqualTo("x".hashCode());
    assertThat(ENGINE.channels()).contains("x");
    assertThatThrownBy(() -> ENGINE.check(Draft.of(other, "Hi")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown channel");
    assertThatThrownBy(() -> ENGINE.check(Draft.of("y", "Hi")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown channel");
  }
}
