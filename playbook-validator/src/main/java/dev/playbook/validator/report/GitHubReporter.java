package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations on the
 * pull request's changed lines, then the summary as a plain log line:
 *
 * <pre>
 * ::error file=examples/retail-bank/playbook.yaml,line=14,col=7,title=PB302 unknown escalation path::unknown escalation path 'legal'
 * 1 error in 1 file
 * </pre>
 *
 * <p>The title, which GitHub shows as the annotation's heading, is the code and its title in
 * {@code docs/diagnostics.md}.
 *
 * <p>Escaping follows the Actions toolkit ({@code @actions/core} {@code command.ts}): in the message
 * {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; in properties {@code :} and
 * {@code ,} also become {@code %3A} and {@code %2C}.
 */
public final class GitHubReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (FileResult file : report.files()) {
      for (Diagnostic d : file.diagnostics()) {
        out.write("::" + d.severity().label()
            + " file=" + escapeProperty(d.location().file())
            + ",line=" + d.location().line()
            + ",col=" + d.location().column()
            + ",title=" + escapeProperty(title(d.code()))
            + "::" + escapeData(Messages.withHint(d)) + "\n");
      }
    }
    out.write(report.summary() + "\n");
  }

  /** The code and its title in the catalogue, or the code alone when the catalogue lacks it. */
  static String title(String code) {
    return Catalogue.title(code).map(t -> code + " " + t).orElse(code);
  }

  static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
