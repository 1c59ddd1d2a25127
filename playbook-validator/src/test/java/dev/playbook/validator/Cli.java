package dev.playbook.validator;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code playbook} command in-process, capturing what it prints. */
final class Cli {

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    return run(Terminal.PLAIN, args);
  }

  static Run run(Terminal terminal, String... args) {
    return run(terminal, new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs with {@code stdin} as standard input. */
  static Run run(Terminal terminal, InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(terminal, stdin);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
