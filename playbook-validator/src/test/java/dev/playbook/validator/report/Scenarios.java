package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import dev.playbook.Diagnostic.Severity;
import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reports every reporter is run through, by scenario name (the golden files' base name). */
final class Scenarios {

  static final Tool TOOL = new Tool("playbook", "1.2.3", "https://playbook.dev");

  /** A message with every character some format must escape, and text beyond ASCII. */
  static final String SPECIAL_MESSAGE = "tone rule <no-\"shouting\"> & 100% caps\nsecond line, key: value";
  static final String SPECIAL_HINT = "write “Sorry” — not \"SORRY!!\" 🙂";
  static final String SPECIAL_FILE = "playbooks/café, menu:v2.yaml";

  private Scenarios() {}

  static Map<String, Report> all() {
    return Map.of(
        "no-files", report(),
        "one-valid", report(new FileResult("examples/retail-bank/playbook.yaml", List.of())),
        "one-error", report(new FileResult("examples/retail-bank/playbook.yaml", List.of(
            error("PB302", "examples/retail-bank/playbook.yaml", 14, 7, "unknown escalation path 'legal'",
                "/topics/0/outcome/escalate", "did you mean 'legal-review'?")))),
        "many", report(
            new FileResult("playbooks/a-valid.yaml", List.of()),
            new FileResult("playbooks/b.yaml", List.of(
                error("PB201", "playbooks/b.yaml", 3, 1, "unknown property 'tone_of_voice'",
                    "/tone_of_voice", "did you mean 'tone'?"),
                warning("PB601", "playbooks/b.yaml", 5, 12, "the review date 2026-01-01 has passed",
                    "/metadata/reviewBy", null),
                error("PB302", "playbooks/b.yaml", 14, 7, "unknown escalation path 'legal'",
                    "/topics/0/outcome/escalate", "did you mean 'legal-review'?"))),
            new FileResult("playbooks/d.yaml", List.of(
                error("PB003", "playbooks/d.yaml", 1, 1, "the file is empty", "", null))),
            new FileResult("playbooks/sub/c.yml", List.of(
                warning("PB602", "playbooks/sub/c.yml", 40, 9, "template 'greeting' has no text for locale 'cy'",
                    "/templates/0/text", "add a 'cy' text or remove 'cy' from metadata.locales")))),
        "special-characters", report(
            new FileResult(SPECIAL_FILE, List.of(
                error("PB401", SPECIAL_FILE, 7, 3, SPECIAL_MESSAGE, "/tone/rules/0", SPECIAL_HINT),
                warning("PB601", SPECIAL_FILE, 9, 5, "Überprüfung fällig: 審査の期限 🗓", "/metadata/reviewBy",
                    null)))));
  }

  static Report report(FileResult... files) {
    return new Report(TOOL, List.of(files));
  }

  static Diagnostic error(String code, String file, int line, int column, String message, String pointer,
      String hint) {
    return new Diagnostic(code, Severity.ERROR, message, new SourceLocation(file, line, column), pointer,
        Optional.ofNullable(hint));
  }

  static Diagnostic warning(String code, String file, int line, int column, String message, String pointer,
      String hint) {
    return new Diagnostic(code, Severity.WARNING, message, new SourceLocation(file, line, column), pointer,
        Optional.ofNullable(hint));
  }
}
