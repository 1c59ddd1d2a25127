package dev.playbook.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playbook schema}: print a packaged JSON Schema, so editors and other tools can use it. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Print a JSON Schema (draft-07): the playbook DSL's (default) or the JSON report's.")
final class SchemaCommand implements Callable<Integer> {

  /** The schemas packaged at {@code dev/playbook/schemas/} (from the repository's {@code schemas/}). */
  enum Schema {
    PLAYBOOK("playbook-v1.schema.json"),
    VALIDATE_REPORT("validate-report-v1.schema.json"),
    DIFF_REPORT("diff-report-v1.schema.json"),
    PLAYBOOK_TEST("playbook-test-v1.schema.json"),
    TEST_REPORT("test-report-v1.schema.json"),
    BACKTEST_REPORT("backtest-report-v1.schema.json");

    private final String file;

    Schema(String file) {
      this.file = file;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Spec
  private CommandSpec spec;

  static final class SchemaChoices extends Choices<Schema> {
    SchemaChoices() {
      super(Schema.class);
    }
  }

  @Parameters(arity = "0..1", paramLabel = "NAME", defaultValue = "playbook",
      converter = SchemaChoices.class,
      description = "Which schema: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Schema schema;

  @Override
  public Integer call() throws IOException {
    String resource = "/dev/playbook/schemas/" + schema.file;
    try (InputStream in = SchemaCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the build");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
