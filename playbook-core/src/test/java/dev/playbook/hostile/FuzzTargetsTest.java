package dev.playbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzz targets. A normal {@code ./mvnw verify} replays the seed corpus in
 * {@code src/test/resources/dev/playbook/hostile/FuzzTargetsTestInputs/<method>/} as regression
 * tests. To fuzz for real (needs about 2.5 GB of memory), from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl playbook-core test -Dtest='FuzzTargetsTest#checking'
 * </pre>
 *
 * <p>Each run is bounded by the target's {@code maxDuration}; raise it locally for a longer run.
 *
 * <p>New findings are written to the corpus folder above: commit the ones that reproduce a bug.
 */
class FuzzTargetsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final CompiledPlaybook ENGINE =
      Playbooks.compile(Playbooks.loader().withClock(CLOCK)
          .load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());

  /** Any bytes, decoded as the loader's callers would: loading never throws and always ends. */
  @FuzzTest(maxDuration = "2m")
  void loading(byte[] bytes) {
    LoadResult result = Playbooks.load(new String(bytes, StandardCharsets.UTF_8), "fuzz.yaml");
    assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
    result.playbook().ifPresent(Playbooks::compile);
  }

  /** Any draft and customer text on any channel: checking never throws, and spans are valid. */
  @FuzzTest(maxDuration = "2m")
  void checking(FuzzedDataProvider data) {
    String channel = ENGINE.channels().get(data.consumeInt(0, ENGINE.channels().size() - 1));
    String inbound = data.consumeString(500);
    String text = data.consumeRemainingAsString();
    HostileDraftsTest.assertWellFormed(
        ENGINE.check(Draft.builder(channel, text).inbound(text).clock(CLOCK).build()), text);
    ENGINE.check(Draft.builder(channel, text).inbound(inbound).clock(CLOCK).build());
  }
}
