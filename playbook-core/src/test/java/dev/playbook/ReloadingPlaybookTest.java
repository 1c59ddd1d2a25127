package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Safe reload: the last good version serves until a valid new one is swapped in whole. */
@Timeout(60)
class ReloadingPlaybookTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final PlaybookLoader LOADER = Playbooks.loader().withClock(CLOCK);
  private static final String V1 = read();
  private static final String V2 = V1.replaceFirst("version: 2.4.0", "version: 2.5.0")
      .replaceFirst("- phrase: compensate\n", "- phrase: compensate\n        - phrase: promise\n");
  private static final String BROKEN = V1.replaceFirst("version: 2.4.0", "version: [2.4.0");

  @TempDir Path dir;
  Path file;
  final Recorder recorder = new Recorder();

  @BeforeEach
  void writeFirstVersion() throws IOException {
    file = dir.resolve("playbook.yaml");
    Files.writeString(file, V1);
    assertThat(V2).contains("phrase: promise").isNotEqualTo(V1);
  }

  @Test
  void aValidNewVersionIsSwappedIn() throws IOException {
    try (ReloadingPlaybook playbook = manual()) {
      CompiledPlaybook first = playbook.current();
      assertThat(version(first)).isEqualTo("2.4.0");

      Files.writeString(file, V2);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);

      assertThat(version(playbook.current())).isEqualTo("2.5.0");
      assertThat(recorder.reloaded).containsExactly(List.of(first, playbook.current()));
      assertThat(recorder.refused).isEmpty();
      assertThat(playbook.check(draft("We promise a refund")).audit().playbookVersion())
          .isEqualTo("2.5.0");
    }
  }

  @Test
  void theSameBytesAreNotSwapped() throws IOException {
    try (ReloadingPlaybook playbook = manual()) {
      CompiledPlaybook first = playbook.current();
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.UNCHANGED);
      assertThat(playbook.current()).isSameAs(first);
      assertThat(recorder.reloaded).isEmpty();
    }
  }

  @Test
  void anInvalidNewVersionIsRefusedAndTheOldOneKeepsServing() throws IOException {
    try (ReloadingPlaybook playbook = manual()) {
      CompiledPlaybook first = playbook.current();

      Files.writeString(file, BROKEN);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.REFUSED);

      assertThat(playbook.current()).isSameAs(first);
      assertThat(recorder.refused).hasSize(1);
      assertThat(recorder.refused.get(0)).anyMatch(d -> d.isError() && d.code().equals("PB101"));
      assertThat(playbook.check(draft("We guarantee a refund")).decision())
          .isEqualTo(Decision.REVISE);
    }
  }

  @Test
  void aDeletedFileIsRefusedToo() throws IOException {
    try (ReloadingPlaybook playbook = manual()) {
      Files.delete(file);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.REFUSED);
      assertThat(recorder.refused.get(0)).extracting(Diagnostic::code).containsExactly("PB001");
      assertThat(version(playbook.current())).isEqualTo("2.4.0");
    }
  }

  @Test
  void aValidVersionAfterAnInvalidOneRecovers() throws IOException {
    try (ReloadingPlaybook playbook = manual()) {
      CompiledPlaybook first = playbook.current();
      Files.writeString(file, BROKEN);
      playbook.reload();
      Files.writeString(file, V2);

      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);
      assertThat(version(playbook.current())).isEqualTo("2.5.0");
      assertThat(recorder.reloaded).containsExactly(List.of(first, playbook.current()));
    }
  }

  @Test
  void anInvalidFirstVersionThrowsWithEveryDiagnostic() throws IOException {
    Files.writeString(file, BROKEN);
    assertThatThrownBy(() -> ReloadingPlaybook.builder(file).loader(LOADER).watch(false).open())
        .isInstanceOfSatisfying(InvalidPlaybookException.class,
            e -> assertThat(e.diagnostics()).extracting(Diagnostic::code).contains("PB101"));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("playbook-reload-"));
  }

  @Test
  void aListenerThatThrowsCannotStopASwap() throws IOException {
    ReloadListener throwing = new ReloadListener() {
      @Override
      public void reloaded(CompiledPlaybook previous, CompiledPlaybook current,
          List<Diagnostic> warnings) {
        throw new IllegalStateException("listener bug");
      }
    };
    try (ReloadingPlaybook playbook =
        ReloadingPlaybook.builder(file).loader(LOADER).watch(false).listener(throwing).open()) {
      Files.writeString(file, V2);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);
      assertThat(version(playbook.current())).isEqualTo("2.5.0");
    }
  }

  /**
   * Checks running while versions come and go only ever see a whole version: every verdict equals
   * the verdict of one of the two valid versions, as checked without reloading.
   */
  @Test
  void concurrentChecksNeverSeeABrokenState() throws Exception {
    Draft draft = draft("We promise and guarantee a refund, going forward!");
    Verdict ofV1 = Playbooks.compile(LOADER.load(V1, file.toString()).orThrow()).check(draft);
    Verdict ofV2 = Playbooks.compile(LOADER.load(V2, file.toString()).orThrow()).check(draft);
    assertThat(ofV1).isNotEqualTo(ofV2);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicBoolean done = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(4);
    try (ReloadingPlaybook playbook = manual()) {
      List<Future<List<Verdict>>> checkers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        checkers.add(pool.submit(() -> {
          started.countDown();
          List<Verdict> wrong = new ArrayList<>();
          int checks = 0;
          while (!done.get() || checks == 0) {
            Verdict v = playbook.check(draft);
            checks++;
            if (!v.equals(ofV1) && !v.equals(ofV2)) {
              wrong.add(v);
            }
          }
          return wrong;
        }));
      }
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
      List<String> versions = List.of(V2, BROKEN, V1, BROKEN);
      for (int i = 0; i < 40; i++) {
        Files.writeString(file, versions.get(i % versions.size()));
        playbook.reload();
        assertThat(playbook.current()).isNotNull();
      }
      done.set(true);
      for (Future<List<Verdict>> checker : checkers) {
        assertThat(checker.get(30, TimeUnit.SECONDS)).isEmpty();
      }
      assertThat(recorder.reloaded).hasSize(20);
      assertThat(recorder.refused).hasSize(20);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDecisionLogGetsEveryVerdictAndCannotFailACheck() throws IOException {
    List<Verdict> logged = new CopyOnWriteArrayList<>();
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(file).loader(LOADER).watch(false)
        .decisionLog((d, v) -> logged.add(v)).open()) {
      Verdict v = playbook.check(draft("We guarantee it"));
      assertThat(logged).containsExactly(v);
    }
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(file).loader(LOADER).watch(false)
        .decisionLog((d, v) -> {
          throw new IllegalStateException("disk full");
        }).open()) {
      assertThat(playbook.check(draft("We guarantee it")).decision()).isEqualTo(Decision.REVISE);
    }
  }

  /** Watching is platform-dependent, so the wait is generous; the assertion is on the outcome. */
  @Test
  void aSavedFileIsPickedUpByTheWatcher() throws Exception {
    CountDownLatch swapped = new CountDownLatch(1);
    ReloadListener listener = new ReloadListener() {
      @Override
      public void reloaded(CompiledPlaybook previous, CompiledPlaybook current,
          List<Diagnostic> warnings) {
        swapped.countDown();
      }
    };
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(file).loader(LOADER)
        .debounce(Duration.ofMillis(50)).listener(listener).open()) {
      assertThat(playbook.isWatching()).isTrue();
      // As editors save: write a temporary file, then rename it over the playbook.
      Path temp = dir.resolve("playbook.yaml.tmp");
      Files.writeString(temp, V2);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

      assertThat(swapped.await(45, TimeUnit.SECONDS)).isTrue();
      assertThat(version(playbook.current())).isEqualTo("2.5.0");
    }
  }

  private Path brandExtending(String base) throws IOException {
    Path group = Files.createDirectories(dir.resolve("group")).resolve("playbook.yaml");
    Files.writeString(group, base);
    Path brand = Files.createDirectories(dir.resolve("brand")).resolve("playbook.yaml");
    Files.writeString(brand, """
        apiVersion: playbook.dev/v1
        kind: Playbook
        extends: [../group/playbook.yaml]
        metadata: {id: brand, title: Brand, version: 1.0.0, defaultLocale: en-GB, locales: [cy], reviewBy: 2027-05-01}
        """);
    return brand;
  }

  @Test
  void aChangedBaseIsPickedUpByReload() throws IOException {
    Path brand = brandExtending(V1);
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(brand).loader(LOADER).watch(false).open()) {
      assertThat(playbook.current().playbook().source().bases()).containsExactly(dir.resolve("group/playbook.yaml").toString());
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.UNCHANGED);
      assertThat(playbook.check(draft("We promise it")).findings()).extracting(Finding::ruleId)
          .doesNotContain("no-guarantees");
      Files.writeString(dir.resolve("group/playbook.yaml"), V2);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);
      assertThat(playbook.check(draft("We promise it")).findings()).extracting(Finding::ruleId)
          .contains("no-guarantees");
    }
  }

  /** Watching is platform-dependent, so the wait is generous; the assertion is on the outcome. */
  @Test
  void aSavedBaseInAnotherFolderIsPickedUpByTheWatcher() throws Exception {
    Path brand = brandExtending(V1);
    CountDownLatch swapped = new CountDownLatch(1);
    ReloadListener listener = new ReloadListener() {
      @Override
      public void reloaded(CompiledPlaybook previous, CompiledPlaybook current, List<Diagnostic> warnings) {
        swapped.countDown();
      }
    };
    try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(brand).loader(LOADER)
        .debounce(Duration.ofMillis(50)).listener(listener).open()) {
      assertThat(playbook.check(draft("We promise it")).findings()).extracting(Finding::ruleId)
          .doesNotContain("no-guarantees");
      Files.writeString(dir.resolve("group/playbook.yaml"), V2);
      assertThat(swapped.await(45, TimeUnit.SECONDS)).isTrue();
      assertThat(playbook.check(draft("We promise it")).findings()).extracting(Finding::ruleId)
          .contains("no-guarantees");
    }
  }

  @Test
  void closeStopsTheWatcherAndKeepsServing() throws IOException {
    ReloadingPlaybook playbook = ReloadingPlaybook.builder(file).loader(LOADER).open();
    assertThat(playbook.isWatching()).isTrue();
    assertThat(Thread.getAllStackTraces().keySet())
        .anyMatch(t -> t.getName().equals("playbook-reload-playbook.yaml") && t.isDaemon());

    playbook.close();
    playbook.close();

    assertThat(playbook.isWatching()).isFalse();
    assertThatThrownBy(playbook::reload).isInstanceOf(IllegalStateException.class);
    assertThat(playbook.check(draft("Thanks")).audit().playbookVersion()).isEqualTo("2.4.0");
  }

  @Test
  void aFolderIsReadLikeTheLoaderReadsIt() throws IOException {
    try (ReloadingPlaybook playbook =
        ReloadingPlaybook.builder(dir).loader(LOADER).watch(false).open()) {
      Files.writeString(file, V2);
      assertThat(playbook.reload()).isEqualTo(ReloadingPlaybook.Outcome.RELOADED);
    }
  }

  private ReloadingPlaybook manual() throws IOException {
    return ReloadingPlaybook.builder(file).loader(LOADER).watch(false).listener(recorder).open();
  }

  private static Draft draft(String text) {
    return Draft.builder("x", text).clock(CLOCK).build();
  }

  private static String version(CompiledPlaybook engine) {
    return engine.playbook().metadata().version();
  }

  private static String read() {
    try {
      return Files.readString(Path.of("../examples/retail-bank/playbook.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final class Recorder implements ReloadListener {
    final List<List<CompiledPlaybook>> reloaded = new CopyOnWriteArrayList<>();
    final List<List<Diagnostic>> refused = new CopyOnWriteArrayList<>();

    @Override
    public void reloaded(CompiledPlaybook previous, CompiledPlaybook current,
        List<Diagnostic> warnings) {
      reloaded.add(List.of(previous, current));
    }

    @Override
    public void refused(Path path, List<Diagnostic> diagnostics, CompiledPlaybook stillServing) {
      refused.add(diagnostics);
    }
  }
}
