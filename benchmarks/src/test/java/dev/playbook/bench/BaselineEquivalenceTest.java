package dev.playbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: on the benchmark's drafts, the hand-written baseline finds
 * nothing the engine misses, and everything the engine finds beyond it is the engine being more
 * correct (an inflection such as "refunds" for "refund", a phrase written with other spacing or
 * apostrophes, or a second phrase overlapping one the single alternation already consumed). Where
 * the baseline's {@code \b} stops inside a word ("profile" in "profile's"), the engine reports the
 * whole word; the engine splits words at "_" where {@code \w} does not ("error" in
 * "kb/error_on_launch"). Not a timing test.
 */
class BaselineEquivalenceTest {

  private static final int DRAFTS = 2000;

  @Test
  void baselineFindsNothingTheEngineMisses() {
    Playbook playbook = Playbooks.load(Workload.playbookYaml(300, 42), "synthetic.yaml").orThrow();
    CompiledPlaybook engine = Playbooks.compile(playbook);
    Baseline baseline = new Baseline(playbook);
    Map<String, Set<String>> literals = literals(playbook);

    int both = 0;
    int wholeWord = 0;
    int underscore = 0;
    int inflections = 0;
    int overlapping = 0;
    List<String> baselineOnly = new ArrayList<>();
    List<String> engineOnlyOther = new ArrayList<>();
    for (Workload.Reply r : Workload.drafts(DRAFTS, 300, 7)) {
      Verdict v = engine.check(Draft.builder("x", r.reply()).inbound(r.inbound()).build());
      Map<Baseline.Match, String> engineMatches = new HashMap<>();
      Stream.concat(v.findings().stream(), v.shadowFindings().stream())
          .filter(f -> literals.containsKey(f.ruleId()))
          .forEach(f -> engineMatches.merge(new Baseline.Match(
              f.text() == Finding.Text.INBOUND, f.span().start(), f.span().end()), f.ruleId(),
              (x, y) -> x + "," + y));
      List<Baseline.Match> baselineMatches = baseline.matches(r.reply(), r.inbound());
      for (Baseline.Match m : baselineMatches) {
        if (engineMatches.containsKey(m)) {
          both++;
        } else if (engineMatches.keySet().stream().anyMatch(f -> f.inbound() == m.inbound()
            && f.start() <= m.start() && m.end() <= f.end())) {
          wholeWord++; // "profile's": \b stops at the apostrophe, the engine takes the word
        } else {
          baselineOnly.add(m + " " + slice(r, m));
        }
      }
      for (Map.Entry<Baseline.Match, String> e : engineMatches.entrySet()) {
        Baseline.Match m = e.getKey();
        if (baselineMatches.contains(m)) {
          continue;
        }
        String matched = slice(r, m).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean literal = false;
        for (String rule : e.getValue().split(",")) {
          literal |= literals.get(rule).contains(matched);
        }
        if (!literal) {
          inflections++;
        } else if (baselineMatches.stream().anyMatch(b -> b.inbound() == m.inbound()
            && b.start() < m.end() && m.start() < b.end())) {
          overlapping++;
        } else if (nextToUnderscore(r, m)) {
          underscore++; // "kb/error_on_launch": the engine's words end at "_", \w goes on

        } else {
          engineOnlyOther.add(m + " '" + matched + "' " + e.getValue());
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "baseline equivalence over %d drafts: %d matches in both, %d where the engine's span is the"
            + " whole word, %d inflections and variants only the engine finds, %d overlapping"
            + " phrases only the engine reports, %d words next to '_' only the engine splits%n",
        DRAFTS, both, wholeWord, inflections, overlapping, underscore);
    assertThat(both).as("the drafts exercise the phrases").isGreaterThan(100);
    assertThat(baselineOnly).as("baseline matches the engine misses").isEmpty();
    assertThat(engineOnlyOther).as("literal phrases only the engine finds, not overlapping").isEmpty();
  }

  private static boolean nextToUnderscore(Workload.Reply r, Baseline.Match m) {
    String text = m.inbound() ? r.inbound() : r.reply();
    return (m.start() > 0 && text.charAt(m.start() - 1) == '_')
        || (m.end() < text.length() && text.charAt(m.end()) == '_');
  }

  private static String slice(Workload.Reply r, Baseline.Match m) {
    return (m.inbound() ? r.inbound() : r.reply()).substring(m.start(), m.end());
  }

  /**
   * The phrases of each banned rule and of each topic recognised by phrases or patterns (not by
   * personal data), lower case.
   */
  private static Map<String, Set<String>> literals(Playbook playbook) {
    Map<String, Set<String>> out = new HashMap<>();
    for (ToneRule r : playbook.tone().rules()) {
      if (r.kind() == ToneRule.Kind.BANNED) {
        out.put(r.id(), lower(r.phrases()));
      }
    }
    for (Topic t : playbook.topics()) {
      if (t.recognise().personalData().isEmpty()) {
        out.put(t.id(), lower(t.recognise().phrases()));
      }
    }
    return out;
  }

  private static Set<String> lower(List<Phrase> phrases) {
    Set<String> out = new HashSet<>();
    phrases.forEach(p -> out.add(p.text().toLowerCase(Locale.ROOT)));
    return out;
  }
}
