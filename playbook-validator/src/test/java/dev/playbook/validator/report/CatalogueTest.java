package dev.playbook.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.internal.load.Code;
import dev.playbook.validator.diff.VersionRule;
import dev.playbook.validator.testing.TestCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reports name every code by its title in the catalogue the jar carries. */
class CatalogueTest {

  @Test
  void everyCodeThatCanBeReportedHasATitle() {
    List<String> codes = Stream.of(
        Stream.of(Code.values()).map(Enum::name),
        Stream.of(VersionRule.values()).map(Enum::name),
        Stream.of(TestCode.values()).map(Enum::name)).flatMap(s -> s).toList();
    assertThat(codes).hasSizeGreaterThan(60).allSatisfy(code ->
        assertThat(Catalogue.title(code)).as(code).hasValueSatisfying(t -> assertThat(t)
            .isNotBlank().doesNotStartWith("(").doesNotContain("##")));
  }

  @Test
  void titlesAreTheHeadingsOfTheCatalogue() {
    assertThat(Catalogue.title("PB302")).hasValue("unknown escalation path");
    assertThat(Catalogue.title("PB703"))
        .hasValue("loosening or tightening change with only a patch bump");
    assertThat(Catalogue.title("PB999")).isEmpty();
  }

  @Test
  void sarifRulesAndGitHubTitlesCarryTheTitle() throws Exception {
    Report report = Scenarios.all().get("many");
    JsonNode rules = new ObjectMapper()
        .readTree(ReporterContractTest.render(new SarifReporter(), report))
        .at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(report.codes().size()).allSatisfy(rule -> assertThat(
        rule.at("/shortDescription/text").asText())
        .isEqualTo(Catalogue.title(rule.get("id").asText()).orElseThrow()));
    assertThat(ReporterContractTest.render(new GitHubReporter(), report))
        .contains(",title=PB302 unknown escalation path::");
    assertThat(GitHubReporter.title("PB999")).isEqualTo("PB999");
  }
}
