package dev.playbook.validator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

/**
 * A problem the user can fix (a missing path, an unwritable output file): reported as one
 * {@code playbook: ...} line per problem, without a stack trace, and exit code 2.
 */
final class UserError extends Exception {

  private final List<String> problems;

  UserError(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  UserError(String problem) {
    this(List.of(problem));
  }

  /** Every problem, one line each. */
  List<String> problems() {
    return problems;
  }

  /** Why an I/O operation failed, in a few plain words ("no such file or directory"). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
