package dev.playbook.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * A JSON document whose shape is fixed by {@code schemas/validate-report-v1.schema.json} and
 * documented in {@code docs/cli.md}. Every key is always present ({@code hint} is {@code null} when
 * there is none), so consumers never need to test for a missing key. Fields are only ever added
 * within version 1; a breaking change gets a new schema.
 */
public final class JsonReporter implements Reporter {

  /** The {@code $schema} of every report: it names the shape and its version. */
  public static final String SCHEMA_ID = "https://playbook.dev/schemas/validate-report-v1.schema.json";

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA_ID);
    root.putObject("tool")
        .put("name", report.tool().name())
        .put("version", report.tool().version());
    root.put("valid", report.isValid());
    root.putObject("summary")
        .put("files", report.files().size())
        .put("invalidFiles", report.invalidFileCount())
        .put("errors", report.errorCount())
        .put("warnings", report.warningCount());
    ArrayNode files = root.putArray("files");
    for (FileResult file : report.files()) {
      ObjectNode fileNode = files.addObject();
      fileNode.put("path", file.file());
      fileNode.put("valid", file.isValid());
      ArrayNode diagnostics = fileNode.putArray("diagnostics");
      for (Diagnostic d : file.diagnostics()) {
        ObjectNode node = diagnostics.addObject();
        node.put("code", d.code());
        node.put("severity", d.severity().label());
        node.put("message", d.message());
        node.put("hint", d.hint().orElse(null));
        node.putObject("location")
            .put("file", d.location().file())
            .put("line", d.location().line())
            .put("column", d.location().column());
        node.put("pointer", d.pointer());
      }
    }
    Json.write(root, out);
  }
}
