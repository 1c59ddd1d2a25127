package dev.playbook.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each semantic pass on its own, on small trees, including trees the schema would reject. */
class SemanticPassesTest {

  @Nested
  class UniqueIds {
    @Test
    void reportsEachRepeatAtItsIdWithTheFirstLine() {
      assertThat(Passes.run(new UniqueIdsPass(), """
          topics:
            - id: a
            - id: b
            - id: a
          templates:
            - id: a
          """)).containsExactly("4:9 PB401 duplicate topic id 'a' (first defined at line 2) (give each topic its own id)");
    }

    @Test
    void toneAndPersonalDataRulesShareOneNamespace() {
      assertThat(Passes.run(new UniqueIdsPass(), """
          tone:
            rules:
              - id: r
          personalData:
            rules:
              - id: r
          """)).singleElement().asString().startsWith("6:11 PB401 duplicate rule id 'r'");
    }

    @Test
    void toleratesMisshapenSections() {
      assertThat(Passes.run(new UniqueIdsPass(), "topics: 3\ntone: [1]\nchecklist:\n  items:\n    - 7\n")).isEmpty();
    }
  }

  @Nested
  class References {
    private static final String DECLARED = """
        channels:
          - id: x
        topics:
          - id: legal
            outcome: {escalate: %s, holdingTemplate: %s}
            channels: [%s]
        escalationPaths:
          - id: legal-review
            holdingTemplate: %s
        templates:
          - id: holding
            topics: [%s]
        checklist:
          items:
            - id: i
              checkedBy: [%s]
          seniorReview:
            topics: [%s]
            channels: [%s]
        tone:
          rules:
            - id: no-blame
        """;

    @Test
    void everyReferenceThatResolvesIsQuiet() {
      assertThat(Passes.run(new ReferencesPass(), DECLARED.formatted(
          "legal-review", "holding", "x", "holding", "legal", "no-blame", "legal", "x"))).isEmpty();
    }

    @Test
    void everyKindOfBrokenReferenceIsReportedWithASuggestion() {
      assertThat(Passes.run(new ReferencesPass(), DECLARED.formatted(
          "legal", "holdng", "twitter", "hold", "legl", "no-blam", "lgal", "z"))).containsExactly(
          "5:25 PB302 unknown escalation path 'legal' (did you mean 'legal-review'?)",
          "5:49 PB303 unknown template 'holdng' (did you mean 'holding'?)",
          "6:16 PB305 unknown channel 'twitter' (declared: x)",
          "9:22 PB303 unknown template 'hold' (did you mean 'holding'?)",
          "12:14 PB301 unknown topic 'legl' (did you mean 'legal'?)",
          "16:19 PB304 unknown rule 'no-blam' (did you mean 'no-blame'?)",
          "18:14 PB301 unknown topic 'lgal' (did you mean 'legal'?)",
          "19:16 PB305 unknown channel 'z' (declared: x)");
    }

    @Test
    void saysWhenNothingIsDeclared() {
      assertThat(Passes.run(new ReferencesPass(), "topics:\n  - outcome: {escalate: legal}\n"))
          .containsExactly("2:25 PB302 unknown escalation path 'legal' (none is declared)");
    }
  }

  @Nested
  class PersonalDataKinds {
    @Test
    void builtInAndPatternKindsResolveOthersDoNot() {
      assertThat(Passes.run(new PersonalDataKindsPass(), """
          personalData:
            patterns:
              account-number: ['\\d{8}']
            rules:
              - kinds: [card-number, account-number, acount-number, shoe-size]
          """)).containsExactly(
          "5:44 PB308 unknown kind of personal data 'acount-number' (did you mean 'account-number'?)",
          "5:59 PB308 unknown kind of personal data 'shoe-size' (built in: card-number, email-address,"
              + " phone-number, url; add patterns for others under personalData.patterns)");
    }
  }

