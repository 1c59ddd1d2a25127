package dev.playbook.validator.backtest;

import dev.playbook.Decision;
import dev.playbook.validator.backtest.BacktestReport.DecisionCount;
import dev.playbook.validator.backtest.BacktestReport.FlipKind;
import dev.playbook.validator.backtest.BacktestReport.RuleCount;
import dev.playbook.validator.backtest.BacktestReport.Sample;
import dev.playbook.validator.backtest.BacktestReport.Volume;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: inline CSS, an inline SVG chart of the decisions
 * before and after, the flips with the matched words marked, and a little inline script that filters
 * the flips by rule. It loads nothing from anywhere, so it opens offline and can be attached to a
 * ticket. The whole JSON report is embedded ({@code <script type="application/json"
 * id="report-data">}) for anyone who wants the numbers.
 *
 * <p>All customer text is HTML-escaped; in the embedded JSON, {@code <}, {@code >} and {@code &}
 * are written as JSON escapes, so no reply can close the script element.
 */
final class HtmlBacktestRenderer {

  private static final String CSS = """
      :root{--ink:#1d2939;--muted:#667085;--line:#eaecf0;--bg:#f9fafb}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
      main{max-width:1180px;margin:0 auto;padding:24px}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px}
      .sub{color:var(--muted);margin:0 0 20px}
      .cards{display:flex;gap:12px;flex-wrap:wrap}
      .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 18px;min-width:150px}
      .card b{display:block;font-size:26px}.card span{color:var(--muted);font-size:13px}
      .panel{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px;overflow-x:auto}
      table{border-collapse:collapse;width:100%}
      th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:13px;color:var(--muted);font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .up{color:#b42318}.down{color:#027a48}
      mark{background:#fde68a;border-radius:3px;padding:0 2px}
      .d{display:inline-block;border-radius:999px;padding:0 8px;font-size:12px;color:#fff;white-space:nowrap}
      .d-escalate{background:#b42318}.d-do-not-reply{background:#c4320a}.d-move-to-private{background:#6941c6}
      .d-revise{background:#b54708}.d-ready{background:#027a48}
      .tag{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:0 6px;margin:1px;font-size:12px;background:var(--bg)}
      .who{color:var(--muted);font-size:12px}
      .text{max-width:420px;white-space:pre-wrap;word-break:break-word}
      .filter{margin:0 0 12px}.filter select{font:inherit;padding:4px 8px}
      .legend span{display:inline-block;margin-right:16px;color:var(--muted);font-size:13px}
      .sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
      """;

  private static final String SCRIPT = """
      (function () {
        var data = JSON.parse(document.getElementById('report-data').textContent);
        var rows = Array.prototype.slice.call(document.querySelectorAll('tr.flip'));
        var select = document.getElementById('rule-filter');
        var rules = {};
        data.flips.kinds.forEach(function (k) {
          k.byRule.forEach(function (c) { rules[c.name] = (rules[c.name] || 0) + c.count; });
        });
        Object.keys(rules).sort().forEach(function (id) {
          var option = document.createElement('option');
          option.value = id;
          option.textContent = id + ' (' + rules[id] + ' flips)';
          select.appendChild(option);
        });
        function apply() {
          var rule = select.value, shown = 0;
          rows.forEach(function (row) {
            var show = !rule || row.getAttribute('data-rules').split(' ').indexOf(rule) >= 0;
            row.style.display = show ? '' : 'none';
            if (show) { shown++; }
          });
          document.getElementById('flips-shown').textContent = String(shown);
          var all = rule ? rules[rule] : data.flips.total;
          document.getElementById('flips-matching').textContent = String(all);
        }
        select.addEventListener('change', apply);
        apply();
        document.body.setAttribute('data-ready', 'true');
      })();
      """;

  private static final String[] COLOURS = {"#b42318", "#c4320a", "#6941c6", "#b54708", "#027a48"};

  void write(BacktestReport r, Writer writer) throws IOException {
    PrintWriter out = new PrintWriter(writer);
    String title = "Backtest: " + r.base().id() + " " + r.base().version() + " → " + r.head().version();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + esc(title) + "</title>");
    out.println("<style>" + CSS + "</style></head><body><main>");
    out.println("<h1>" + esc(title) + "</h1>");
    out.println("<p class=\"sub\">" + esc(r.base().source()) + " → " + esc(r.head().source())
        + " over " + esc(r.corpus()) + " (default channel " + esc(r.defaultChannel()) + ")</p>");
    out.println("<div class=\"cards\">");
    card(out, "checked", r.checked(), "replies checked");
    card(out, "flips", r.flipCount(), "change decision (" + Marked.percent(r.flipCount(), r.checked()) + ")");
    for (FlipKind k : r.flips()) {
      card(out, "flips-" + k.to().label(), k.count(), k.title());
    }
    card(out, "skipped", r.skippedCount(), "lines skipped");
    out.println("</div>");

