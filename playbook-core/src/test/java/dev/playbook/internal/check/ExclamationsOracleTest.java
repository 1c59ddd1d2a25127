package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Span;
import dev.playbook.internal.text.NormalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exclamations rule (the retail-bank example's {@code calm}, at most one) against a reading
 * of every folded character: each mark past the first is a finding on the original characters it
 * folds from (one finding for the two marks "‼" folds to), with the count as its detail.
 */
class ExclamationsOracleTest {

  @Test
  void findsEveryMarkPastTheLimit() {
    CompiledPlaybook engine = Playbooks.compile(
        Playbooks.load(Path.of("../examples/retail-bank/playbook.yaml")).orThrow());
    String[] pieces = {"!", "!", "！", "‼", "!!", "Hi", " thanks", ". ", "é", "‘", "\u200B", "?!",
        "👍", "e\u0301", "\n", "ok"};
    Random random = new Random(21);
    int withFindings = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      NormalizedText normalized = NormalizedText.of(text);
      String folded = normalized.folded();
      List<Integer> marks = new ArrayList<>();
      for (int i = 0; i < folded.length(); i++) {
        if (folded.charAt(i) == '!') {
          marks.add(i);
        }
      }
      List<Span> expected = new ArrayList<>();
      for (int m = 1; m < marks.size(); m++) {
        int i = marks.get(m);
        Span span = new Span(normalized.originalStartOf(i), normalized.originalEndOf(i + 1));
        if (!expected.contains(span)) {
          expected.add(span);
        }
      }
      expected.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
          : Integer.compare(x.end(), y.end()));
      List<Finding> found = engine.check(Draft.of("x", text)).findings().stream()
          .filter(f -> f.ruleId().equals("calm")).toList();
      assertThat(found).extracting(Finding::span).as(text).isEqualTo(expected);
      for (Finding f : found) {
        assertThat(f.detail()).as(text).contains(marks.size() + " found, at most 1");
        assertThat(f.matched()).isEqualTo(text.substring(f.span().start(), f.span().end()));
      }
      withFindings += found.isEmpty() ? 0 : 1;
    }
    assertThat(withFindings).isGreaterThan(2_000);
  }
}
