package dev.playbook.validator;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import dev.playbook.validator.check.Batch;
import dev.playbook.validator.check.VerdictText;
import dev.playbook.validator.report.FileResult;
import dev.playbook.validator.report.Report;
import dev.playbook.validator.report.TextReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code playbook check}: check one draft reply against a playbook and say what to do with it, or,
 * with {@code --batch}, a stream of drafts in JSON Lines.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Check a draft reply against a playbook: READY, REVISE, MOVE_TO_PRIVATE, DO_NOT_REPLY or"
            + " ESCALATE, with every finding underlined in the draft.",
        "With --batch, check one JSON object per line ({\"reply\": ..., \"inbound\": ...,"
            + " \"channel\": ...}) and write one verdict per line."},
    footer = {"", "Exit codes: 0 the draft is READY (with --batch: every line was checked),"
        + " 1 it is not (with --batch: a line was skipped), 2 usage or I/O error or an invalid"
        + " playbook."})
final class CheckCommand implements Callable<Integer> {

  /** The output formats of {@code check}. */
  enum CheckFormat {
    TEXT, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class FormatChoices extends Choices<CheckFormat> {
    FormatChoices() {
      super(CheckFormat.class);
    }
  }

  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-p", "--playbook"}, required = true, paramLabel = "PATH",
      description = "The playbook: a file, or a directory with playbook.yaml.")
  private Path playbook;

  @Option(names = {"-c", "--channel"}, paramLabel = "CHANNEL",
      description = "The channel the reply is for, as the playbook declares it (with --batch:"
          + " for lines without a channel).")
  private String channel;

  @Option(names = "--draft", paramLabel = "TEXT", description = "The draft reply.")
  private String draft;

  @Option(names = "--draft-file", paramLabel = "FILE",
      description = "Read the draft reply from FILE (UTF-8; - for standard input).")
  private String draftFile;

  @Option(names = "--inbound", paramLabel = "TEXT",
      description = "The customer's message, or the thread so far.")
  private String inbound;

  @Option(names = "--inbound-file", paramLabel = "FILE",
      description = "Read the customer's message from FILE (UTF-8; - for standard input).")
  private String inboundFile;

  @Option(names = "--customer-name", paramLabel = "NAME", description = "The customer's name.")
  private String customerName;

  @Option(names = "--locale", paramLabel = "TAG",
      description = "The language of the draft, such as en-GB.")
  private String locale;

  @Option(names = "--template", paramLabel = "ID",
      description = "The template the draft started from.")
  private String template;

  @Option(names = "--batch", paramLabel = "FILE",
      description = "Check every line of FILE (JSON Lines; - for standard input).")
  private String batch;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatChoices.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private CheckFormat format;

  /** The time verdicts are dated by, for reproducible output in tests; undocumented for users. */
  @Option(names = "--now", hidden = true, paramLabel = "INSTANT")
  private String now;

  @Override
  public Integer call() throws UserError {
    checkUsage();
    Clock clock = clock();
    Optional<CompiledPlaybook> engine = compile();
    if (engine.isEmpty()) {
      return ExitCodes.ERROR;
    }
    return batch != null ? batch(engine.get(), clock) : single(engine.get(), clock);
  }

  private void checkUsage() {
    if (batch != null) {
      List<String> single = List.of(
          draft != null ? "--draft" : "", draftFile != null ? "--draft-file" : "",
          inbound != null ? "--inbound" : "", inboundFile != null ? "--inbound-file" : "",
          customerName != null ? "--customer-name" : "", locale != null ? "--locale" : "",
          template != null ? "--template" : "");
      String given = String.join(" ", single).trim().replaceAll(" +", ", ");
      if (!given.isEmpty()) {
        throw usage("--batch reads each draft and its context from its lines; it cannot be"
            + " combined with " + given);
      }
      return;
    }
    if (draft == null && draftFile == null) {
      throw usage("give the draft with --draft TEXT, --draft-file FILE, or --batch FILE");
    }
    if (draft != null && draftFile != null) {
      throw usage("give the draft once: --draft or --draft-file, not both");
    }
    if (inbound != null && inboundFile != null) {
      throw usage("give the customer's message once: --inbound or --inbound-file, not both");
    }
    if ("-".equals(draftFile) && "-".equals(inboundFile)) {
      throw usage("only one of --draft-file and --inbound-file can read standard input");
    }
    if (channel == null) {
      throw usage("give the channel the reply is for with --channel");
    }
  }

