package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playbook.model.Template;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplateSuggestionsTest {

  private static final CompiledPlaybook BANK = Playbooks.compile(
      Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());

  @Test
  void templatesAnsweringRecognisedTopicsComeFirst() {
    assertThat(BANK.suggestTemplates("x", "I am taking you to court, my solicitor will write"))
        .extracting(Template::id).first().isEqualTo("legal-holding");
  }

  @Test
  void purposeWordsCountWhenNoTopicIsRecognised() {
    assertThat(BANK.suggestTemplates("x", "When will my replacement card arrive?"))
        .extracting(Template::id).containsExactly("card-delivery");
  }

  @Test
  void nothingFitsNothingIsSuggested() {
    assertThat(BANK.suggestTemplates("x", "ok")).isEmpty();
  }

  @Test
  void anUnknownChannelIsAnError() {
    assertThatThrownBy(() -> BANK.suggestTemplates("fax", "hello"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown channel 'fax'");
  }
}
