package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Temporary Git repositories for the {@code git:REV:path} tests. */
final class TestGit {

  private TestGit() {}

  /** Skips the test when git is not on the PATH. */
  static void requireGit() {
    boolean present;
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      present = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      present = false;
    }
    Assumptions.assumeTrue(present, "git is not on the PATH: skipping the git:REV:path tests");
  }

  /** Runs git in the repository, failing the test if it fails; the identity and signing are fixed. */
  static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test",
        "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
  }

  /**
   * A new repository holding {@code group-baseline/} and {@code brand-uk/} (which extends it) from
   * {@code examples/}, committed.
   */
  static void commitComposedExample(Path repo) throws IOException, InterruptedException {
    git(repo, "init", "-q");
    for (String example : List.of("group-baseline", "brand-uk")) {
      Files.createDirectories(repo.resolve(example));
      Files.copy(Path.of("../examples", example, "playbook.yaml"), repo.resolve(example + "/playbook.yaml"));
    }
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "composed");
  }

  /** Replaces text in the working copy of the group baseline. */
  static void changeTheBaseline(Path repo, String from, String to) throws IOException {
    Path baseline = repo.resolve("group-baseline/playbook.yaml");
    String text = Files.readString(baseline, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(baseline, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
