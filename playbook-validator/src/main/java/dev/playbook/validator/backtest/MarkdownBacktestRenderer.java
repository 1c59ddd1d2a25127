package dev.playbook.validator.backtest;

import dev.playbook.validator.backtest.BacktestReport.FlipKind;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import dev.playbook.validator.backtest.BacktestReport.Volume;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as a pull-request comment (GitHub-flavoured Markdown). Customer text is escaped, so a
 * reply cannot break a table or inject markup; matched words are in bold.
 */
final class MarkdownBacktestRenderer {

  void write(BacktestReport r, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    out.printf("## Backtest: %s %s → %s%n%n", escape(r.base().id()), escape(r.base().version()),
        escape(r.head().version()));
    out.printf("`%s` → `%s` over `%s`: **%d** replies checked, %d skipped, **%d** change decision (%s).%n%n",
        code(r.base().source()), code(r.head().source()), code(r.corpus()), r.checked(),
        r.skippedCount(), r.flipCount(), Marked.percent(r.flipCount(), r.checked()));
    out.println("| Decision | Before | After | Change |");
    out.println("|---|---:|---:|---:|");
    r.decisions().forEach(d -> out.printf("| %s | %d | %d | %s |%n", d.decision().label(),
        d.base(), d.head(), Marked.change(d.base(), d.head())));
    out.println();
    if (!r.flips().isEmpty()) {
      out.println("### Flips");
      out.println();
      out.println("| Flip | Replies | Rules | Topics | Escalation paths |");
      out.println("|---|---:|---|---|---|");
      for (FlipKind k : r.flips()) {
        out.printf("| %s | %d | %s | %s | %s |%n", k.title(), k.count(), counts(k.byRule()),
            counts(k.byTopic()), counts(k.byEscalationPath()));
      }
      out.println();
    }
    if (!r.escalationPaths().isEmpty()) {
      out.println("### Escalations");
      out.println();
      volumes(out, "Path", r.escalationPaths());
      volumes(out, "Team", r.escalationTeams());
    }
    out.println("### Rules");
    out.println();
    out.println("- Never fired under " + escape(r.head().version()) + ": "
        + (r.neverFired().isEmpty() ? "none" : r.neverFired().stream().map(id -> "`" + code(id) + "`")
            .collect(Collectors.joining(", "))));
    out.println("- Fire on " + TextBacktestRenderer.threshold(r) + " of replies or more: "
        + (r.noisy().isEmpty() ? "none" : r.noisy().stream().map(id -> "`" + code(id) + "` "
            + Marked.percent(TextBacktestRenderer.head(r, id), r.checked()))
            .collect(Collectors.joining(", "))));
    out.println();
    if (!r.flips().isEmpty()) {
      out.println("<details><summary>Sample flips</summary>");
      out.println();
      out.println("| Line | Flip | Rules | Customer | Reply |");
      out.println("|---:|---|---|---|---|");
      for (FlipKind k : r.flips()) {
        for (Sample s : k.samples()) {
          out.printf("| %d | %s → %s | %s | %s | %s |%n", s.line(), s.from().label(), s.to().label(),
              s.rules().stream().map(id -> "`" + code(id) + "`").collect(Collectors.joining(", ")),
              Marked.mark(s.inbound(), s.highlights(), true, MarkdownBacktestRenderer::cell, "**", "**"),
              Marked.mark(s.reply(), s.highlights(), false, MarkdownBacktestRenderer::cell, "**", "**"));
        }
      }
      out.println();
      out.println("</details>");
      out.println();
    }
    if (r.skippedCount() > 0) {
      out.printf("%d lines skipped: %s%s.%n", r.skippedCount(), r.skipped().stream()
          .map(s -> "line " + s.line() + " (" + escape(s.reason()) + ")")
          .collect(Collectors.joining(", ")), r.skippedCount() > r.skipped().size() ? ", ..." : "");
    }
    out.flush();
  }

  private static String counts(List<BacktestReport.Count> counts) {
    return counts.isEmpty() ? "" : counts.stream()
        .map(c -> "`" + code(c.name()) + "` " + c.count()).collect(Collectors.joining(", "));
  }

  private static void volumes(PrintWriter out, String title, List<Volume> volumes) {
    out.printf("| %s | Before | After | |%n", title);
    out.println("|---|---:|---:|---|");
    volumes.forEach(v -> out.printf("| %s | %d | %d | %s |%n", escape(v.name()), v.base(), v.head(),
        Marked.ratio(v.base(), v.head())));
    out.println();
  }

  /** Customer text in a table cell: on one line, with Markdown and HTML characters escaped. */
  private static String cell(String text) {
    return escape(Marked.oneLine(text));
  }

  /** Text with every character Markdown or HTML would read as markup escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text inside backticks: a backtick would end the span, so it becomes a look-alike. */
  private static String code(String text) {
    return Marked.oneLine(text).replace('`', 'ˋ').replace("|", "\\|");
  }
}
