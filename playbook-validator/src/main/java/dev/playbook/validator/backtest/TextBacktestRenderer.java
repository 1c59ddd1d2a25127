package dev.playbook.validator.backtest;

import dev.playbook.validator.backtest.BacktestReport.Count;
import dev.playbook.validator.backtest.BacktestReport.FlipKind;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import dev.playbook.validator.backtest.BacktestReport.Volume;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report as a summary for a terminal; matched words in samples are marked ⟦like this⟧. */
final class TextBacktestRenderer {

  void write(BacktestReport r, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    out.printf("Backtest: %s %s (%s) -> %s %s (%s)%n", r.base().id(), r.base().version(),
        r.base().source(), r.head().id(), r.head().version(), r.head().source());
    out.printf("Corpus: %s: %d lines, %d checked, %d skipped (default channel %s)%n",
        r.corpus(), r.lines(), r.checked(), r.skippedCount(), r.defaultChannel());
    out.println();
    out.printf("%-18s %10s %10s %8s%n", "Decisions", "base", "head", "change");
    r.decisions().forEach(d -> out.printf("  %-16s %10d %10d %8s%n", d.decision().label(),
        d.base(), d.head(), Marked.change(d.base(), d.head())));
    out.println();
    out.printf("Flips: %d of %d replies (%s) change decision%n", r.flipCount(), r.checked(),
        Marked.percent(r.flipCount(), r.checked()));
    for (FlipKind kind : r.flips()) {
      out.printf("  %s: %d%n", kind.title(), kind.count());
      counts(out, "by rule", kind.byRule());
      counts(out, "by topic", kind.byTopic());
      counts(out, "by path", kind.byEscalationPath());
    }
    if (!r.transitions().isEmpty()) {
      out.println("  transitions: " + r.transitions().stream()
          .map(t -> t.from().label() + " -> " + t.to().label() + " " + t.count())
          .collect(Collectors.joining(", ")));
    }
    out.println();
    volumes(out, "Escalations by path", r.escalationPaths());
    volumes(out, "Escalations by team", r.escalationTeams());
    out.println("Rules that never fired under " + r.head().version() + ": "
        + (r.neverFired().isEmpty() ? "none" : String.join(", ", r.neverFired())));
    out.println("Rules that fire on " + threshold(r) + " of replies or more: "
        + (r.noisy().isEmpty() ? "none" : r.noisy().stream()
            .map(id -> id + " " + Marked.percent(head(r, id), r.checked()))
            .collect(Collectors.joining(", "))));
    for (FlipKind kind : r.flips()) {
      out.println();
      out.printf("Sample flips, %s (%d of %d):%n", kind.title(), kind.samples().size(), kind.count());
      for (Sample s : kind.samples()) {
        out.printf("  line %d%s, %s: %s -> %s, by %s%n", s.line(), s.id().map(id -> " (" + id + ")")
            .orElse(""), s.channel(), s.from().label(), s.to().label(), String.join(", ", s.rules()));
        out.println("    inbound: " + Marked.oneLine(
            Marked.mark(s.inbound(), s.highlights(), true, t -> t, "⟦", "⟧")));
        out.println("    reply:   " + Marked.oneLine(
            Marked.mark(s.reply(), s.highlights(), false, t -> t, "⟦", "⟧")));
      }
    }
    if (r.skippedCount() > 0) {
      out.println();
      out.printf("Skipped lines: %d%s%n", r.skippedCount(),
          r.skippedCount() > r.skipped().size() ? " (first " + r.skipped().size() + " listed)" : "");
      r.skipped().forEach(s -> out.printf("  line %d: %s%n", s.line(), s.reason()));
    }
    out.flush();
  }

  static String threshold(BacktestReport r) {
    return String.format(Locale.ROOT, "%.0f%%", r.noisyThreshold() * 100);
  }

  static long head(BacktestReport r, String id) {
    return r.rules().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().head();
  }

  private static void counts(PrintWriter out, String title, List<Count> counts) {
    if (!counts.isEmpty()) {
      out.println("    " + title + ": " + counts.stream().map(c -> c.name() + " " + c.count())
          .collect(Collectors.joining(", ")));
    }
  }

  private static void volumes(PrintWriter out, String title, List<Volume> volumes) {
    out.printf("%-36s %8s %8s %8s%n", title, "base", "head", "");
    if (volumes.isEmpty()) {
      out.println("  none");
    }
    volumes.forEach(v -> out.printf("  %-34s %8d %8d %8s%n", v.name(), v.base(), v.head(),
        Marked.ratio(v.base(), v.head())));
    out.println();
  }
}
