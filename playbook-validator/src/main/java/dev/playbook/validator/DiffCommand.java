package dev.playbook.validator;

import dev.playbook.Diagnostic;
import dev.playbook.LoadResult;
import dev.playbook.validator.diff.DiffFormat;
import dev.playbook.validator.diff.PlaybookDiff;
import dev.playbook.validator.diff.PlaybookDiffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playbook diff OLD NEW}: what changed between two versions, and whether the version says so. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Compare two versions of a playbook by meaning: every change classified as breaking,"
            + " loosening, tightening or cosmetic, the owners who must approve it, and the version"
            + " rules on metadata.version (PB701-PB704).",
        "OLD and NEW are files, or git:REV:path for a file at a Git revision"
            + " (such as git:origin/main:examples/retail-bank/playbook.yaml)."},
    footer = {"", "Exit codes: 0 no version rule error, 1 a version rule error or an invalid playbook,"
        + " 2 usage, I/O or Git error.", "Documentation: docs/diff.md"})
final class DiffCommand implements Callable<Integer> {

  static final class FormatChoices extends Choices<DiffFormat> {
    FormatChoices() {
      super(DiffFormat.class);
    }
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version: a file, or git:REV:path.")
  private String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version: a file, or git:REV:path.")
  private String after;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatChoices.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private DiffFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  private Path output;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
      description = "The Git repository git:REV:path is read from (default: the current directory).")
  private Path repository;

  @Override
  public Integer call() throws UserError {
    LoadResult old = PlaybookSource.load(before, repository);
    LoadResult now = PlaybookSource.load(after, repository);
    if (!old.isValid() || !now.isValid()) {
      PrintWriter err = spec.commandLine().getErr();
      for (var side : java.util.List.of(java.util.Map.entry(before, old), java.util.Map.entry(after, now))) {
        if (!side.getValue().isValid()) {
          err.println("playbook: " + side.getKey() + " is not a valid playbook; nothing was compared");
          side.getValue().errors().stream().map(Diagnostic::toString).forEach(err::println);
        }
      }
      err.flush();
      return ExitCodes.INVALID;
    }
    PlaybookDiff diff = PlaybookDiffer.diff(old.orThrow(), now.orThrow());
    write(diff);
    return diff.version().passed() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private void write(PlaybookDiff diff) throws UserError {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        format.renderer().write(diff, out);
      } catch (IOException e) {
        throw new IllegalStateException("a PrintWriter does not throw", e);
      }
      out.flush();
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.renderer().write(diff, out);
    } catch (IOException e) {
      throw new UserError("cannot write " + output + ": " + UserError.reason(e));
    }
  }
}
