package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Decision;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The decision knows whether the draft has an error from what was reported as it came
 * ({@link CheckContext#draftError}); it must be what reading the verdict's findings says, as the
 * decision did before: unless a topic decided, {@link Decision#REVISE} exactly when an enforced
 * finding in the draft is an error.
 */
class DecisionOracleTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void revisesExactlyWhenAFindingInTheDraftIsAnError() throws IOException {
    // A sample of the corpus keeps the test to a second or two.
    List<String> corpus = ShoutingOracleTest.corpus();
    List<String> texts = new ArrayList<>(corpus.subList(0, Math.min(400, corpus.size())));
    texts.addAll(List.of("Hi Sam, thanks for your message.", "We GUARANTEE it!!! {{name}}",
        "", "Sorry to hear that. ^PS", "CALL US NOW on 0207 946 0000 ^PS"));
    int[] seen = new int[2];
    List<Path> files;
    try (Stream<Path> dirs = Files.list(Path.of("../examples"))) {
      files = dirs.map(d -> d.resolve("playbook.yaml")).filter(Files::isRegularFile).sorted()
          .toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      CompiledPlaybook engine = Playbooks.compile(Playbooks.load(file).orThrow());
      for (String channel : engine.channels()) {
        // Replies checked against the next text as the customer's message.
        for (int i = 0; i < texts.size(); i += 2) {
          String inbound = texts.get((i + 1) % texts.size());
          Verdict verdict = engine.check(Draft.builder(channel, texts.get(i)).inbound(inbound)
              .clock(CLOCK).build());
          if (verdict.decision() != Decision.REVISE && verdict.decision() != Decision.READY) {
            continue; // a topic decided
          }
          boolean error = verdict.findings().stream()
              .anyMatch(f -> f.text() == Finding.Text.DRAFT && f.isError());
          assertThat(verdict.decision() == Decision.REVISE).as(texts.get(i)).isEqualTo(error);
          seen[error ? 1 : 0]++;
        }
      }
    }
    assertThat(seen[0]).isPositive();
    assertThat(seen[1]).isPositive();
  }
}
