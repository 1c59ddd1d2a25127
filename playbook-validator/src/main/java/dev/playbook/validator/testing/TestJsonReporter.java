package dev.playbook.validator.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.SourceLocation;
import dev.playbook.validator.report.Json;
import dev.playbook.validator.report.Tool;
import dev.playbook.validator.testing.CaseResult.Status;
import java.io.IOException;
import java.io.Writer;

/**
 * A JSON document whose shape is fixed by {@code schemas/test-report-v1.schema.json} and
 * documented in {@code docs/testing.md}. Every key is always present ({@code null} when there is
 * nothing to say); fields are only ever added within version 1.
 */
final class TestJsonReporter implements TestReporter {

  /** The {@code $schema} of every report. */
  static final String SCHEMA_ID = "https://playbook.dev/schemas/test-report-v1.schema.json";

  private final Tool tool;

  TestJsonReporter(Tool tool) {
    this.tool = tool;
  }

  @Override
  public void write(TestRun run, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA_ID);
    root.putObject("tool").put("name", tool.name()).put("version", tool.version());
    root.put("passed", run.succeeded());
    root.putObject("summary")
        .put("cases", run.results().size())
        .put("passed", run.count(Status.PASSED))
        .put("failed", run.count(Status.FAILED))
        .put("errored", run.count(Status.ERRORED))
        .put("seconds", Numbers.seconds(run.duration()));
    ArrayNode cases = root.putArray("cases");
    for (CaseResult r : run.results()) {
      ObjectNode node = cases.addObject();
      node.put("name", r.testCase().name());
      node.put("file", r.file().file());
      node.put("playbook", r.file().playbookFile());
      location(node.putObject("location"), r.testCase().location());
      node.put("status", r.status().label());
      node.put("seconds", Numbers.seconds(r.duration()));
      node.put("decision", r.observed().map(o -> o.decision().name()).orElse(null));
      ArrayNode fired = node.putArray("fired");
      r.observed().ifPresent(o -> o.fired().forEach(fired::add));
      if (r.status() == Status.PASSED) {
        node.putNull("problem");
      } else {
        ObjectNode problem = node.putObject("problem");
        problem.put("message", r.message());
        location(problem.putObject("location"), r.location());
      }
    }
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("percent", Numbers.percent(run.coveragePercent()));
    coverage.put("covered", run.coveredItems());
    coverage.put("items", run.items());
    if (run.minimumCoverage().isPresent()) {
      coverage.put("minimum", run.minimumCoverage().getAsInt());
    } else {
      coverage.putNull("minimum");
    }
    ArrayNode playbooks = coverage.putArray("playbooks");
    for (Coverage c : run.coverage()) {
      ObjectNode node = playbooks.addObject();
      node.put("playbook", c.playbook());
      node.put("percent", Numbers.percent(c.percent()));
      node.put("covered", c.covered().size());
      node.put("items", c.items().size());
      ArrayNode uncovered = node.putArray("uncovered");
      for (Coverage.Item item : c.uncovered()) {
        ObjectNode i = uncovered.addObject();
        i.put("kind", item.kind().label());
        i.put("id", item.id());
        location(i.putObject("location"), item.location());
        i.put("inherited", item.inherited());
      }
    }
    Json.write(root, out);
  }

  private static void location(ObjectNode node, SourceLocation at) {
    node.put("file", at.file()).put("line", at.line()).put("column", at.column());
  }
}
