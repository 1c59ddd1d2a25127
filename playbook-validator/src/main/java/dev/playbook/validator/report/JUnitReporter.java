package dev.playbook.validator.report;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * JUnit XML in the shape Maven Surefire writes and Jenkins, GitLab and most CI servers read: one
 * {@code <testsuite>}, one {@code <testcase>} per file (named by its path), one {@code <failure>} per
 * error, and the warnings as the test case's {@code <system-out>}.
 *
 * <p>Valid against Surefire's own schema ({@code surefire-test-report.xsd}), which requires a
 * {@code time} on every test case: validation is not timed, so it is always {@code 0}, which readers
 * show as no time at all. Characters XML 1.0 cannot carry (most control characters) become U+FFFD.
 */
public final class JUnitReporter implements Reporter {

  /** The {@code classname} of every test case; Jenkins shows it as package {@code playbook}. */
  static final String CLASS_NAME = "playbook.validate";

  @Override
  public void write(Report report, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuite name=\"" + CLASS_NAME + "\" tests=\"" + report.files().size()
        + "\" failures=\"" + report.invalidFileCount() + "\" errors=\"0\" skipped=\"0\">\n");
    for (FileResult file : report.files()) {
      String open = "  <testcase classname=\"" + CLASS_NAME + "\" name=\"" + escape(file.file()) + "\" time=\"0\"";
      if (file.diagnostics().isEmpty()) {
        out.write(open + "/>\n");
        continue;
      }
      out.write(open + ">\n");
      StringBuilder warnings = new StringBuilder();
      for (Diagnostic d : file.diagnostics()) {
        String line = d.location() + ": " + d.severity().label() + " " + d.code() + " " + Messages.withHint(d);
        if (d.isError()) {
          out.write("    <failure type=\"" + escape(d.code()) + "\" message=\""
              + escape(Messages.withHint(d)) + "\">" + escape(line) + "</failure>\n");
        } else {
          warnings.append(line).append('\n');
        }
      }
      if (!warnings.isEmpty()) {
        out.write("    <system-out>" + escape(warnings.toString()) + "</system-out>\n");
      }
      out.write("  </testcase>\n");
    }
    out.write("</testsuite>\n");
  }

  /**
   * Escapes text for both attributes and element content. Line breaks and tabs become character
   * references, because XML parsers turn literal ones in attributes into spaces.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if (isXmlChar(c)) {
            sb.appendCodePoint(c);
          } else {
            sb.append('\uFFFD');
          }
        }
      }
    }
    return sb.toString();
  }

  /** XML 1.0's {@code Char} production, minus the whitespace handled above. */
  private static boolean isXmlChar(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