  @Nested
  class TemplatePlaceholders {
    @Test
    void placeholdersAndVariablesAgree() {
      assertThat(Passes.run(new TemplatePlaceholdersPass(), """
          templates:
            - id: t
              variables: [{name: name}, {name: unused}]
              locales:
                en: "Hi {{ name }}, {{nme}} {{nme}}"
                cy: "Shwmae {{name}} ${env:HOME}"
          """)).containsExactly(
          "5:11 PB306 placeholder {{nme}} in template 't' has no declared variable (did you mean 'name'?)",
          "6:11 PB408 template 't' contains '${', a lookup; lookups are never allowed in templates"
              + " (write variables as {{name}})",
          "3:31 PB307 variable 'unused' is declared but never used in template 't'"
              + " (use it as {{unused}} in a body, or remove it)");
    }
  }

  @Nested
  class Patterns {
    @Test
    void everyPlaceAPatternCanBeIsCompiledUnderRe2() {
      assertThat(Passes.run(new PatternsPass(), """
          tone:
            rules:
              - patterns: ['\\bok\\b', '(?<=a)b']
          topics:
            - recognise: {patterns: ['a(b']}
          personalData:
            patterns:
              order-number: ['[z-a]']
          channels:
            - signature: {pattern: '(x)\\1'}
          """)).containsExactly(
          "3:28 PB402 pattern '(?<=a)b' is not a valid RE2 pattern: invalid named capture"
              + " (RE2 has no backreferences or lookarounds; that is what keeps matching fast on any reply)",
          "5:28 PB402 pattern 'a(b' is not a valid RE2 pattern: missing closing )",
          "8:20 PB402 pattern '[z-a]' is not a valid RE2 pattern: invalid character class range 'z-a'",
          "10:26 PB402 pattern '(x)\\1' is not a valid RE2 pattern: invalid escape sequence '\\1'"
              + " (RE2 has no backreferences or lookarounds; that is what keeps matching fast on any reply)");
    }
  }

  @Nested
  class Durations {
    @Test
    void durationsOfTheRightFormMustFit() {
      assertThat(Passes.run(new DurationsPass(), """
          channels:
            - firstResponse: PT1H
            - firstResponse: P99999999999999999999D
            - firstResponse: one hour
          escalationPaths:
            - tiers: [{within: PT99999999999999999999M}]
          """)).extracting(s -> s.substring(0, s.indexOf(" (")))
          .containsExactly(
              "3:20 PB403 duration 'P99999999999999999999D' is too long to be used",
              "6:22 PB403 duration 'PT99999999999999999999M' is too long to be used");
    }
  }

  @Nested
  class Version {
    @Test
    void semanticVersionDetailsTheSchemaPatternLetsThrough() {
      assertThat(Passes.run(new VersionPass(), "metadata: {version: 1.0.0-rc.1+build.5}\n")).isEmpty();
      assertThat(Passes.run(new VersionPass(), "metadata: {version: 1.0.0-rc..1}\n"))
          .singleElement().asString().contains("a pre-release identifier is empty");
      assertThat(Passes.run(new VersionPass(), "metadata: {version: 1.0.0+}\n")).isEmpty();
      assertThat(Passes.run(new VersionPass(), "metadata: {version: 1.0.0-01}\n"))
          .singleElement().asString().contains("the pre-release number 01 has a leading zero");
    }
  }

  @Nested
  class Dates {
    @Test
    void effectiveComesBeforeReviewBy() {
      assertThat(Passes.run(new DatesPass(), "metadata: {effective: 2027-01-01, reviewBy: 2027-01-01}\n")).isEmpty();
      assertThat(Passes.run(new DatesPass(), "metadata: {effective: 2027-01-02, reviewBy: 2027-01-01}\n"))
          .containsExactly("1:45 PB405 the effective date 2027-01-02 is after the review date 2027-01-01"
              + " (the review date must come after the playbook takes effect)");
      assertThat(Passes.run(new DatesPass(), "metadata: {effective: soon, reviewBy: 2027-01-01}\n")).isEmpty();
    }
  }

