package dev.playbook.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.Diagnostic;
import dev.playbook.LoadLimits;
import dev.playbook.internal.load.Problems;
import dev.playbook.internal.load.YamlDocument;
import dev.playbook.internal.load.YamlReader;
import dev.playbook.internal.v1.V1;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static Problems validate(SchemaValidator validator, String yaml) {
    Problems problems = new Problems();
    YamlDocument document = new YamlReader(LoadLimits.DEFAULTS).read(yaml, "t.yaml", problems).orElseThrow();
    validator.validate(document.root(), document.index(), problems);
    return problems;
  }

  @Test
  void aRuleWithoutItsOwnWordingFallsBackToTheSchemaMessage() {
    SchemaValidator validator = SchemaValidator.fromClasspath("test-schemas/max-items.schema.json");
    assertThat(validate(validator, "tags: [a, b]\n").all()).extracting(Diagnostic::toString)
        .containsExactly("t.yaml:1:7: error PB209 'tags': expected maximum item count: 1, found: 2");
  }

  @Test
  void neverFetchesASchemaOverTheNetwork() {
    assertThatThrownBy(() -> SchemaValidator.fromClasspath("test-schemas/remote-ref.schema.json"))
        .hasStackTraceContaining("may not fetch https://example.com/elsewhere.schema.json");
  }

  @Test
  void unknownKeysArePointedAtTheKeyWithTheAllowedNames() {
    Problems problems = validate(V1.INSTANCE.schema(), """
        apiVersion: playbook.dev/v1
        kind: Playbook
        metadata: {id: a, title: b, version: 1.0.0, defaultLocale: en}
        channels:
          - id: x
            visibility: public
            colour: blue
        """);
    assertThat(problems.all()).extracting(Diagnostic::toString).containsExactly(
        "t.yaml:7:5: error PB201 unknown property 'colour' in a channel (allowed here: allow, description,"
            + " firstResponse, id, locked, maxLength, signature, visibility)");
  }

  @Test
  void aTemplateLocaleKeyOfTheWrongFormIsReportedAtTheKey() {
    Problems problems = validate(V1.INSTANCE.schema(), """
        apiVersion: playbook.dev/v1
        kind: Playbook
        metadata: {id: a, title: b, version: 1.0.0, defaultLocale: en}
        templates:
          - id: t
            purpose: p
            locales:
              en_GB: Hello
        """);
    assertThat(problems.all()).extracting(Diagnostic::toString).containsExactly(
        "t.yaml:8:7: error PB205 'en_GB' is not a language tag (write a BCP 47 tag such as en, en-GB or cy)");
  }
}
