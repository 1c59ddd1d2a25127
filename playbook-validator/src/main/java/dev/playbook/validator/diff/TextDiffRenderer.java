package dev.playbook.validator.diff;

import dev.playbook.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * Plain text: a header, the changes grouped by category (most serious first), then the version
 * verdict with its findings in compiler style ({@code file:line:col: error PB702 ...}).
 */
final class TextDiffRenderer implements DiffRenderer {

  @Override
  public void write(PlaybookDiff diff, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("playbook diff: ").append(side(diff.before())).append(" -> ").append(side(diff.after()))
        .append('\n');
    if (diff.isEmpty()) {
      text.append("no changes: both versions mean the same\n");
    } else {
      text.append(Summary.counts(diff)).append('\n');
      for (Category category : Category.values()) {
        var changes = diff.changes(category);
        if (changes.isEmpty()) {
          continue;
        }
        text.append('\n').append(category.label()).append(" (").append(changes.size()).append(")\n");
        for (Change change : changes) {
          text.append("  ").append(change.location()).append(": ").append(change.description()).append('\n');
          text.append("      ").append(change.path());
          change.before().ifPresent(b -> text.append("  was: ").append(b));
          change.after().ifPresent(a -> text.append("  now: ").append(a));
          text.append('\n');
          if (!change.owners().isEmpty()) {
            text.append("      approve: ").append(String.join(", ", change.owners())).append('\n');
          }
        }
      }
    }
    text.append('\n').append("version: ").append(Summary.version(diff, "->")).append('\n');
    for (Diagnostic finding : diff.version().findings()) {
      text.append(finding).append('\n');
    }
    text.append("result: ").append(diff.version().passed() ? "pass" : "fail").append('\n');
    out.write(text.toString());
  }

  private static String side(Revision revision) {
    return revision.source() + " (" + revision.id() + " " + revision.version() + ")";
  }
}
