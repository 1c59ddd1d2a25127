package dev.playbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Playbooks;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 8 threads × 2,000 drafts on one shared engine give, verdict for verdict, the JSON a single
 * thread gives. Drafts are the real replies corpus beside the checkout when present (read in
 * place), topped up with seeded hostile text.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 8;
  private static final int DRAFTS = 2_000;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  @Timeout(120)
  void everyThreadGetsTheSingleThreadedVerdicts() throws Exception {
    CompiledPlaybook engine = Playbooks.compile(Playbooks.loader().withClock(CLOCK)
        .load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());
    List<Draft> drafts = drafts(engine.channels());
    List<String> expected = new ArrayList<>();
    for (Draft d : drafts) {
      expected.add(engine.check(d).toJson());
    }
    assertThat(expected.stream().distinct().count()).isGreaterThan(100);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          List<Integer> mismatches = new ArrayList<>();
          for (int i : order) {
            if (!engine.check(drafts.get(i)).toJson().equals(expected.get(i))) {
              mismatches.add(i);
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      for (Future<List<Integer>> r : results) {
        assertThat(r.get(100, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Draft> drafts(List<String> channels) throws IOException {
    List<Draft> drafts = new ArrayList<>();
    // Beside the main checkout (../../shared) or beside a worktree of it (../../../shared).
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    if (Files.isRegularFile(corpus)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null && drafts.size() < DRAFTS) {
          JsonNode record = json.readTree(line);
          drafts.add(Draft.builder(channels.get(drafts.size() % channels.size()),
                  record.path("reply").asText())
              .inbound(record.path("inbound").asText()).clock(CLOCK).build());
        }
      }
    }
    for (long seed = 0; drafts.size() < DRAFTS; seed++) {
      String text = String.join(" ", HostileText.tokens(seed, false));
      drafts.add(Draft.builder(channels.get(drafts.size() % channels.size()), text)
          .inbound(String.join(" ", HostileText.tokens(-seed - 1, false))).clock(CLOCK).build());
    }
    return drafts;
  }
}
