package dev.playbook.validator.testing;

import dev.playbook.Finding;
import dev.playbook.SourceLocation;
import dev.playbook.Span;
import dev.playbook.validator.testing.TestCase.Expect;
import dev.playbook.validator.testing.TestCase.Fire;
import dev.playbook.validator.testing.TestCase.Located;
import dev.playbook.validator.testing.TestCase.Marked;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a case's expectations against what was observed. */
final class Expectations {

  /**
   * One expectation not met.
   *
   * @param location where the expectation is written
   * @param message what was expected and what happened
   */
  record Mismatch(SourceLocation location, String message) {}

  private Expectations() {}

  /** Every expectation of {@code c} that {@code seen} does not meet, in the order written. */
  static List<Mismatch> check(TestCase c, Observed seen) {
    List<Mismatch> mismatches = new ArrayList<>();
    Expect e = c.expect();
    e.decision().ifPresent(d -> {
      if (d.value() != seen.decision()) {
        mismatches.add(new Mismatch(d.location(),
            "expected " + d.value() + ", got " + seen.decision()));
      }
    });
    for (Fire fire : e.fires()) {
      List<Finding> found = seen.of(fire.rule());
      if (found.isEmpty()) {
        mismatches.add(new Mismatch(fire.location(), "expected " + quote(fire.rule()) + " to fire"
            + fire.on().map(w -> " on " + quote(w)).orElse("")));
      } else if (fire.on().isPresent()
          && found.stream().noneMatch(f -> seen.words(f).equals(fire.on().get()))) {
        mismatches.add(new Mismatch(fire.location(), "expected " + quote(fire.rule())
            + " to fire on " + quote(fire.on().get()) + ", it fired on " + wordsOf(found, seen)));
      }
    }
    for (Located<String> rule : e.doesNotFire()) {
      List<Finding> found = seen.of(rule.value());
      if (!found.isEmpty()) {
        mismatches.add(new Mismatch(rule.location(), "expected " + quote(rule.value())
            + " not to fire, it fired on " + wordsOf(found, seen)));
      }
    }
    for (Located<String> topic : e.topics()) {
      if (!seen.topics().contains(topic.value())) {
        mismatches.add(new Mismatch(topic.location(),
            "expected topic " + quote(topic.value()) + " to be recognised"));
      }
    }
    e.escalation().ifPresent(p -> same(mismatches, p, seen.escalation(), "escalation"));
    e.holdingTemplate().ifPresent(t -> same(mismatches, t, seen.holdingTemplate(),
        "holding template"));
    Set<String> wanted = e.fires().stream().map(Fire::rule).collect(Collectors.toSet());
    marks(mismatches, c, c.inbound(), Finding.Text.INBOUND, wanted, seen);
    c.draft().ifPresent(d -> marks(mismatches, c, d, Finding.Text.DRAFT, wanted, seen));
    return mismatches;
  }

  private static void same(List<Mismatch> mismatches, Located<String> expected,
      Optional<String> actual, String what) {
    String got = actual.orElse(TestCase.NONE);
    if (!expected.value().equals(got)) {
      String wanted = TestCase.NONE.equals(expected.value()) ? "no " + what
          : what + " " + quote(expected.value());
      mismatches.add(new Mismatch(expected.location(), "expected " + wanted + ", got "
          + actual.map(Expectations::quote).orElse(TestCase.NONE)));
    }
  }

  /**
   * Each marked span must be exactly where a rule listed under {@code fires} (any rule when none
   * is listed) found something.
   */
  private static void marks(List<Mismatch> mismatches, TestCase c, Marked marked,
      Finding.Text which, Set<String> rules, Observed seen) {
    for (Span mark : marked.marks()) {
      boolean found = seen.findings().stream().anyMatch(f -> f.text() == which
          && f.span().equals(mark) && (rules.isEmpty() || rules.contains(f.ruleId())));
      if (!found) {
        mismatches.add(new Mismatch(c.location(), "expected a finding on ⟦" + mark.of(marked.text())
            + "⟧ in the " + (which == Finding.Text.DRAFT ? "draft" : "message")
            + (rules.isEmpty() ? "" : " by " + rules.stream().sorted().map(Expectations::quote)
                .collect(Collectors.joining(" or ")))));
      }
    }
  }

  private static String wordsOf(List<Finding> found, Observed seen) {
    return found.stream().map(f -> seen.words(f).isEmpty() ? "(nothing: a missing element)"
        : quote(seen.words(f))).distinct().collect(Collectors.joining(", "));
  }

  static String quote(String text) {
    return "'" + text + "'";
  }
}
