package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading holds every template to its own playbook (PB502/PB503): what counts and what does not. */
class TemplateComplianceTest {

  private static final String PLAYBOOK = """
      apiVersion: playbook.dev/v1
      kind: Playbook
      metadata: {id: p, title: P, version: 1.0.0, defaultLocale: en-GB, locales: [en-GB, cy], reviewBy: 2099-01-01}
      channels:
        - {id: x, visibility: public, maxLength: 80}
        - {id: chat, visibility: private}
      tone:
        rules:
          - {id: no-blame, kind: banned, message: Don't blame., phrases: [calm down]}
          - {id: say-sorry, kind: required, element: acknowledgement, message: Apologise., phrases: [sorry]}
      topics:
        - id: legal
          description: Legal threats.
          recognise: {phrases: [lawyer]}
          outcome: {escalate: legal-review, holdingTemplate: holding}
        - id: media
          description: Journalists.
          recognise: {phrases: [journalist]}
          outcome: {escalate: legal-review}
      escalationPaths:
        - id: legal-review
          tiers: [{team: Legal, within: PT4H}]
      templates:
        - id: holding
          purpose: Holding reply.
          CHANNELS
          variables: [{name: agent, type: string, example: PS}]
          locales:
            en-GB: EN_BODY
            cy: CY_BODY
      """;

  private static List<String> diagnose(String channels, String en, String cy) {
    String yaml = PLAYBOOK.replace("CHANNELS", channels.isEmpty() ? "" : "channels: [" + channels + "]")
        .replace("EN_BODY", en).replace("CY_BODY", cy);
    return Playbooks.load(yaml, "p.yaml").diagnostics().stream()
        .map(d -> d.code() + " " + d.pointer() + " " + d.message()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // A compliant body: nothing.
      "compliant                  | x     | Sorry, we will be in touch. ^{{agent}}                | Mae'n ddrwg gen i. ^{{agent}} | ",
      // The topic the template is the holding template of is expected.
      "its own topic              | x     | Sorry, our lawyer will be in touch. ^{{agent}}         | Diolch. ^{{agent}} | ",
      // Another do-not-respond topic is not.
      "another topic              | chat  | Sorry, a journalist asked too. ^{{agent}}              | Diolch. ^{{agent}} | PB502 /templates/0/locales/en-GB template 'holding' (en-GB) breaks topic 'media' on channel 'chat': Journalists. ('journalist')",
      // Word rules are written in English: a Welsh body is not held to them.
      "word rules skip Welsh      | x     | Sorry, we will be in touch. ^{{agent}}                | Calm down, diolch. ^{{agent}} | ",
      // A required element missing (a warning rule), reported once though both channels apply.
      "once per body              |       | We will be in touch. ^{{agent}}                        | Diolch. ^{{agent}} | PB503 /templates/0/locales/en-GB template 'holding' (en-GB) breaks required rule 'say-sorry' on channel 'x': Apologise.",
      // Channel rules apply in every language.
      "channel length in Welsh    | x     | Sorry. ^{{agent}}                                      | Diolch yn fawr iawn am eich neges heddiw, byddwn yn cysylltu â chi yn breifat cyn bo hir iawn. ^{{agent}} | PB502 /templates/0/locales/cy template 'holding' (cy) breaks channel-length rule 'x.max-length' on channel 'x': Replies on x are at most 80 characters. ('n bo hir iawn. ^PS') (98 characters, at most 80)"})
  void templatesAreCheckedOnTheirChannels(String name, String channels, String en, String cy,
      String expected) {
    assertThat(diagnose(channels == null ? "" : channels, en, cy))
        .isEqualTo(expected == null ? List.of() : List.of(expected));
  }
}
