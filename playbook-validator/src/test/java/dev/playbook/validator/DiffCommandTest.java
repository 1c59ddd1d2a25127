package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.validator.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbook diff} end to end: arguments, exit codes, output files and the git: form. */
class DiffCommandTest {

  private static final Path CASES = Path.of("src/test/resources/diff");

  private static String fixture(String name, String file) {
    return CASES.resolve(name).resolve(file).toString();
  }

  /** The fixture with its version replaced, written to a temporary folder. */
  private static String withVersion(Path dir, String name, String file, String version) throws IOException {
    Path target = dir.resolve(name + "-" + file);
    Files.writeString(target, Files.readString(Path.of(fixture(name, file)), StandardCharsets.UTF_8)
        .replace("  version: 1.0.0\n", "  version: " + version + "\n"), StandardCharsets.UTF_8);
    return target.toString();
  }

  @Test
  void noChangePasses() {
    Run run = Cli.run("diff", fixture("no-change-formatting", "old.yaml"), fixture("no-change-formatting", "new.yaml"));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("no changes", "result: pass");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aContentChangeWithoutABumpFails(@TempDir Path dir) throws IOException {
    Run run = Cli.run("diff", withVersion(dir, "loosening-deadline-lengthened", "old.yaml", "1.0.0"),
        withVersion(dir, "loosening-deadline-lengthened", "new.yaml", "1.0.0"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error PB701", "result: fail");
  }

  @Test
  void aBreakingChangeWithoutAMajorBumpFails(@TempDir Path dir) throws IOException {
    Run run = Cli.run("diff", withVersion(dir, "breaking-channel-removed", "old.yaml", "1.0.0"),
        withVersion(dir, "breaking-channel-removed", "new.yaml", "1.1.0"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("error PB702");
  }

  @Test
  void theRightBumpsPass(@TempDir Path dir) throws IOException {
    for (List<String> c : List.of(List.of("breaking-channel-removed", "2.0.0"),
        List.of("loosening-deadline-lengthened", "1.1.0"), List.of("cosmetic-wording", "1.0.1"))) {
      Run run = Cli.run("diff", withVersion(dir, c.get(0), "old.yaml", "1.0.0"),
          withVersion(dir, c.get(0), "new.yaml", c.get(1)));
      assertThat(run.exitCode()).as(c.get(0) + " " + run.out()).isEqualTo(0);
    }
  }

  @Test
  void aLooseningChangeWithOnlyAPatchBumpWarnsAndPasses(@TempDir Path dir) throws IOException {
    Run run = Cli.run("diff", withVersion(dir, "loosening-deadline-lengthened", "old.yaml", "1.0.0"),
        withVersion(dir, "loosening-deadline-lengthened", "new.yaml", "1.0.1"));
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("warning PB703", "result: pass");
  }

  @Test
  void writesJsonAndMarkdownToAFile(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("diff.json");
    Run run = Cli.run("diff", "--format", "json", "--output", json.toString(),
        fixture("breaking-channel-removed", "old.yaml"), fixture("breaking-channel-removed", "new.yaml"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(json)).contains("\"category\": \"breaking\"", "\"code\": \"PB701\"");
    Run markdown = Cli.run("diff", "-f", "markdown",
        fixture("breaking-channel-removed", "old.yaml"), fixture("breaking-channel-removed", "new.yaml"));
    assertThat(markdown.out()).startsWith("## Playbook diff: `shop` 1.0.0 → 1.0.0");
  }

  @Test
  void anInvalidPlaybookPrintsItsDiagnosticsAndFails(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "apiVersion: playbook.dev/v1\nkind: Playbook\n");
    Run run = Cli.run("diff", fixture("cosmetic-wording", "old.yaml"), broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("is not a valid playbook", "error PB202");
  }

  @Test
  void usageAndIoErrorsExitWith2(@TempDir Path dir) {
    String old = fixture("cosmetic-wording", "old.yaml");
    assertThat(Cli.run("diff", old).exitCode()).isEqualTo(2);
    assertThat(Cli.run("diff", "--format", "sarif", old, old).err()).contains("expected one of text, json, markdown");
    Run missing = Cli.run("diff", old, dir.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory").doesNotContain("Exception");
    Run unwritable = Cli.run("diff", "--output", dir.resolve("no/such/dir/out.txt").toString(), old, old);
    assertThat(unwritable.exitCode()).isEqualTo(2);
    assertThat(unwritable.err()).contains("cannot write");
  }

  @Test
  void aMalformedGitSourceIsAUsageError() {
    String old = fixture("cosmetic-wording", "old.yaml");
    Run run = Cli.run("diff", "git:HEAD", old);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not of the form git:REV:path");
    Run option = Cli.run("diff", "git:--output=x:playbook.yaml", old);
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("is not a Git revision");
  }

  @Test
  void schemaPrintsTheDiffReportSchema() throws IOException {
    Run run = Cli.run("schema", "diff-report");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("../schemas/diff-report-v1.schema.json"), StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommand() {
    assertThat(Cli.run("--help").out()).contains("diff");
    assertThat(Cli.run("diff", "--help").out()).contains("git:REV:path", "--format", "--repo", "Exit codes");
  }

  @Nested
  class AgainstAGitRepository {

    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
      TestGit.git(repo, args);
    }

    private void commitFixture(String name, String file) throws Exception {
      Files.copy(Path.of(fixture(name, file)), repo.resolve("playbook.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      git("add", "playbook.yaml");
      git("commit", "-q", "-m", file);
    }

    private void requireGit() {
      TestGit.requireGit();
    }

    @Test
    void diffsTheCommittedVersionAgainstTheWorkingFile() throws Exception {
      requireGit();
      git("init", "-q");
      commitFixture("loosening-deadline-lengthened", "old.yaml");
      Files.copy(Path.of(fixture("loosening-deadline-lengthened", "new.yaml")), repo.resolve("playbook.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Run run = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:playbook.yaml",
          repo.resolve("playbook.yaml").toString());
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("playbook diff: HEAD:playbook.yaml (shop 1.0.0)",
          "deadline of tier 1 'Team leader' in escalation path 'legal-review' lengthened from PT30M to PT1H",
          "error PB701");
    }

    @Test
    void diffsTwoRevisions() throws Exception {
      requireGit();
      git("init", "-q");
      commitFixture("breaking-channel-removed", "old.yaml");
      commitFixture("breaking-channel-removed", "new.yaml");
      Run run = Cli.run("diff", "--repo", repo.toString(), "--format", "json",
          "git:HEAD~1:playbook.yaml", "git:HEAD:playbook.yaml");
      assertThat(run.out()).contains("\"source\": \"HEAD~1:playbook.yaml\"",
          "\"file\": \"HEAD~1:playbook.yaml\"", "channel 'chat' removed");
    }

    @Test
    void aMissingRevisionOrPathIsAClearError() throws Exception {
      requireGit();
      git("init", "-q");
      commitFixture("cosmetic-wording", "old.yaml");
      String file = repo.resolve("playbook.yaml").toString();
      Run badRevision = Cli.run("diff", "--repo", repo.toString(), "git:no-such-branch:playbook.yaml", file);
      assertThat(badRevision.exitCode()).isEqualTo(2);
      assertThat(badRevision.err()).startsWith("playbook: cannot read git:no-such-branch:playbook.yaml: ")
          .doesNotContain("Exception");
      Run badPath = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:nope.yaml", file);
      assertThat(badPath.exitCode()).isEqualTo(2);
      assertThat(badPath.err()).contains("cannot read git:HEAD:nope.yaml: ", "nope.yaml");
      Files.createDirectories(repo.resolve("folder"));
      Files.copy(Path.of(fixture("cosmetic-wording", "old.yaml")), repo.resolve("folder/p.yaml"));
      git("add", "folder");
      git("commit", "-q", "-m", "folder");
      Run folder = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:folder", file);
      assertThat(folder.exitCode()).as("a folder without a playbook.yaml, as on disk").isEqualTo(1);
      assertThat(folder.err()).contains(
          "HEAD:folder/playbook.yaml:1:1: error PB001 cannot read HEAD:folder/playbook.yaml:"
              + " the folder has no playbook.yaml or playbook.yml");
    }

    @Test
    void aComposedPlaybookIsReadWithItsBasesFromTheSameRevision() throws Exception {
      requireGit();
      TestGit.commitComposedExample(repo);
      TestGit.changeTheBaseline(repo, "        within: PT30M\n", "        within: PT1H\n");
      Run run = Cli.run("diff", "--repo", repo.toString(), "--format", "json", "git:HEAD:brand-uk",
          repo.resolve("brand-uk").toString());
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).as("a loosening change without a version bump").isEqualTo(1);
      assertThat(run.out()).contains("\"source\": \"HEAD:brand-uk/playbook.yaml\"",
          "deadline of tier 1 'Social care team leader' in escalation path 'legal-review' lengthened from PT30M to PT1H",
          "\"file\": \"" + repo.resolve("group-baseline/playbook.yaml") + "\"");
      Run back = Cli.run("diff", "--repo", repo.toString(), repo.resolve("brand-uk").toString(), "git:HEAD:brand-uk");
      assertThat(back.out()).as("a change is placed in the new version's file, here the base at HEAD").contains(
          "deadline of tier 1 'Social care team leader' in escalation path 'legal-review' shortened from PT1H to PT30M",
          "HEAD:group-baseline/playbook.yaml:166:9");
      Run same = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:brand-uk/playbook.yaml", "git:HEAD:brand-uk");
      assertThat(same.err()).isEmpty();
      assertThat(same.out()).contains("no changes", "result: pass");
    }

    @Test
    void aBaseMissingAtTheRevisionIsPb801AtTheExtendsEntry() throws Exception {
      requireGit();
      TestGit.commitComposedExample(repo);
      git("rm", "-q", "--cached", "group-baseline/playbook.yaml");
      git("commit", "-q", "-m", "baseline dropped from the index");
      Run run = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:brand-uk/playbook.yaml",
          repo.resolve("brand-uk/playbook.yaml").toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("playbook: git:HEAD:brand-uk/playbook.yaml is not a valid playbook",
          "HEAD:brand-uk/playbook.yaml:16:11: error PB801 cannot read base playbook '../group-baseline/playbook.yaml':"
              + " no such file HEAD:group-baseline/playbook.yaml (the path is relative to this file)")
          .doesNotContain("Exception");
    }

    @Test
    void outsideARepositoryIsAClearError() {
      requireGit();
      Run run = Cli.run("diff", "--repo", repo.toString(), "git:HEAD:playbook.yaml",
          fixture("cosmetic-wording", "old.yaml"));
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("cannot read git:HEAD:playbook.yaml: ");
    }
  }
}
