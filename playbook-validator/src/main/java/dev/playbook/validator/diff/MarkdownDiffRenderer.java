package dev.playbook.validator.diff;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub-flavoured Markdown for a pull-request comment: the version verdict, a table of counts per
 * category, the owners to ask, then a table per category; cosmetic changes fold away in
 * {@code <details>}. Every value from the playbook is escaped, so a phrase or pattern cannot break
 * the table or inject markup.
 */
final class MarkdownDiffRenderer implements DiffRenderer {

  @Override
  public void write(PlaybookDiff diff, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("## Playbook diff: ").append(code(diff.after().id())).append(' ')
        .append(escape(diff.before().version())).append(" → ").append(escape(diff.after().version()))
        .append("\n\n");
    md.append(diff.version().passed() ? "✅ **Version check passed**" : "❌ **Version check failed**")
        .append(": ").append(escape(Summary.version(diff, "→"))).append(".\n");
    for (Diagnostic finding : diff.version().findings()) {
      md.append("- ").append(finding.isError() ? "**error**" : "**warning**").append(' ')
          .append(finding.code()).append(": ").append(escape(finding.message()))
          .append(finding.hint().map(h -> " (" + escape(h) + ")").orElse("")).append('\n');
    }
    md.append('\n');
    if (diff.isEmpty()) {
      md.append("No changes: both versions mean the same.\n");
      out.write(md.toString());
      return;
    }
    md.append("| category | changes | review |\n|---|---:|---|\n");
    Map<Category, Integer> counts = diff.counts();
    for (Category category : Category.values()) {
      md.append("| ").append(title(category)).append(" | ").append(counts.get(category)).append(" | ")
          .append(meaning(category)).append(" |\n");
    }
    Map<String, Integer> owners = Summary.owners(diff);
    if (!owners.isEmpty()) {
      List<String> ask = new ArrayList<>();
      owners.forEach((name, n) -> ask.add(escape(name) + " (" + n + (n == 1 ? " change)" : " changes)")));
      md.append("\n**Owners to ask:** ").append(String.join(", ", ask)).append('\n');
    }
    for (Category category : Category.values()) {
      List<Change> changes = diff.changes(category);
      if (changes.isEmpty()) {
        continue;
      }
      boolean fold = category == Category.COSMETIC;
      md.append('\n');
      if (fold) {
        md.append("<details>\n<summary>Cosmetic changes (").append(changes.size()).append(")</summary>\n\n");
      } else {
        md.append("### ").append(title(category)).append(" changes (").append(changes.size()).append(")\n\n");
      }
      md.append(fold ? "| change | path | before | after | where |\n|---|---|---|---|---|\n"
          : "| change | path | before | after | where | approve |\n|---|---|---|---|---|---|\n");
      for (Change change : changes) {
        md.append("| ").append(escape(change.description()))
            .append(" | ").append(code(change.path()))
            .append(" | ").append(value(change.before()))
            .append(" | ").append(value(change.after()))
            .append(" | ").append(code(change.location().toString()));
        if (!fold) {
          md.append(" | ").append(escape(String.join(", ", change.owners())));
        }
        md.append(" |\n");
      }
      if (fold) {
        md.append("\n</details>\n");
      }
    }
    out.write(md.toString());
  }

  private static String title(Category category) {
    String label = category.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  private static String meaning(Category category) {
    return switch (category) {
      case BREAKING -> "integrations may fail: needs a major version";
      case LOOSENING -> "needs compliance review";
      case TIGHTENING -> "stricter: check it is intended";
      case COSMETIC -> "wording only";
    };
  }

  private static String value(Optional<String> value) {
    return value.map(MarkdownDiffRenderer::code).orElse("");
  }

  /**
   * A code span that shows the text literally: a fence longer than any run of backticks inside,
   * and pipes escaped, which GitHub requires even inside code spans in a table.
   */
  static String code(String text) {
    String line = text.replace('\n', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (char c : line.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + pad + line + pad + fence;
  }

  /** Plain text with every Markdown and HTML special character escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.replace('\n', ' ').toCharArray()) {
      if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
