package dev.playbook.validator.report;

import java.util.Locale;

/** The output formats of {@code playbook validate}, named as {@code --format} spells them. */
public enum Format {
  /** Compiler-style lines for people and editors: {@code file:line:col: error PB302 message}. */
  TEXT,
  /** A JSON document described by {@code schemas/validate-report-v1.schema.json}. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. */
  SARIF,
  /** JUnit XML, one test case per file, for Jenkins, GitLab and other CI test reports. */
  JUNIT,
  /** GitHub Actions workflow commands, which become annotations on a pull request. */
  GITHUB;

  /**
   * A reporter for this format.
   *
   * @param colour whether to colour the output with ANSI escapes (only {@link #TEXT} has colour)
   */
  public Reporter reporter(boolean colour) {
    return switch (this) {
      case TEXT -> new TextReporter(colour);
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
      case JUNIT -> new JUnitReporter();
      case GITHUB -> new GitHubReporter();
    };
  }

  /** The name {@code --format} takes: {@code text}, {@code json}, ... */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
