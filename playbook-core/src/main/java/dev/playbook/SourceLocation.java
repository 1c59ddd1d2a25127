package dev.playbook;

import java.util.Objects;

/**
 * A position in a playbook source file: 1-based line and column, as editors and compilers show them.
 *
 * <p>Locations always come from the YAML parser's token positions, never from searching the text,
 * so they point at the exact key or value that defines an item.
 *
 * @param file the file name as the playbook was loaded (a path, or a name given for a string source)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  /** A location for problems that belong to a whole file rather than to a place in it. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 1, 1);
  }

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  /** {@code file:line:col}, the form compilers print and editors turn into links. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
