package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import dev.playbook.validator.consumers.WorkflowCommands;
import dev.playbook.validator.consumers.WorkflowCommands.Command;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escaping as the Actions toolkit does it, and every annotation read back by the runner's own
 * grammar ({@link WorkflowCommands}) as exactly the diagnostic it came from.
 */
class GitHubReporterTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        // text, as a message, as a property
        Arguments.of("plain", "plain", "plain"),
        Arguments.of("100% sure", "100%25 sure", "100%25 sure"),
        Arguments.of("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
        Arguments.of("key: value, more", "key: value, more", "key%3A value%2C more"),
        Arguments.of("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
        Arguments.of("a::b", "a::b", "a%3A%3Ab"),
        Arguments.of("x=1,y=2", "x=1,y=2", "x=1%2Cy=2"),
        Arguments.of("café 🙂", "café 🙂", "café 🙂"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesMessagesAndProperties(String text, String data, String property) {
    assertThat(GitHubReporter.escapeData(text)).isEqualTo(data);
    assertThat(GitHubReporter.escapeProperty(text)).isEqualTo(property);
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void theRunnerReadsBackWhatWasEscaped(String text) {
    String line = "::error file=" + GitHubReporter.escapeProperty(text) + ",line=1,col=1,title="
        + GitHubReporter.escapeProperty(text) + "::" + GitHubReporter.escapeData(text);
    Command command = WorkflowCommands.parse(line).orElseThrow();
    assertThat(command.properties()).containsEntry("file", text).containsEntry("title", text);
    assertThat(command.message()).isEqualTo(text);
  }

  static Stream<String> scenarios() {
    return Scenarios.all().keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyDiagnosticIsOneAnnotationTheRunnerReadsBackExactly(String scenario) throws Exception {
    Report report = Scenarios.all().get(scenario);
    String output = ReporterContractTest.render(new GitHubReporter(), report);
    assertThat(WorkflowCommands.problems(output, null)).isEmpty();

    List<Command> commands = output.lines().map(WorkflowCommands::parse).flatMap(Optional::stream).toList();
    List<Diagnostic> diagnostics = report.files().stream().flatMap(f -> f.diagnostics().stream()).toList();
    assertThat(commands).hasSameSizeAs(diagnostics);
    for (int i = 0; i < commands.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      assertThat(commands.get(i)).isEqualTo(new Command(d.severity().label(), Map.of(
          "file", d.location().file(),
          "line", Integer.toString(d.location().line()),
          "col", Integer.toString(d.location().column()),
          "title", GitHubReporter.title(d.code())), Messages.withHint(d)));
    }
    // The summary is a plain log line, never mistaken for a command.
    assertThat(output.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(report.summary());
  }

  static Stream<Arguments> notAnnotations() {
    return Stream.of(
        Arguments.of("::info file=a.yaml,line=1::x", "unknown command 'info'"),
        Arguments.of("::error file=a.yaml,line=0,col=1::x", "line is not a positive number"),
        Arguments.of("::error file=a.yaml,column=3::x", "unknown property 'column'"),
        Arguments.of("::error line=3::x", "no file"),
        Arguments.of("::error file=a.yaml,line=3::", "empty message"),
        Arguments.of("::error file=a.yaml", "is no command"));
  }

  @ParameterizedTest
  @MethodSource("notAnnotations")
  void theConsumerRejectsWhatGitHubWouldNotShowAsMeant(String line, String problem) {
    assertThat(WorkflowCommands.problems(line + "\n", null)).singleElement().asString().contains(problem);
  }
}
