package dev.playbook.validator.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.validator.backtest.BacktestReport.Count;
import dev.playbook.validator.backtest.BacktestReport.Side;
import dev.playbook.validator.backtest.BacktestReport.Volume;
import dev.playbook.validator.report.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON report, in the shape fixed by {@code schemas/backtest-report-v1.schema.json} and
 * documented in {@code docs/backtest.md}. Every key is always present ({@code null} where there is
 * no value); fields are only ever added within version 1.
 */
final class JsonBacktestRenderer {

  private JsonBacktestRenderer() {}

  static void write(BacktestReport report, Writer out) throws IOException {
    Json.write(tree(report), out);
  }

  /** The report as a tree, also embedded in the HTML report. */
  static ObjectNode tree(BacktestReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", BacktestReport.SCHEMA_ID);
    side(root.putObject("base"), report.base());
    side(root.putObject("head"), report.head());
    ObjectNode corpus = root.putObject("corpus");
    corpus.put("name", report.corpus());
    corpus.put("defaultChannel", report.defaultChannel());
    corpus.put("lines", report.lines());
    corpus.put("checked", report.checked());
    corpus.put("skipped", report.skippedCount());
    ArrayNode skipped = corpus.putArray("skippedLines");
    report.skipped().forEach(s -> skipped.addObject().put("line", s.line()).put("reason", s.reason()));

    ArrayNode decisions = root.putArray("decisions");
    report.decisions().forEach(d -> decisions.addObject()
        .put("decision", d.decision().label()).put("base", d.base()).put("head", d.head()));

    ObjectNode flips = root.putObject("flips");
    flips.put("total", report.flipCount());
    ArrayNode transitions = flips.putArray("transitions");
    report.transitions().forEach(t -> transitions.addObject()
        .put("from", t.from().label()).put("to", t.to().label()).put("count", t.count()));
    ArrayNode kinds = flips.putArray("kinds");
    for (BacktestReport.FlipKind kind : report.flips()) {
      ObjectNode k = kinds.addObject();
      k.put("to", kind.to().label());
      k.put("title", kind.title());
      k.put("count", kind.count());
      counts(k.putArray("byRule"), kind.byRule());
      counts(k.putArray("byTopic"), kind.byTopic());
      counts(k.putArray("byEscalationPath"), kind.byEscalationPath());
      ArrayNode samples = k.putArray("samples");
      for (BacktestReport.Sample s : kind.samples()) {
        ObjectNode node = samples.addObject();
        node.put("line", s.line());
        node.put("id", s.id().orElse(null));
        node.put("channel", s.channel());
        node.put("from", s.from().label());
        node.put("to", s.to().label());
        ArrayNode rules = node.putArray("rules");
        s.rules().forEach(rules::add);
        node.put("inbound", s.inbound());
        node.put("reply", s.reply());
        ArrayNode highlights = node.putArray("highlights");
        s.highlights().forEach(h -> highlights.addObject().put("rule", h.rule())
            .put("text", h.inInbound() ? "inbound" : "reply")
            .put("start", h.start()).put("end", h.end())
            .put("words", (h.inInbound() ? s.inbound() : s.reply()).substring(h.start(), h.end())));
      }
    }

    ObjectNode escalations = root.putObject("escalations");
    volumes(escalations.putArray("byPath"), "path", report.escalationPaths());
    volumes(escalations.putArray("byTeam"), "team", report.escalationTeams());

    ObjectNode rules = root.putObject("rules");
    rules.put("noisyThreshold", report.noisyThreshold());
    ArrayNode counts = rules.putArray("counts");
    report.rules().forEach(r -> counts.addObject().put("id", r.id()).put("kind", r.kind())
        .put("inBase", r.inBase()).put("inHead", r.inHead())
        .put("base", r.base()).put("head", r.head()));
    ArrayNode never = rules.putArray("neverFired");
    report.neverFired().forEach(never::add);
    ArrayNode noisy = rules.putArray("noisy");
    report.noisy().forEach(noisy::add);
    return root;
  }

  private static void side(ObjectNode node, Side side) {
    node.put("source", side.source());
    node.put("id", side.id());
    node.put("version", side.version());
  }

  private static void counts(ArrayNode array, List<Count> counts) {
    counts.forEach(c -> array.addObject().put("name", c.name()).put("count", c.count()));
  }

  private static void volumes(ArrayNode array, String key, List<Volume> volumes) {
    volumes.forEach(v -> array.addObject().put(key, v.name()).put("base", v.base()).put("head", v.head()));
  }
}
