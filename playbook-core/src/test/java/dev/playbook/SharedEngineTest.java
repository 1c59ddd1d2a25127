package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.Fixtures;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One compiled playbook shared by many threads gives the verdicts one thread gives. Drafts come
 * from the real replies corpus when it is beside the checkout (read in place, never copied;
 * {@code -Dplaybook.corpus=...} points elsewhere), otherwise from generated text.
 */
class SharedEngineTest {

  private static final int THREADS = 8;
  private static final int DRAFTS = 300;
  private static final String[] CHANNELS = {"x", "facebook", "app-chat"};
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void manyThreadsAgreeWithOne() throws Exception {
    CompiledPlaybook engine = Playbooks.compile(Fixtures.retailBank());
    List<Draft> drafts = drafts();
    List<Verdict> expected = new ArrayList<>();
    for (Draft d : drafts) {
      expected.add(engine.check(d));
    }
    assertThat(expected).anyMatch(v -> !v.findings().isEmpty());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<String> mismatches = new ArrayList<>();
          for (int i : order) {
            Verdict v = engine.check(drafts.get(i));
            if (!v.equals(expected.get(i))) {
              mismatches.add(drafts.get(i).text());
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> r : results) {
        assertThat(r.get(2, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hostileTextNeverThrows() {
    CompiledPlaybook engine = Playbooks.compile(Fixtures.retailBank());
    List<String> texts = List.of("", " ", "\u0000\u0001\u001F", "\uD800", "\uDC00abc\uD800",
        "\u0301\u0301\u0301", "\uFDFA".repeat(50), "!".repeat(10_000),
        "guarantee ".repeat(20_000), "a".repeat(200_000), "😀".repeat(5_000),
        "4111 ".repeat(3_000), "{{".repeat(5_000) + "}}", "@".repeat(1_000) + ".com",
        "https://" + "a.".repeat(5_000) + "com", "\u202E\u2066\u200F".repeat(1_000));
    for (String text : texts) {
      for (String channel : CHANNELS) {
        Verdict v = engine.check(Draft.builder(channel, text).inbound(text).clock(CLOCK).build());
        for (Finding f : v.findings()) {
          assertThat(f.span().end()).isLessThanOrEqualTo(text.length()); // draft = inbound here
        }
        assertThat(v.toJson()).isNotEmpty();
      }
    }
  }

  private static List<Draft> drafts() throws IOException {
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    List<Draft> drafts = new ArrayList<>();
    if (Files.isRegularFile(corpus)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null && drafts.size() < DRAFTS) {
          JsonNode record = json.readTree(line);
          drafts.add(Draft.builder(CHANNELS[drafts.size() % 3], record.path("reply").asText())
              .inbound(record.path("inbound").asText()).clock(CLOCK).build());
        }
      }
    }
    Random random = new Random(7);
    String[] words = {"hi", "Sam", "sorry", "we", "guarantee", "will", "refund", "you", "sue",
        "court", "card", "4111 1111 1111 1111", "call", "020 7946 0018", "😀", "THANKS", "!",
        "going", "forward", "utilised", "Barclays", "https://bit.ly/x", "{{name}}", "^PS", ".",
        "journalist", "injured", "stole", "in", "order", "to", "help", "sam@example.com", "\n"};
    while (drafts.size() < DRAFTS) {
      StringBuilder draft = new StringBuilder();
      StringBuilder inbound = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        draft.append(words[random.nextInt(words.length)]).append(' ');
        inbound.append(words[random.nextInt(words.length)]).append(' ');
      }
      drafts.add(Draft.builder(CHANNELS[drafts.size() % 3], draft.toString())
          .inbound(inbound.toString()).clock(CLOCK).build());
    }
    return drafts;
  }
}
