package dev.playbook.validator.report;

import dev.playbook.Diagnostic;

/** Wording shared by the formats that show a diagnostic's message to a person. */
final class Messages {

  private Messages() {}

  /** The message followed by the hint in parentheses, as the compiler-style line shows it. */
  static String withHint(Diagnostic diagnostic) {
    return diagnostic.message() + diagnostic.hint().map(h -> " (" + h + ")").orElse("");
  }
}
