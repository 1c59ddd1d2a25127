package dev.playbook.validator;

/** The exit codes of every {@code playbook} command, as documented in {@code docs/cli.md}. */
final class ExitCodes {

  /** Every playbook is valid (warnings allowed, unless {@code --strict}). */
  static final int OK = 0;
  /** At least one playbook is invalid. */
  static final int INVALID = 1;
  /** {@code check}: the draft is not READY; with {@code --batch}, a line was skipped. */
  static final int NOT_READY = 1;
  /** The command could not do its job: a usage error, an I/O error, or a bug in playbook. */
  static final int ERROR = 2;

  private ExitCodes() {}
}