    out.println("<h2>Decisions before and after</h2><div class=\"panel\">");
    chart(out, r);
    out.println("<table id=\"decisions\"><tr><th>Decision</th><th class=\"n\">Before</th>"
        + "<th class=\"n\">After</th><th class=\"n\">Change</th></tr>");
    for (DecisionCount d : r.decisions()) {
      String label = d.decision().label();
      out.println("<tr><td>" + badge(d.decision()) + "</td><td class=\"n\" data-decision=\"" + label
          + "\" data-side=\"base\">" + d.base() + "</td><td class=\"n\" data-decision=\"" + label
          + "\" data-side=\"head\">" + d.head() + "</td><td class=\"n " + trend(d.base(), d.head())
          + "\">" + Marked.change(d.base(), d.head()) + "</td></tr>");
    }
    out.println("</table></div>");

    if (!r.flips().isEmpty()) {
      out.println("<h2>What flips, and why</h2><div class=\"panel\"><table id=\"flip-kinds\">"
          + "<tr><th>Flip</th><th class=\"n\">Replies</th><th>Rules</th><th>Topics</th>"
          + "<th>Escalation paths</th></tr>");
      for (FlipKind k : r.flips()) {
        out.println("<tr><td>" + badge(k.to()) + " " + esc(k.title()) + "</td><td class=\"n\""
            + " data-flip=\"" + k.to().label() + "\">" + k.count() + "</td><td>" + tags(k.byRule())
            + "</td><td>" + tags(k.byTopic()) + "</td><td>" + tags(k.byEscalationPath()) + "</td></tr>");
      }
      out.println("</table><p class=\"who\">Transitions: " + esc(r.transitions().stream()
          .map(t -> t.from().label() + " → " + t.to().label() + " " + t.count())
          .collect(Collectors.joining(", "))) + "</p></div>");
    }

    out.println("<h2>Escalations</h2><div class=\"panel\">");
    volumes(out, "escalation-paths", "Escalation path", r.escalationPaths());
    volumes(out, "escalation-teams", "First-tier team", r.escalationTeams());
    out.println("</div>");

    out.println("<h2>Sample flips</h2><div class=\"panel\">");
    out.println("<p class=\"filter\"><label for=\"rule-filter\">Rule: </label><select id=\"rule-filter\">"
        + "<option value=\"\">all rules</option></select> <span class=\"who\"><span id=\"flips-shown\">"
        + r.flips().stream().mapToInt(k -> k.samples().size()).sum() + "</span> samples shown of"
        + " <span id=\"flips-matching\">" + r.flipCount() + "</span> flips</span></p>");
    out.println("<table id=\"flips\"><tr><th class=\"n\">Line</th><th>Flip</th><th>Rules</th>"
        + "<th>Customer</th><th>Reply</th></tr>");
    for (FlipKind k : r.flips()) {
      for (Sample s : k.samples()) {
        out.println("<tr class=\"flip\" data-rules=\"" + esc(String.join(" ", s.rules())) + "\">"
            + "<td class=\"n\">" + s.line() + s.id().map(id -> "<div class=\"who\">" + esc(id) + "</div>")
            .orElse("") + "</td><td>" + badge(s.from()) + " → " + badge(s.to())
            + "<div class=\"who\">" + esc(s.channel()) + "</div></td><td>"
            + s.rules().stream().map(id -> "<span class=\"tag\">" + esc(id) + "</span>")
            .collect(Collectors.joining(" ")) + "</td><td class=\"text\">"
            + Marked.mark(s.inbound(), s.highlights(), true, HtmlBacktestRenderer::esc, "<mark>", "</mark>")
            + "</td><td class=\"text\">"
            + Marked.mark(s.reply(), s.highlights(), false, HtmlBacktestRenderer::esc, "<mark>", "</mark>")
            + "</td></tr>");
      }
    }
    out.println("</table></div>");

    out.println("<h2>Rules</h2><div class=\"panel\"><table id=\"rules\"><tr><th>Rule</th><th>Kind</th>"
        + "<th class=\"n\">Replies before</th><th class=\"n\">Replies after</th><th class=\"n\">Share after</th>"
        + "<th></th></tr>");
    List<String> never = r.neverFired();
    List<String> noisy = r.noisy();
    for (RuleCount c : r.rules()) {
      String note = never.contains(c.id()) ? "never fired: candidate for removal"
          : noisy.contains(c.id()) ? "fires on most replies: candidate for noise"
          : !c.inHead() && (c.inBase()) ? "removed" : !c.inBase() && c.inHead() ? "new" : "";
      out.println("<tr data-rule=\"" + esc(c.id()) + "\"><td>" + esc(c.id()) + "</td><td>" + esc(c.kind())
          + "</td><td class=\"n\">" + c.base() + "</td><td class=\"n\">" + c.head() + "</td><td class=\"n\">"
          + Marked.percent(c.head(), r.checked()) + "</td><td class=\"who\">" + esc(note) + "</td></tr>");
    }
    out.println("</table></div>");

