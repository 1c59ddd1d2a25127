package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example playbook compiles and checks drafts on each of its channels. */
class ExamplesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("../examples"))) {
      List<Path> files = dirs.map(d -> d.resolve("playbook.yaml")).filter(Files::isRegularFile)
          .sorted().toList();
      assertThat(files).isNotEmpty();
      return files.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyTemplateKeepsItsOwnPlaybookAndRendersInEveryLocale(Path file) {
    LoadResult result = Playbooks.loader().withClock(CLOCK).load(file);
    assertThat(result.diagnostics()).as("no template breaks its playbook").isEmpty();
    CompiledPlaybook engine = Playbooks.compile(result.orThrow());
    for (dev.playbook.model.Template t : engine.playbook().templates()) {
      java.util.Map<String, Object> examples = new java.util.HashMap<>();
      t.variables().forEach(v -> v.example().ifPresent(e -> examples.put(v.name(), e)));
      for (java.util.Locale locale : t.bodies().keySet()) {
        RenderedTemplate r = engine.render(t.id(), locale, examples);
        assertThat(r.locale()).isEqualTo(locale);
        assertThat(r.text()).doesNotContain("{{");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void compilesAndChecks(Path file) {
    CompiledPlaybook engine = Playbooks.compile(Playbooks.load(file).orThrow());
    assertThat(engine.channels()).isNotEmpty();
    for (String channel : engine.channels()) {
      Verdict clean = engine.check(Draft.builder(channel, "Hi Sam, thanks for your message.")
          .inbound("Hello, my order has not arrived.").clock(CLOCK).build());
      assertThat(clean.audit().playbookId()).isEqualTo(engine.playbook().metadata().id());
      assertThat(clean.audit().sha256()).matches("[0-9a-f]{64}");
      Verdict legal = engine.check(Draft.builder(channel, "We GUARANTEE it!!! {{name}}")
          .inbound("I will sue you and call my lawyer").clock(CLOCK).build());
      assertThat(legal.findings()).extracting(Finding::kind).contains("placeholder");
    }
  }
}
