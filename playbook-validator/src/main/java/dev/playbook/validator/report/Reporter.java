package dev.playbook.validator.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link Report} in one output format.
 *
 * <p>Implementations are immutable and may be shared between threads; every call writes a complete
 * document, with {@code \n} line endings whatever the platform, so output is byte-for-byte stable.
 */
public interface Reporter {

  /**
   * Writes the whole report to {@code out}. Does not flush or close {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  void write(Report report, Writer out) throws IOException;
}
