package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.Fixtures;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JsonLinesDecisionLogTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CompiledPlaybook ENGINE = Playbooks.compile(Fixtures.retailBank());

  @Test
  void aLineHoldsTheDecisionItsRulesSpansAndAuditStampButNoText() throws Exception {
    Draft draft = Draft.builder("x", "Hi Zelda, we will refund you")
        .inbound("My card ending 4929 was stolen, I will sue")
        .customerName("Zelda")
        .locale(Locale.UK)
        .template("dm-request")
        .attribute("ticketId", "T-17")
        .attribute("email", "zelda@example.com")
        .clock(CLOCK)
        .build();
    Verdict verdict = ENGINE.check(draft);
    StringWriter out = new StringWriter();

    new JsonLinesDecisionLog(out, Set.of("ticketId")).record(draft, verdict);

    String text = out.toString();
    assertThat(text).endsWith("\n").hasLineCount(1);
    assertThat(text).doesNotContain("Zelda", "refund", "4929", "stolen", "sue", "example.com");
    JsonNode line = JSON.readTree(text);
    assertThat(line.path("format").asText()).isEqualTo("playbook.dev/decision/v1");
    assertThat(line.path("checkedAt").asText()).isEqualTo("2026-11-24T10:00:00Z");
    assertThat(line.path("playbook").path("id").asText()).isEqualTo(verdict.audit().playbookId());
    assertThat(line.path("playbook").path("sha256").asText()).isEqualTo(verdict.audit().sha256());
    assertThat(line.path("channel").asText()).isEqualTo("x");
    assertThat(line.path("template").asText()).isEqualTo("dm-request");
    assertThat(line.path("locale").asText()).isEqualTo("en-GB");
    assertThat(line.path("attributes").toString()).isEqualTo("{\"ticketId\":\"T-17\"}");
    assertThat(line.path("draftLength").asInt()).isEqualTo(draft.text().length());
    assertThat(line.path("decision").asText()).isEqualTo(verdict.decision().label());
    assertThat(line.path("findings")).hasSize(verdict.findings().size());
    Finding first = verdict.findings().get(0);
    JsonNode written = line.path("findings").get(0);
    assertThat(written.path("rule").asText()).isEqualTo(first.ruleId());
    assertThat(written.path("span").toString())
        .isEqualTo("[" + first.span().start() + "," + first.span().end() + "]");
    assertThat(line.path("topics")).hasSize(verdict.topics().size());
    assertThat(line.path("escalation").isNull()).isEqualTo(verdict.escalation().isEmpty());
  }

  @Test
  void concurrentRecordsNeverInterleave() throws Exception {
    StringWriter out = new StringWriter();
    JsonLinesDecisionLog log = new JsonLinesDecisionLog(out);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String channel = ENGINE.channels().get(t % ENGINE.channels().size());
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            Draft d = Draft.builder(channel, "we guarantee " + i).clock(CLOCK).build();
            log.record(d, ENGINE.check(d));
          }
        }));
      }
      for (Future<?> w : writers) {
        w.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(1_600);
    for (String line : lines) {
      assertThat(JSON.readTree(line).path("format").asText()).isEqualTo(JsonLinesDecisionLog.FORMAT);
    }
  }
}
