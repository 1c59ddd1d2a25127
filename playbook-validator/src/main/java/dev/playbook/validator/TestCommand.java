package dev.playbook.validator;

import dev.playbook.Diagnostic;
import dev.playbook.validator.testing.TestFile;
import dev.playbook.validator.testing.TestFileReader;
import dev.playbook.validator.testing.TestFormat;
import dev.playbook.validator.testing.TestRun;
import dev.playbook.validator.testing.TestRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code playbook test}: run the test cases written beside a playbook ({@code playbook.test.yaml})
 * and report which rules, topics, escalation paths and templates no case exercises.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Run playbook tests: each case gives a customer's message and/or a draft reply and what"
            + " the playbook must decide. PATH is a test file (*.test.yaml), a playbook (its"
            + " sibling .test.yaml is run) or a folder (searched for *.test.yaml).",
        "Prints one line per failing case, the items no passing case covers, and a summary."},
    footer = {"", "Exit codes: 0 every case passed (and coverage is at least --min-coverage),"
        + " 1 not, 2 usage or I/O error or a test file or playbook that does not load.",
        "Documentation: docs/testing.md"})
final class TestCommand implements Callable<Integer> {

  static final class FormatChoices extends Choices<TestFormat> {
    FormatChoices() {
      super(TestFormat.class);
    }
  }

  /** {@code 5s}, {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT5S}. */
  static final class TimeoutConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

    @Override
    public Duration convert(String value) {
      Matcher m = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
      Duration d = null;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          default -> Duration.ofMinutes(n);
        };
      } else {
        try {
          d = Duration.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
          // reported below
        }
      }
      if (d == null || d.isNegative() || d.isZero()) {
        throw new TypeConversionException("'" + value + "' is not a time limit such as 5s or"
            + " 500ms");
      }
      return d;
    }
  }

  @ParentCommand
  private Main main;

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Test files, playbooks or folders.")
  private List<Path> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatChoices.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private TestFormat format;

  @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "5s",
      converter = TimeoutConverter.class,
      description = "Time limit of each case, such as 5s or 500ms; a case that takes longer is"
          + " an error (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  @Option(names = "--min-coverage", paramLabel = "PERCENT",
      description = "Fail (exit 1) when fewer than PERCENT of the rules, topics, escalation paths"
          + " and templates are covered by a passing case.")
  private Integer minCoverage;

  @Override
  public Integer call() throws UserError, IOException {
    if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--min-coverage must be a percentage from 0 to 100, not " + minCoverage);
    }
    PrintWriter err = spec.commandLine().getErr();
    TestFileReader reader = new TestFileReader();
    List<TestFile> files = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path path : find(paths)) {
      TestFileReader.Result result = reader.read(path);
      problems.addAll(result.diagnostics());
      result.file().ifPresent(files::add);
    }
    problems.forEach(err::println);
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      err.println("playbook: cannot run the tests until the problems above are fixed");
      return ExitCodes.ERROR;
    }
    TestRun run = new TestRunner(timeout).run(files,
        minCoverage == null ? OptionalInt.empty() : OptionalInt.of(minCoverage));
    PrintWriter out = spec.commandLine().getOut();
    format.reporter(main.tool()).write(run, out);
    out.flush();
    return run.succeeded() ? ExitCodes.OK : ExitCodes.NOT_READY;
  }

  /**
   * The test files the paths name: a test file as it is, the sibling {@code NAME.test.yaml} of a
   * playbook {@code NAME.yaml}, every {@code *.test.yaml} under a folder.
   */
  static List<Path> find(List<Path> inputs) throws UserError {
    return PlaybookPaths.find(inputs, PlaybookPaths::isTestFileName,
        "playbook tests (*.test.yaml, *.test.yml)",
        (file, problems) -> PlaybookPaths.isTestFileName(file.getFileName().toString())
            ? Optional.of(file) : sibling(file, problems));
  }

  private static Optional<Path> sibling(Path playbook, List<String> problems) {
    String name = playbook.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    for (String extension : List.of(".test.yaml", ".test.yml")) {
      Path test = playbook.resolveSibling(stem + extension);
      if (Files.isRegularFile(test)) {
        return Optional.of(test);
      }
    }
    problems.add("no tests for " + playbook + ": write them in "
        + playbook.resolveSibling(stem + ".test.yaml") + " (see docs/testing.md)");
    return Optional.empty();
  }
}