    if (r.skippedCount() > 0) {
      out.println("<h2>Skipped lines</h2><div class=\"panel\"><table id=\"skipped\">");
      r.skipped().forEach(s -> out.println("<tr><td class=\"n\">" + s.line() + "</td><td>"
          + esc(s.reason()) + "</td></tr>"));
      out.println("</table></div>");
    }
    out.println("</main>");
    out.println("<script type=\"application/json\" id=\"report-data\">"
        + scriptSafe(JsonBacktestRenderer.tree(r).toString()) + "</script>");
    out.println("<script>" + SCRIPT + "</script>");
    out.println("</body></html>");
    out.flush();
  }

  /** Grouped bars: each decision before (pale) and after (full colour). */
  private static void chart(PrintWriter out, BacktestReport r) {
    long max = Math.max(1, r.decisions().stream().mapToLong(d -> Math.max(d.base(), d.head())).max().orElse(1));
    int rowHeight = 46;
    int labelWidth = 150;
    int barMax = 560;
    int height = rowHeight * r.decisions().size() + 30;
    out.println("<svg id=\"chart\" role=\"img\" aria-label=\"Decisions before and after\" width=\"800\""
        + " height=\"" + height + "\" viewBox=\"0 0 800 " + height + "\""
        + " font-family=\"system-ui,sans-serif\" font-size=\"13\">");
    int y = 0;
    for (DecisionCount d : r.decisions()) {
      String colour = COLOURS[d.decision().ordinal()];
      out.printf(Locale.ROOT, "<text x=\"0\" y=\"%d\" fill=\"#1d2939\">%s</text>%n", y + 24,
          d.decision().label());
      bar(out, labelWidth, y + 4, width(d.base(), max, barMax), colour, 0.35, d.base(), "base",
          d.decision());
      bar(out, labelWidth, y + 22, width(d.head(), max, barMax), colour, 1.0, d.head(), "head",
          d.decision());
      y += rowHeight;
    }
    out.printf(Locale.ROOT, "<g transform=\"translate(%d,%d)\"><rect width=\"12\" height=\"12\" fill=\"#667085\""
        + " fill-opacity=\"0.35\"/><text x=\"18\" y=\"11\" fill=\"#667085\">before (%s)</text>"
        + "<rect x=\"200\" width=\"12\" height=\"12\" fill=\"#667085\"/><text x=\"218\" y=\"11\""
        + " fill=\"#667085\">after (%s)</text></g>%n", labelWidth, y + 8, esc(r.base().version()),
        esc(r.head().version()));
    out.println("</svg>");
  }

  private static int width(long n, long max, int barMax) {
    return n == 0 ? 0 : (int) Math.max(2, Math.round((double) n * barMax / max));
  }

  private static void bar(PrintWriter out, int x, int y, int w, String colour, double opacity,
      long n, String side, Decision d) {
    out.printf(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\" fill=\"%s\""
        + " fill-opacity=\"%.2f\"/><text x=\"%d\" y=\"%d\" fill=\"#475467\" class=\"bar-value\""
        + " data-decision=\"%s\" data-side=\"%s\">%d</text>%n", x, y, w, colour, opacity, x + w + 6,
        y + 13, d.label(), side, n);
  }

  private static void card(PrintWriter out, String field, long n, String label) {
    out.println("<div class=\"card\"><b data-field=\"" + field + "\">" + n + "</b><span>" + esc(label)
        + "</span></div>");
  }

  private static void volumes(PrintWriter out, String id, String title, List<Volume> volumes) {
    out.println("<table id=\"" + id + "\"><tr><th>" + title + "</th><th class=\"n\">Before</th>"
        + "<th class=\"n\">After</th><th class=\"n\">Change</th></tr>");
    if (volumes.isEmpty()) {
      out.println("<tr><td colspan=\"4\" class=\"who\">no reply escalated under either version</td></tr>");
    }
    for (Volume v : volumes) {
      out.println("<tr><td>" + esc(v.name()) + "</td><td class=\"n\" data-side=\"base\">" + v.base()
          + "</td><td class=\"n\" data-side=\"head\">" + v.head() + "</td><td class=\"n "
          + trend(v.base(), v.head()) + "\">" + esc(Marked.ratio(v.base(), v.head())) + "</td></tr>");
    }
    out.println("</table>");
  }

  private static String tags(List<BacktestReport.Count> counts) {
    return counts.stream().map(c -> "<span class=\"tag\">" + esc(c.name()) + " " + c.count() + "</span>")
        .collect(Collectors.joining(" "));
  }

  private static String badge(Decision d) {
    return "<span class=\"d d-" + d.label() + "\">" + d.label() + "</span>";
  }

  private static String trend(long before, long after) {
    return after > before ? "up" : after < before ? "down" : "";
  }

  /** Text for HTML content and attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * JSON that can sit inside a script element: {@code <}, {@code >} and {@code &} only ever occur
   * inside JSON strings, where their escapes mean the same; U+2028 and U+2029 likewise.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
