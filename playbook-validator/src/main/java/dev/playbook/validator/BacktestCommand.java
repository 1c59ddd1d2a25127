package dev.playbook.validator;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Diagnostic;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.model.Channel;
import dev.playbook.model.Visibility;
import dev.playbook.validator.backtest.Backtest;
import dev.playbook.validator.backtest.BacktestFormat;
import dev.playbook.validator.backtest.BacktestReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code playbook backtest --base OLD --head NEW CORPUS}: what a playbook change would have done to
 * past replies.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Run two versions of a playbook over a corpus of past replies and report what the change"
            + " would do: decisions before and after, the replies that flip and the rules behind"
            + " them, escalation volume per path and team, rules that never fire or fire on most"
            + " replies.",
        "CORPUS is JSON Lines, one reply per line: {\"reply\": ..., \"inbound\": ...} with"
            + " optional \"channel\", \"locale\", \"id\" (- for standard input). OLD and NEW are"
            + " files, or git:REV:path for a file at a Git revision."},
    footer = {"", "Exit codes: 0 the report was written (skipped lines are listed in it),"
        + " 1 a version is not a valid playbook, 2 usage or I/O error.",
        "Documentation: docs/backtest.md"})
final class BacktestCommand implements Callable<Integer> {

  static final class FormatChoices extends Choices<BacktestFormat> {
    FormatChoices() {
      super(BacktestFormat.class);
    }
  }

  /** How often progress is written on standard error during a long run. */
  private static final long PROGRESS_NANOS = 2_000_000_000L;

  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Option(names = "--base", required = true, paramLabel = "OLD",
      description = "The playbook before the change: a file, or git:REV:path.")
  private String base;

  @Option(names = "--head", required = true, paramLabel = "NEW",
      description = "The playbook after the change: a file, or git:REV:path.")
  private String head;

  @Parameters(index = "0", paramLabel = "CORPUS",
      description = "Past replies, JSON Lines (- for standard input).")
  private String corpus;

  @Option(names = {"-c", "--channel"}, paramLabel = "CHANNEL",
      description = "The channel of lines without a \"channel\" field (default: the first public"
          + " channel both versions declare).")
  private String channel;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatChoices.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private BacktestFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  private Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads checking replies (default: one per core).")
  private Integer threads;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "5",
      description = "Sample flips shown per kind of flip (default: ${DEFAULT-VALUE}).")
  private int samples;

  @Option(names = "--noisy-threshold", paramLabel = "SHARE", defaultValue = "0.5",
      description = "A rule that fires on at least this share of replies is listed as noisy"
          + " (default: ${DEFAULT-VALUE}).")
  private double noisyThreshold;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
      description = "The Git repository git:REV:path is read from (default: the current directory).")
  private Path repository;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  private boolean quiet;

  /** The time replies are checked at, for reproducible runs in tests; undocumented for users. */
  @Option(names = "--now", hidden = true, paramLabel = "INSTANT")
  private String now;

  @Override
  public Integer call() throws UserError {
    checkUsage();
    Optional<CompiledPlaybook> before = compile(base);
    Optional<CompiledPlaybook> after = compile(head);
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCodes.INVALID;
    }
    String defaultChannel = channel != null ? channel : defaultChannel(before.get(), after.get());
    Backtest backtest;
    try {
      backtest = new Backtest(new Backtest.Version(base, before.get()),
          new Backtest.Version(head, after.get()), new Backtest.Options(defaultChannel,
              threads != null ? threads : Runtime.getRuntime().availableProcessors(), samples,
              noisyThreshold, clock()));
    } catch (IllegalArgumentException e) {
      throw new UserError("--channel: " + e.getMessage());
    }
    String name = "-".equals(corpus) ? "<stdin>" : corpus;
    BacktestReport report;
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try (InputStream in = "-".equals(corpus) ? main.stdin() : Files.newInputStream(Path.of(corpus))) {
      report = backtest.run(new BufferedInputStream(in, 1 << 16), name, progress(err, start));
    } catch (IOException e) {
      throw new UserError("cannot read " + corpus + ": " + UserError.reason(e));
    }
    report.skipped().forEach(s -> err.println("playbook: " + name + ":" + s.line() + ": skipped: "
        + s.reason()));
    if (report.skippedCount() > report.skipped().size()) {
      err.println("playbook: " + (report.skippedCount() - report.skipped().size())
          + " more lines skipped");
    }
    if (!quiet && System.nanoTime() - start >= PROGRESS_NANOS) {
      err.printf(Locale.ROOT, "playbook: backtest: %d lines in %.1f s%n", report.lines(),
          (System.nanoTime() - start) / 1e9);
    }
    err.flush();
    write(report);
    return ExitCodes.OK;
  }

  private void checkUsage() {
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw usage("--threads must be between 1 and 1024, not " + threads);
    }
    if (samples < 0) {
      throw usage("--samples must be 0 or more, not " + samples);
    }
    if (!(noisyThreshold > 0 && noisyThreshold <= 1)) {
      throw usage("--noisy-threshold must be a share above 0 and at most 1, such as 0.5, not "
          + noisyThreshold);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private Clock clock() {
    if (now == null) {
      return Clock.fixed(Instant.now(), ZoneOffset.UTC);
    }
    try {
      return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException e) {
      throw usage("--now must be an instant such as 2026-11-24T10:00:00Z, not '" + now + "'");
    }
  }

  /** The compiled playbook, or empty after printing why the playbook cannot be used. */
  private Optional<CompiledPlaybook> compile(String argument) throws UserError {
    LoadResult result = PlaybookSource.load(argument, repository);
    if (result.isValid()) {
      return Optional.of(Playbooks.compile(result.orThrow()));
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("playbook: " + argument + " is not a valid playbook; nothing was backtested");
    result.errors().stream().map(Diagnostic::toString).forEach(err::println);
    err.flush();
    return Optional.empty();
  }

  /** The first public channel both versions declare, in the head's order; else the first shared one. */
  private static String defaultChannel(CompiledPlaybook before, CompiledPlaybook after)
      throws UserError {
    List<Channel> shared = after.playbook().channels().stream()
        .filter(c -> before.channels().contains(c.id())).toList();
    return shared.stream().filter(c -> c.visibility() == Visibility.PUBLIC).findFirst()
        .or(() -> shared.stream().findFirst()).map(Channel::id)
        .orElseThrow(() -> new UserError("the two versions declare no channel in common;"
            + " give the channel of the corpus with --channel"));
  }

  private Backtest.Progress progress(PrintWriter err, long start) {
    if (quiet) {
      return (lines, skipped) -> { };
    }
    long[] next = {start + PROGRESS_NANOS};
    return (lines, skipped) -> {
      long t = System.nanoTime();
      if (t >= next[0]) {
        next[0] = t + PROGRESS_NANOS;
        err.printf(Locale.ROOT, "playbook: backtest: %d lines (%d skipped), %.0f lines/s%n", lines,
            skipped, lines / ((t - start) / 1e9));
        err.flush();
      }
    };
  }

  private void write(BacktestReport report) throws UserError {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        format.write(report, out);
      } catch (IOException e) {
        throw new IllegalStateException("a PrintWriter does not throw", e);
      }
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      format.write(report, out);
    } catch (IOException e) {
      throw new UserError("cannot write " + output + ": " + UserError.reason(e));
    }
  }
}
