package dev.playbook.internal.validate;

import dev.playbook.Diagnostic;
import dev.playbook.LoadLimits;
import dev.playbook.internal.load.Problems;
import dev.playbook.internal.load.YamlDocument;
import dev.playbook.internal.load.YamlReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs one semantic pass on a YAML snippet, as the pipeline would. */
final class Passes {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  private Passes() {}

  /** The pass's diagnostics as {@code line:col CODE message (hint)}. */
  @SuppressWarnings("unchecked")
  static List<String> run(SemanticPass pass, String yaml) {
    Problems problems = new Problems();
    YamlDocument document = new YamlReader(LoadLimits.DEFAULTS).read(yaml, "t.yaml", problems).orElseThrow();
    if (problems.hasErrors()) {
      throw new IllegalArgumentException("fixture does not parse: " + problems.all());
    }
    pass.run(new PassContext((Map<String, Object>) document.root(), document.index(), problems, TODAY));
    return problems.all().stream().map(Passes::line).collect(Collectors.toList());
  }

  private static String line(Diagnostic d) {
    return d.location().line() + ":" + d.location().column() + " " + d.code() + " " + d.message()
        + d.hint().map(h -> " (" + h + ")").orElse("");
  }
}
