package dev.playbook.validator.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads: one run, the diagnostic codes that
 * occur as {@code tool.driver.rules} (each with its title from {@code docs/diagnostics.md} as
 * {@code shortDescription}, which code scanning shows as the alert's rule), one result per
 * diagnostic.
 *
 * <p>Relative paths become relative URIs with {@code uriBaseId} {@value #SRCROOT}, which GitHub
 * resolves against the repository root; so run {@code playbook} from the root of the checkout.
 * Absolute paths become {@code file:} URIs.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.tool().name());
    driver.put("version", report.tool().version());
    driver.put("informationUri", report.tool().informationUri());
    List<String> codes = report.codes();
    ArrayNode rules = driver.putArray("rules");
    for (String code : codes) {
      ObjectNode rule = rules.addObject().put("id", code);
      Catalogue.title(code).ifPresent(t -> rule.putObject("shortDescription").put("text", t));
    }
    ArrayNode results = run.putArray("results");
    for (FileResult fileResult : report.files()) {
      for (Diagnostic d : fileResult.diagnostics()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", d.code());
        result.put("ruleIndex", codes.indexOf(d.code()));
        result.put("level", d.isError() ? "error" : "warning");
        result.putObject("message").put("text", Messages.withHint(d));
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        String file = d.location().file();
        if (isAbsolute(file)) {
          artifact.put("uri", Path.of(file).toUri().toASCIIString());
        } else {
          artifact.put("uri", relativeUri(file));
          artifact.put("uriBaseId", SRCROOT);
        }
        physical.putObject("region")
            .put("startLine", d.location().line())
            .put("startColumn", d.location().column());
      }
    }
    Json.write(root, out);
  }

  private static boolean isAbsolute(String file) {
    try {
      return Path.of(file).isAbsolute();
    } catch (InvalidPathException e) {
      return false; // a source name such as "<stdin>" on Windows: not a path, so not absolute
    }
  }

  /** A relative URI reference for a relative path: forward slashes, percent-encoded. */
  static String relativeUri(String path) {
    String slashed = path.replace(File.separatorChar, '/');
    // "a:b.yaml" would read as a URI with the scheme "a"; "./a:b.yaml" is the same file.
    String firstSegment = slashed.split("/", 2)[0];
    if (firstSegment.contains(":")) {
      slashed = "./" + slashed;
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }
}
