package dev.playbook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Span;
import dev.playbook.Verdict;
import dev.playbook.testing.Fixtures;
import dev.playbook.testing.Marked;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule table in {@code src/test/resources/dev/playbook/rules/*.yaml}: one file per rule
 * kind, one case per draft, expected spans marked inline as {@code ⟦...⟧}.
 *
 * <p>A file names the {@code playbook} it runs against and the finding {@code kinds} it is about
 * (findings of other kinds are ignored, so a banned-phrase table is not disturbed by a missing
 * greeting). Each case gives a {@code draft} (and optionally an {@code inbound} message,
 * {@code channel}, {@code customerName}, {@code locale}, {@code template}), {@code findings}: the rule ids expected,
 * one per marker, draft markers first; optionally {@code suggestions} (one list per finding),
 * {@code decision}, and {@code shadow}: rule ids of shadow findings expected (spans unchecked).
 */
class RuleCasesTest {

  /**
   * {@code retail-bank} is the example as the loader reads it; {@code retail-bank-records} the
   * same playbook built as records (the tables must pass on both); {@code airline} is that example
   * (its patterns write parts case-sensitive); {@code extras} covers what the examples do not;
   * {@code published} has published contact details and rules and a topic for links;
   * {@code patterns} has personal data patterns with white space of any length between parts.
   */
  private static final Map<String, CompiledPlaybook> PLAYBOOKS = Map.of(
      "retail-bank", Playbooks.compile(
          Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow()),
      "retail-bank-records", CompiledPlaybook.compile(Fixtures.retailBank()),
      "airline", Playbooks.compile(
          Playbooks.load(Path.of("../examples/airline/playbook.yaml")).orThrow()),
      "extras", CompiledPlaybook.compile(Fixtures.extras()),
      "published", Playbooks.compile(Playbooks.load(
          Path.of("src/test/resources/dev/playbook/published/playbook.yaml")).orThrow()),
      "templates", Playbooks.compile(Playbooks.load(
          Path.of("src/test/resources/dev/playbook/templates/render.yaml")).orThrow()),
      "patterns", Playbooks.compile(Playbooks.load(
          Path.of("src/test/resources/dev/playbook/patterns/playbook.yaml")).orThrow()));

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"),
      ZoneOffset.UTC);

  @TestFactory
  Stream<DynamicNode> ruleTables() throws IOException, URISyntaxException {
    URL dir = RuleCasesTest.class.getResource("/dev/playbook/rules");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).as("rule tables").isNotEmpty();
    List<DynamicNode> nodes = new ArrayList<>();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Path file : files) {
      JsonNode table;
      try (InputStream in = Files.newInputStream(file)) {
        table = yaml.readTree(in);
      }
      String name = file.getFileName().toString();
      nodes.add(DynamicContainer.dynamicContainer(name, file.toUri(), cases(table, false)));
      if ("retail-bank".equals(table.path("playbook").asText())) {
        nodes.add(DynamicContainer.dynamicContainer(name + " (records)", file.toUri(),
            cases(table, true)));
      }
    }
    return nodes.stream();
  }

  private static Stream<DynamicNode> cases(JsonNode table, boolean records) {
    Set<String> kinds = strings(table.path("kinds"));
    String playbook = table.path("playbook").asText("retail-bank");
    List<DynamicNode> tests = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode c : table.path("cases")) {
      String name = c.path("name").asText();
      assertThat(names.add(name)).as("duplicate case name %s", name).isTrue();
      String casePlaybook = c.path("playbook").asText(playbook);
      if (records && !casePlaybook.equals("retail-bank")) {
        continue;
      }
      String key = records ? "retail-bank-records" : casePlaybook;
      tests.add(DynamicTest.dynamicTest(name, () -> run(c, kinds, PLAYBOOKS.get(key))));
    }
    return tests.stream();
  }

  private static void run(JsonNode c, Set<String> kinds, CompiledPlaybook engine) {
    Marked draft = Marked.parse(c.path("draft").asText());
    Marked inbound = Marked.parse(c.path("inbound").asText(""));
    Draft.Builder builder = Draft.builder(c.path("channel").asText("app-chat"), draft.text())
        .inbound(inbound.text())
        .clock(CLOCK);
    if (c.hasNonNull("customerName")) {
      builder.customerName(c.get("customerName").asText());
    }
    if (c.hasNonNull("locale")) {
      builder.locale(Locale.forLanguageTag(c.get("locale").asText()));
    }
    if (c.hasNonNull("template")) {
      builder.template(c.get("template").asText());
    }
    Verdict verdict = engine.check(builder.build());

    List<String> expectedRules = listOf(c.path("findings"));
    List<Span> expectedSpans = new ArrayList<>(draft.spans());
    expectedSpans.addAll(inbound.spans());
    assertThat(expectedRules).as("one rule id per marker").hasSameSizeAs(expectedSpans);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < expectedRules.size(); i++) {
      Finding.Text text = i < draft.spans().size() ? Finding.Text.DRAFT : Finding.Text.INBOUND;
      expected.add(describe(expectedRules.get(i), text, expectedSpans.get(i)));
    }
    Set<String> caseKinds = c.has("kinds") ? strings(c.get("kinds")) : kinds;
    List<Finding> actualFindings = verdict.findings().stream()
        .filter(f -> caseKinds.isEmpty() || caseKinds.contains(f.kind()))
        .toList();
    List<String> actual = actualFindings.stream()
        .map(f -> describe(f.ruleId(), f.text(), f.span()))
        .toList();
    assertThat(actual)
        .as("findings; found: draft %s inbound %s",
            Marked.mark(draft.text(), spans(actualFindings, Finding.Text.DRAFT)),
            Marked.mark(inbound.text(), spans(actualFindings, Finding.Text.INBOUND)))
        .containsExactlyInAnyOrderElementsOf(expected);

    if (c.has("suggestions")) {
      List<List<String>> suggestions = new ArrayList<>();
      c.get("suggestions").forEach(s -> suggestions.add(listOf(s)));
      assertThat(actualFindings.stream().map(Finding::suggestions).toList())
          .isEqualTo(suggestions);
    }
    for (Finding f : actualFindings) {
      String source = f.text() == Finding.Text.DRAFT ? draft.text() : inbound.text();
      assertThat(f.matched()).isEqualTo(f.span().of(source));
    }
    if (c.has("decision")) {
      assertThat(verdict.decision().label()).as("decision").isEqualTo(c.get("decision").asText());
    }
    if (c.has("shadow")) {
      assertThat(verdict.shadowFindings().stream().map(Finding::ruleId).toList())
          .as("shadow findings").isEqualTo(listOf(c.get("shadow")));
    }
  }

  private static List<Span> spans(List<Finding> findings, Finding.Text text) {
    return findings.stream().filter(f -> f.text() == text).map(Finding::span).toList();
  }

  private static String describe(String rule, Finding.Text text, Span span) {
    return rule + " " + text.label() + span;
  }

  private static List<String> listOf(JsonNode node) {
    List<String> list = new ArrayList<>();
    node.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static Set<String> strings(JsonNode node) {
    return new HashSet<>(listOf(node));
  }
}
