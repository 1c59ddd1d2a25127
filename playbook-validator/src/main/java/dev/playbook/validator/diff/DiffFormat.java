package dev.playbook.validator.diff;

import java.util.Locale;

/** The output formats of {@code playbook diff}, documented in {@code docs/diff.md}. */
public enum DiffFormat {
  /** For people in a terminal: changes grouped by category, most serious first, then the version verdict. */
  TEXT(new TextDiffRenderer()),
  /** For programs: the shape of {@code schemas/diff-report-v1.schema.json}. */
  JSON(new JsonDiffRenderer()),
  /** For a pull-request comment: a summary table, then the changes and whom to ask. */
  MARKDOWN(new MarkdownDiffRenderer());

  private final DiffRenderer renderer;

  DiffFormat(DiffRenderer renderer) {
    this.renderer = renderer;
  }

  /** The renderer for this format. */
  public DiffRenderer renderer() {
    return renderer;
  }

  /** The name used on the command line, such as {@code markdown}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
