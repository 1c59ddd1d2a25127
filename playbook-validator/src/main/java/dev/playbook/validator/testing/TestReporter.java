package dev.playbook.validator.testing;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link TestRun} in one output format. Like the validate reporters: immutable, a
 * complete document per call, {@code \n} line endings on every platform.
 */
public interface TestReporter {

  /**
   * Writes the whole report to {@code out}. Does not flush or close {@code out}.
   *
   * @throws IOException if {@code out} fails
   */
  void write(TestRun run, Writer out) throws IOException;
}
