package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.LoadPipeline;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each {@code broken/NNN-name.yaml} is broken in exactly one documented way, and
 * {@code NNN-name.expected} holds the exact diagnostics, one compiler-style line each. A playbook
 * that extends others is a folder {@code broken/NNN-name/}: {@code brand/playbook.yaml} is loaded
 * from its file (so its bases resolve), the bases sit beside it, and {@code expected} holds the
 * diagnostics with file names from {@code broken/} on ({@code -Dgolden.update=true} rewrites them).
 */
class BrokenPlaybooksTest {

  /** Tests run on a fixed day so that review dates do not expire under them. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  /** Codes that need a limit or a file system state a fixture cannot express; LoaderTest covers them. */
  private static final Set<Code> COVERED_ELSEWHERE =
      EnumSet.of(Code.PB001, Code.PB002, Code.PB107, Code.PB209, Code.PB806);

  static Path brokenFolder() throws URISyntaxException {
    return Path.of(BrokenPlaybooksTest.class.getResource("/broken").toURI());
  }

  static List<Path> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(brokenFolder())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  static List<Path> composedFixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(brokenFolder())) {
      return files.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenPlaybookGivesExactlyItsDiagnostics() throws Exception {
    return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
      String name = fixture.getFileName().toString();
      byte[] bytes = Files.readAllBytes(fixture);
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
          .as("a fixture says at the top how it is broken")
          .startsWith("# Broken in one way: ");
      LoadResult result = new LoadPipeline(TODAY, LoadLimits.DEFAULTS).load(bytes, "broken/" + name);
      List<String> expected = Files.readAllLines(fixture.resolveSibling(name.replace(".yaml", ".expected")));
      assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactlyElementsOf(expected);
      assertThat(result.diagnostics()).isNotEmpty();
      String code = "PB" + name.substring(0, 3);
      assertThat(result.diagnostics()).extracting(Diagnostic::code).as("named after its code").contains(code);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenComposedPlaybookGivesExactlyItsDiagnostics() throws Exception {
    Path here = Path.of("").toAbsolutePath();
    String resources = here.relativize(brokenFolder().getParent()) + "/";
    return composedFixtures().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName() + "/", () -> {
      Path playbook = here.relativize(folder.resolve("brand/playbook.yaml"));
      assertThat(Files.readString(playbook)).as("a fixture says at the top how it is broken")
          .startsWith("# Broken in one way: ");
      LoadResult result = new LoadPipeline(TODAY, LoadLimits.DEFAULTS).load(playbook);
      List<String> actual = result.diagnostics().stream().map(d -> d.toString().replace(resources, "")).toList();
      if (Boolean.getBoolean("golden.update")) {
        Files.write(Path.of("src/test/resources/broken", folder.getFileName().toString(), "expected"), actual);
      }
      List<String> expected = Files.readAllLines(folder.resolve("expected"));
      assertThat(actual).containsExactlyElementsOf(expected);
      String code = "PB" + folder.getFileName().toString().substring(0, 3);
      assertThat(result.diagnostics()).extracting(Diagnostic::code).as("named after its code").contains(code);
    }));
  }

  @Test
  void everyCodeHasAFixtureOrAUnitTest() throws Exception {
    Set<String> fixtureCodes = Stream.concat(fixtures().stream(), composedFixtures().stream())
        .map(f -> "PB" + f.getFileName().toString().substring(0, 3)).collect(Collectors.toSet());
    Set<String> uncovered = Arrays.stream(Code.values())
        .filter(c -> !COVERED_ELSEWHERE.contains(c))
        .map(Code::name)
        .filter(c -> !fixtureCodes.contains(c))
        .collect(Collectors.toSet());
    assertThat(uncovered).isEmpty();
  }
}
