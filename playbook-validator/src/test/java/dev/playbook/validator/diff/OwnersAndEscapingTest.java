package dev.playbook.validator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Playbooks;
import dev.playbook.model.Playbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OwnersAndEscapingTest {

  private static final Path BASE = Path.of("src/test/resources/diff/cosmetic-wording/old.yaml");

  private static Playbook load(String yaml) {
    return Playbooks.load(yaml, "playbook.yaml").orThrow();
  }

  @Test
  void anOwnerWhoDropsASectionInTheSameChangeIsStillAsked() throws IOException {
    String old = Files.readString(BASE, StandardCharsets.UTF_8);
    String now = old
        .replace("sections: [topics, escalationPaths, personalData, checklist]", "sections: [topics, escalationPaths, personalData]")
        .replace("    - id: facts\n      confirm: Facts checked.\n", "");
    PlaybookDiff diff = PlaybookDiffer.diff(load(old), load(now));
    assertThat(diff.changes()).filteredOn(c -> c.path().equals("/checklist/items/facts"))
        .singleElement().satisfies(c -> assertThat(c.owners()).containsExactly("Ben Cho"));
  }

  @Test
  void aSectionNobodyOwnsIsApprovedByEveryOwnerAndCosmeticChangesByNobody() throws IOException {
    String old = Files.readString(BASE, StandardCharsets.UTF_8);
    String now = old.replace("  reviewBy: 2031-01-01\n", "").replace("title: Shop care", "title: Shop");
    PlaybookDiff diff = PlaybookDiffer.diff(load(old), load(now));
    assertThat(diff.changes()).extracting(Change::path, Change::category, Change::owners).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/metadata/reviewBy", Category.LOOSENING, java.util.List.of("Ann Lee", "Ben Cho")),
        org.assertj.core.groups.Tuple.tuple("/metadata/title", Category.COSMETIC, java.util.List.of()));
  }

  @Test
  void markdownKeepsPlaybookTextFromBreakingTheTableOrAddingMarkup() {
    assertThat(MarkdownDiffRenderer.code("\\b(?:BBC|Reuters)\\b")).isEqualTo("`\\b(?:BBC\\|Reuters)\\b`");
    assertThat(MarkdownDiffRenderer.code("say `hi`")).isEqualTo("`` say `hi` ``");
    assertThat(MarkdownDiffRenderer.escape("</details><img src=x> *bold* [link](u) a|b"))
        .isEqualTo("\\</details\\>\\<img src=x\\> \\*bold\\* \\[link\\](u) a\\|b");
  }

  @Test
  void longValuesAreCutButBodiesAreKeptWhole() {
    String phrase = "x".repeat(200);
    assertThat(ChangeLog.shorten(phrase)).hasSize(ChangeLog.SHORT_TEXT).endsWith("…");
    assertThat(ChangeLog.shorten("😀".repeat(130))).isEqualTo("😀".repeat(119) + "…");
    assertThat(ChangeLog.shorten("two\n  lines")).isEqualTo("two lines");
  }
}
