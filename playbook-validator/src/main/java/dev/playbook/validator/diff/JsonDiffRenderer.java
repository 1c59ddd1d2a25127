package dev.playbook.validator.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.Diagnostic;
import dev.playbook.SourceLocation;
import dev.playbook.validator.report.Json;
import java.io.IOException;
import java.io.Writer;

/**
 * A JSON document whose shape is fixed by {@code schemas/diff-report-v1.schema.json} and documented
 * in {@code docs/diff.md}. Every key is always present ({@code null} where there is no value), so
 * consumers never test for a missing key. Fields are only ever added within version 1.
 */
final class JsonDiffRenderer implements DiffRenderer {

  /** The {@code $schema} of every diff report: it names the shape and its version. */
  static final String SCHEMA_ID = "https://playbook.dev/schemas/diff-report-v1.schema.json";

  @Override
  public void write(PlaybookDiff diff, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", SCHEMA_ID);
    root.put("passed", diff.version().passed());
    revision(root.putObject("before"), diff.before());
    revision(root.putObject("after"), diff.after());
    ObjectNode summary = root.putObject("summary");
    diff.counts().forEach((category, count) -> summary.put(category.label(), count));
    summary.put("total", diff.changes().size());
    ArrayNode changes = root.putArray("changes");
    for (Change change : diff.changes()) {
      ObjectNode node = changes.addObject();
      node.put("category", change.category().label());
      node.put("section", change.section());
      node.put("item", change.item());
      node.put("path", change.path());
      node.put("before", change.before().orElse(null));
      node.put("after", change.after().orElse(null));
      node.put("description", change.description());
      location(node.putObject("location"), change.location());
      ArrayNode owners = node.putArray("owners");
      change.owners().forEach(owners::add);
    }
    ObjectNode version = root.putObject("version");
    version.put("required", diff.version().required().label());
    version.put("actual", diff.version().actual().label());
    ArrayNode findings = version.putArray("findings");
    for (Diagnostic d : diff.version().findings()) {
      ObjectNode node = findings.addObject();
      node.put("code", d.code());
      node.put("severity", d.severity().label());
      node.put("message", d.message());
      node.put("hint", d.hint().orElse(null));
      location(node.putObject("location"), d.location());
      node.put("pointer", d.pointer());
    }
    Json.write(root, out);
  }

  private static void revision(ObjectNode node, Revision revision) {
    node.put("source", revision.source());
    node.put("id", revision.id());
    node.put("version", revision.version());
  }

  private static void location(ObjectNode node, SourceLocation location) {
    node.put("file", location.file());
    node.put("line", location.line());
    node.put("column", location.column());
  }
}
