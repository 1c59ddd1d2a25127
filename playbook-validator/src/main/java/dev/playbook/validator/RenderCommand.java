package dev.playbook.validator;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Diagnostic;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.RenderedTemplate;
import dev.playbook.TemplateException;
import dev.playbook.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code playbook render --playbook P --template ID [--locale L] [--channel C] --var name=value}:
 * print a template rendered with the given values, and with a channel, the engine's findings on it.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Render a template with values, as an agent would start a reply from it.",
        "With --channel, also check the rendered text as a draft on that channel."},
    footer = {"", "Exit codes: 0 rendered (and, with --channel, no error finding),"
        + " 1 the playbook is invalid or an error finding, 2 usage error or a bad value."})
final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = {"-p", "--playbook"}, required = true, paramLabel = "PATH",
      description = "The playbook file or directory.")
  private Path playbook;

  @Option(names = {"-t", "--template"}, required = true, paramLabel = "ID",
      description = "The template's id.")
  private String template;

  @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE",
      description = "The reply's locale, such as en-GB (default: the playbook's default locale).")
  private String locale;

  @Option(names = {"-c", "--channel"}, paramLabel = "CHANNEL",
      description = "Check the rendered text as a draft on this channel and print the findings.")
  private String channel;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "A variable's value, as written in the playbook's examples (12.50 GBP,"
          + " 2026-12-03); repeat for each variable.")
  private Map<String, String> values = new LinkedHashMap<>();

  @Override
  public Integer call() throws UserError {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult result = Playbooks.load(playbook);
    result.diagnostics().stream().map(Diagnostic::toString).forEach(err::println);
    if (!result.isValid()) {
      return ExitCodes.INVALID;
    }
    CompiledPlaybook engine = Playbooks.compile(result.orThrow());
    Locale reply = locale == null ? engine.playbook().metadata().defaultLocale()
        : Locale.forLanguageTag(locale);
    RenderedTemplate rendered;
    try {
      rendered = engine.render(template, reply, values);
    } catch (TemplateException e) {
      throw new UserError(e.getMessage());
    }
    out.println(rendered.text());
    if (channel == null) {
      return ExitCodes.OK;
    }
    if (!engine.channels().contains(channel)) {
      throw new UserError("unknown channel '" + channel + "'; the playbook declares: "
          + String.join(", ", engine.channels()));
    }
    Verdict verdict = engine.check(Draft.builder(channel, rendered.text()).locale(reply)
        .template(template).build());
    out.println();
    out.println("decision: " + verdict.decision().label());
    List<Finding> findings = verdict.findings();
    for (Finding f : findings) {
      out.println(f.severity().label() + " " + f.ruleId() + " (" + f.kind() + ") " + f.text().label()
          + f.span() + (f.matched().isEmpty() ? "" : " '" + f.matched() + "'") + ": " + f.message()
          + f.detail().map(d -> " (" + d + ")").orElse(""));
    }
    return findings.stream().anyMatch(Finding::isError) ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
