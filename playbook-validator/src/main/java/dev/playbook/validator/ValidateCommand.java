package dev.playbook.validator;

import dev.playbook.Playbooks;
import dev.playbook.validator.report.FileResult;
import dev.playbook.validator.report.Format;
import dev.playbook.validator.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code playbook validate PATH...}: load every playbook and report every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Validate playbooks and report every problem with file:line:col, a stable code and a hint.",
        "Directories are searched recursively for *.yaml and *.yml files, except playbook tests"
            + " (*.test.yaml), hidden files and directories, target/ and node_modules/."},
    footer = {"", "Exit codes: 0 every playbook valid (warnings allowed unless --strict),"
        + " 1 a playbook is invalid, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

  /** When to colour text output. */
  enum ColorMode {
    AUTO, ALWAYS, NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class FormatChoices extends Choices<Format> {
    FormatChoices() {
      super(Format.class);
    }
  }

  static final class ColorChoices extends Choices<ColorMode> {
    ColorChoices() {
      super(ColorMode.class);
    }
  }

  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Playbook files or directories.")
  private List<Path> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatChoices.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  private Path output;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  private boolean strict;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      converter = ColorChoices.class,
      description = "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE};"
          + " auto colours a terminal unless NO_COLOR is set).")
  private ColorMode color;

  @Override
  public Integer call() throws UserError {
    List<FileResult> results = PlaybookPaths.find(paths).stream()
        .map(file -> FileResult.of(file.toString(), Playbooks.load(file)))
        .toList();
    Report report = new Report(main.tool(), results);
    write(report);
    if (!report.isValid()) {
      return ExitCodes.INVALID;
    }
    if (strict && report.warningCount() > 0) {
      spec.commandLine().getErr().println("playbook: failing on warnings (--strict)");
      return ExitCodes.INVALID;
    }
    return ExitCodes.OK;
  }

  private void write(Report report) throws UserError {
    boolean colour = color == ColorMode.ALWAYS
        || (color == ColorMode.AUTO && output == null && main.terminal().colour());
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        format.reporter(colour).write(report, out);
      } catch (IOException e) {
        throw new IllegalStateException("a PrintWriter does not throw", e);
      }
      out.flush();
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.reporter(colour).write(report, out);
    } catch (IOException e) {
      throw new UserError("cannot write " + output + ": " + UserError.reason(e));
    }
  }
}