  @Nested
  class LocalesCheck {
    @Test
    void tagsRoundTripAndTemplateLocalesAreDeclared() {
      assertThat(Passes.run(new LocalesPass(), """
          metadata:
            defaultLocale: en-GB
            locales: [cy, en-12]
          templates:
            - id: t
              locales: {en-GB: a, cy: b, fr: c, de-1x: d}
          """)).containsExactly(
          "3:17 PB406 'en-12' is not a well-formed language tag (Java reads it as 'en';"
              + " write a tag such as en, en-GB or cy)",
          "6:32 PB407 template 't' has a body for locale 'fr', which metadata does not declare"
              + " (add 'fr' to metadata.locales, or remove this body)",
          "6:39 PB406 'de-1x' is not a well-formed language tag (Java reads it as 'de';"
              + " write a tag such as en, en-GB or cy)");
    }
  }

  @Nested
  class IneffectiveProperties {
    @Test
    void propertiesAKindIgnoresAreWarnedAbout() {
      assertThat(Passes.run(new IneffectivePropertiesPass(), """
          tone:
            rules:
              - {kind: banned, phrases: [x], max: 1}
              - {kind: required, element: greeting, where: start}
              - {kind: emoji, max: 1, phrases: [x]}
          """)).containsExactly(
          "3:36 PB409 'max' has no effect on a tone rule of kind 'banned' (remove it)",
          "5:29 PB409 'phrases' has no effect on a tone rule of kind 'emoji' (remove it)");
    }

    @Test
    void exceptionsOnlyWorkOnBannedRules() {
      assertThat(Passes.run(new IneffectivePropertiesPass(), """
          tone:
            rules:
              - {kind: banned, phrases: [claim], exceptions: [claim form]}
              - {kind: required, element: greeting, phrases: [hi], exceptions: [hi there]}
              - {kind: shouting, max: 1, exceptions: [ATM]}
          """)).containsExactly(
          "4:58 PB409 'exceptions' has no effect on a tone rule of kind 'required' (remove it)",
          "5:32 PB409 'exceptions' has no effect on a tone rule of kind 'shouting' (remove it)");
    }
  }

  @Nested
  class Contradictions {
    private static final String RULES = """
        channels:
          - {id: x, visibility: public}
          - {id: chat, visibility: private}
        tone:
          rules:
            - {id: ban, kind: banned, phrases: [{phrase: Sorry}], %s}
            - {id: need, kind: required, phrases: [sorry], %s}
        """;

    @Test
    void aPhraseBannedAndRequiredOnTheSameChannelIsAContradiction() {
      assertThat(Passes.run(new ContradictionsPass(), RULES.formatted("mode: enforce", "mode: enforce")))
          .containsExactly("6:41 PB501 'sorry' is banned by tone rule 'ban' but required by tone rule 'need'"
              + " (line 7) on the same channels (remove the phrase from one of the rules, or give them different channels)");
      assertThat(Passes.run(new ContradictionsPass(), RULES.formatted("channels: [x]", "visibility: public")))
          .hasSize(1);
    }

    @Test
    void rulesOnDifferentChannelsDoNotContradict() {
      assertThat(Passes.run(new ContradictionsPass(), RULES.formatted("channels: [x]", "channels: [chat]"))).isEmpty();
      assertThat(Passes.run(new ContradictionsPass(), RULES.formatted("channels: [x]", "visibility: private"))).isEmpty();
      assertThat(Passes.run(new ContradictionsPass(), RULES.formatted("visibility: public", "visibility: private")))
          .isEmpty();
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void anOverdueReviewAndAMissingLocaleAreWarnings() {
      assertThat(Passes.run(new LifecyclePass(), """
          metadata: {reviewBy: 2026-11-22, defaultLocale: en, locales: [cy]}
          templates:
            - id: t
              locales: {en: a}
          """)).containsExactly(
          "1:22 PB601 the review date 2026-11-22 has passed (review the playbook and set the next reviewBy date)",
          "4:5 PB602 template 't' has no body for locale 'cy' (add a body for 'cy', or agents writing in it get no template)");
    }

    @Test
    void aReviewDueTodayHasNotPassed() {
      assertThat(Passes.run(new LifecyclePass(), "metadata: {reviewBy: 2026-11-23}\n")).isEmpty();
    }
  }
}