  private Clock clock() {
    if (now == null) {
      return Clock.systemUTC();
    }
    try {
      return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw usage("--now must be an instant such as 2026-11-24T10:00:00Z, not '" + now + "'");
    }
  }

  /** The compiled playbook, or empty after printing why the playbook cannot be used. */
  private Optional<CompiledPlaybook> compile() {
    LoadResult result = Playbooks.load(playbook);
    if (result.isValid()) {
      return Optional.of(Playbooks.compile(result.orThrow()));
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      new TextReporter(false).write(
          new Report(main.tool(), List.of(FileResult.of(playbook.toString(), result))), err);
    } catch (IOException e) {
      throw new IllegalStateException("a PrintWriter does not throw", e);
    }
    err.println("playbook: cannot check drafts against an invalid playbook: " + playbook);
    return Optional.empty();
  }

  private int single(CompiledPlaybook engine, Clock clock) throws UserError {
    requireChannel(engine, channel);
    String draftText = draft != null ? draft : read(draftFile);
    String inboundText = inbound != null ? inbound : inboundFile != null ? read(inboundFile) : "";
    Draft.Builder builder = Draft.builder(channel, draftText).inbound(inboundText).clock(clock);
    if (customerName != null) {
      builder.customerName(customerName);
    }
    if (template != null) {
      builder.template(template);
    }
    if (locale != null) {
      try {
        builder.locale(new Locale.Builder().setLanguageTag(locale).build());
      } catch (IllformedLocaleException e) {
        throw usage("--locale must be a language tag such as en-GB, not '" + locale + "'");
      }
    }
    Verdict verdict = engine.check(builder.build());
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckFormat.JSON) {
      out.println(verdict.toJson());
    } else {
      new VerdictText(engine.playbook(), draftText, inboundText, name(draftFile, "draft"),
          name(inboundFile, "inbound")).write(verdict, out);
    }
    out.flush();
    return verdict.isReady() ? ExitCodes.OK : ExitCodes.NOT_READY;
  }

  private int batch(CompiledPlaybook engine, Clock clock) throws UserError {
    if (channel != null) {
      requireChannel(engine, channel);
    }
    Batch run = new Batch(engine, Optional.ofNullable(channel), clock,
        format == CheckFormat.JSON);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (InputStream in = "-".equals(batch) ? main.stdin() : Files.newInputStream(Path.of(batch))) {
      Batch.Summary summary = run.run(in, "-".equals(batch) ? "<stdin>" : batch, out, err);
      return summary.skipped() == 0 ? ExitCodes.OK : ExitCodes.NOT_READY;
    } catch (IOException e) {
      throw new UserError("cannot read " + batch + ": " + UserError.reason(e));
    }
  }

  private static void requireChannel(CompiledPlaybook engine, String channel) throws UserError {
    if (!engine.channels().contains(channel)) {
      throw new UserError("unknown channel '" + channel + "'; the playbook declares "
          + String.join(", ", engine.channels()));
    }
  }

  /**
   * A draft or message read from a file or standard input. One final line break is dropped: an
   * editor adds it, and the draft does not end with it (a signature must end the reply).
   */
  private String read(String file) throws UserError {
    try {
      String text;
      if ("-".equals(file)) {
        text = new String(main.stdin().readAllBytes(), StandardCharsets.UTF_8);
      } else {
        text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      }
      if (text.endsWith("\r\n")) {
        return text.substring(0, text.length() - 2);
      }
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (MalformedInputException e) {
      throw new UserError("cannot read " + file + ": not UTF-8");
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + UserError.reason(e));
    }
  }

  private static String name(String file, String fallback) {
    return file == null || "-".equals(file) ? fallback : file;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
