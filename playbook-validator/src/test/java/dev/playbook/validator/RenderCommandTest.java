package dev.playbook.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.validator.Cli.Run;
import org.junit.jupiter.api.Test;

class RenderCommandTest {

  private static final String BANK = "../examples/retail-bank/playbook.yaml";

  @Test
  void printsTheRenderedText() {
    Run run = Cli.run("render", "--playbook", BANK, "--template", "card-delivery",
        "--var", "customerName=Sam", "--var", "deliveryDate=2026-12-03", "--var", "agentInitials=PS");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(run.out()).contains("Sam", "3 December 2026", "^PS").doesNotContain("{{");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withAChannelChecksTheTextAndFailsOnAnErrorFinding() {
    Run fine = Cli.run("render", "-p", BANK, "-t", "card-delivery", "--channel", "x",
        "--var", "customerName=Sam", "--var", "deliveryDate=2026-12-03", "--var", "agentInitials=PS");
    assertThat(fine.exitCode()).as(fine.out() + fine.err()).isEqualTo(0);
    assertThat(fine.out()).contains("decision: ready");
    Run banned = Cli.run("render", "-p", BANK, "-t", "card-delivery", "--channel", "x",
        "--var", "deliveryDate=2026-12-03", "--var", "agentInitials=PS",
        "--var", "customerName=we guarantee it");
    assertThat(banned.exitCode()).isEqualTo(1);
    assertThat(banned.out()).contains("decision: revise", "error no-guarantees (banned) draft");
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheVariable() {
    Run run = Cli.run("render", "-p", BANK, "-t", "card-delivery", "--var", "deliveryDate=soon",
        "--var", "customerName=Sam", "--var", "agentInitials=PS");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("playbook: template 'card-delivery': 'deliveryDate' must be a date");
  }
}
