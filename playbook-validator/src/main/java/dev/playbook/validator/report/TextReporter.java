package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text, one line per diagnostic and a summary line:
 *
 * <pre>
 * examples/retail-bank/playbook.yaml:14:7: error PB302 unknown escalation path 'legal' (did you mean 'legal-review'?)
 * 1 error in 1 file
 * </pre>
 *
 * <p>Editors and terminals turn {@code file:line:col} into links, so that prefix is kept intact: a
 * line break inside a message continues on an indented line, and other control characters are
 * shown as {@code \}{@code uXXXX} so a playbook cannot send escape sequences to the terminal.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[1;33m";
  private static final String GREEN = "\u001B[1;32m";

  private final boolean colour;

  /** @param colour whether to colour severities and the summary with ANSI escapes */
  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (FileResult file : report.files()) {
      for (Diagnostic d : file.diagnostics()) {
        out.write(paint(BOLD, d.location() + ":") + " "
            + paint(d.isError() ? RED : YELLOW, d.severity().label()) + " "
            + d.code() + " " + printable(Messages.withHint(d)) + "\n");
      }
    }
    String summaryColour = report.errorCount() > 0 ? RED : report.warningCount() > 0 ? YELLOW : GREEN;
    out.write(paint(summaryColour, report.summary()) + "\n");
  }

  private String paint(String ansi, String text) {
    return colour ? ansi + text + RESET : text;
  }

  private static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        sb.append("\n    ");
      } else if (Character.isISOControl(c) && c != '\t') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
