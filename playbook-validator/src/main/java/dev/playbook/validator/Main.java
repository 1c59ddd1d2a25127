package dev.playbook.validator;

import dev.playbook.validator.report.Tool;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code playbook} command. Each subcommand is its own class, listed in {@code subcommands};
 * adding one (check, test, ...) means writing the class and adding it there.
 *
 * <p>Exit codes are the same for every subcommand: 0 success, 1 a playbook is invalid, 2 the
 * command could not do its job (usage error, I/O error, or a bug). A problem the user can fix is
 * one {@code playbook: ...} line on standard error, never a stack trace.
 */
@Command(
    name = "playbook",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Author, validate and enforce customer-service reply playbooks.",
    subcommands = {
      CheckCommand.class, ValidateCommand.class, TestCommand.class, DiffCommand.class,
      BacktestCommand.class, RenderCommand.class, SchemaCommand.class, HelpCommand.class
    },
    footer = {"",
        "Exit codes: 0 success (validate: valid; check: READY; test: every case passed;",
        "diff: no version-rule error;",
        "render: no error finding), 1 not, 2 usage or I/O error.",
        "Documentation: docs/cli.md"})
public final class Main implements Callable<Integer> {

  /** Where the SARIF report and {@code --help} send people to read more. */
  static final String INFORMATION_URI = "https://playbook.dev";

  private final Terminal terminal;
  private final InputStream stdin;

  @Spec
  private CommandSpec spec;

  private Main(Terminal terminal, InputStream stdin) {
    this.terminal = terminal;
    this.stdin = stdin;
  }

  /**
   * Runs the command with the process's arguments and exits with its exit code.
   *
   * @param args the command line, such as {@code validate examples/}
   */
  public static void main(String[] args) {
    CommandLine commandLine = commandLine(Terminal.detect());
    // UTF-8 whatever the platform: reports are read by CI tools, and playbooks are multilingual.
    commandLine.setOut(utf8(System.out));
    commandLine.setErr(utf8(System.err));
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /** The configured command line; tests set its output and error writers and call {@code execute}. */
  static CommandLine commandLine(Terminal terminal) {
    return commandLine(terminal, System.in);
  }

  /** The configured command line reading {@code -} (standard input) from {@code stdin}. */
  static CommandLine commandLine(Terminal terminal, InputStream stdin) {
    CommandLine commandLine = new CommandLine(new Main(terminal, stdin));
    commandLine.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("playbook: " + e.getMessage());
      UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.ERROR;
    });
    commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
      PrintWriter err = failed.getErr();
      if (e instanceof UserError userError) {
        userError.problems().forEach(problem -> err.println("playbook: " + problem));
      } else {
        err.println("playbook: internal error, please report it with the trace below: " + e);
        e.printStackTrace(err);
      }
      return ExitCodes.ERROR;
    });
    return commandLine;
  }

  /** {@code playbook} without a command: show what there is, and fail as any usage error does. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("playbook: missing command");
    spec.commandLine().usage(err);
    return ExitCodes.ERROR;
  }

  Terminal terminal() {
    return terminal;
  }

  InputStream stdin() {
    return stdin;
  }

  Tool tool() {
    return new Tool("playbook", Version.current(), INFORMATION_URI);
  }

  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
