package dev.playbook.validator.testing;

import dev.playbook.validator.report.Tool;
import java.util.Locale;

/** The output formats of {@code playbook test}, named as {@code --format} spells them. */
public enum TestFormat {
  /** One compiler-style line per case that did not pass, the uncovered items, and a summary. */
  TEXT,
  /** A JSON document described by {@code schemas/test-report-v1.schema.json}. */
  JSON,
  /** JUnit XML: a test suite per test file, a test case per case. */
  JUNIT;

  /** A reporter for this format; {@code tool} names the program in JSON. */
  public TestReporter reporter(Tool tool) {
    return switch (this) {
      case TEXT -> new TestTextReporter();
      case JSON -> new TestJsonReporter(tool);
      case JUNIT -> new TestJUnitReporter();
    };
  }

  /** The name {@code --format} takes. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
