package dev.playbook.validator.backtest;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The output formats of {@code playbook backtest}. */
public enum BacktestFormat {
  /** A summary for a terminal. */
  TEXT,
  /** The whole report, in the shape of {@code schemas/backtest-report-v1.schema.json}. */
  JSON,
  /** A pull-request comment. */
  MARKDOWN,
  /** One self-contained page with a chart, the flips and a filter by rule. */
  HTML;

  /** Writes the report in this format. */
  public void write(BacktestReport report, Writer out) throws IOException {
    switch (this) {
      case TEXT -> new TextBacktestRenderer().write(report, out);
      case JSON -> JsonBacktestRenderer.write(report, out);
      case MARKDOWN -> new MarkdownBacktestRenderer().write(report, out);
      case HTML -> new HtmlBacktestRenderer().write(report, out);
    }
    out.flush();
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
