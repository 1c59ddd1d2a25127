package dev.playbook.validator.diff;

import java.io.IOException;
import java.io.Writer;

/** Writes a diff in one output format. Implementations are stateless and thread-safe. */
public interface DiffRenderer {

  /**
   * Writes the whole report, ending with a line break.
   *
   * @throws IOException if the writer fails
   */
  void write(PlaybookDiff diff, Writer out) throws IOException;
}
