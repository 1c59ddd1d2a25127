package dev.playbook.validator;

import dev.playbook.LoadLimits;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code playbook diff} and {@code playbook backtest} read one version from: a file (or
 * folder), or {@code git:REV:path}, the playbook as it is at a Git revision, with the base
 * playbooks it {@code extends} read from the same revision ({@link GitFiles}). Paths in the Git form
 * are relative to the repository's top folder ({@code REV:./path} to the current directory, as in
 * {@code git show}); diagnostics name each file {@code REV:path}.
 */
final class PlaybookSource {

  static final String GIT_PREFIX = "git:";

  private PlaybookSource() {}

  /**
   * Loads the playbook an argument names.
   *
   * @param argument a path, or {@code git:REV:path}
   * @param repository the directory Git runs in for the Git form
   * @throws UserError if the Git form is malformed, or Git cannot read the playbook itself (a base
   *     it cannot read is a diagnostic, {@code PB801})
   */
  static LoadResult load(String argument, Path repository) throws UserError {
    if (!argument.startsWith(GIT_PREFIX)) {
      Path file = Path.of(argument);
      if (!Files.exists(file)) {
        // Say it as an I/O error (exit 2), not as a playbook problem.
        throw new UserError("cannot read " + argument + ": no such file or directory");
      }
      return Playbooks.load(file);
    }
    String spec = argument.substring(GIT_PREFIX.length());
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new UserError("'" + argument + "' is not of the form git:REV:path"
          + " (such as git:HEAD~1:examples/retail-bank/playbook.yaml)");
    }
    String revision = spec.substring(0, colon);
    String path = spec.substring(colon + 1);
    if (revision.startsWith("-")) {
      // Git would read it as an option.
      throw new UserError("'" + revision + "' in '" + argument + "' is not a Git revision");
    }
    String object = revision + ":" + path;
    String type = new String(git(repository, argument, "cat-file", "-t", object), StandardCharsets.UTF_8).strip();
    if (!type.equals("blob") && !type.equals("tree")) {
      throw new UserError("cannot read " + argument + ": " + path + " is a " + type + " at " + revision
          + ", not a file or folder");
    }
    if (path.startsWith("./") || path.startsWith("../")) {
      // Relative to the current directory: make it relative to the top folder, as the bases' paths are.
      path = new String(git(repository, argument, "rev-parse", "--show-prefix"), StandardCharsets.UTF_8).strip() + path;
    }
    return Playbooks.loader()
        .load(Path.of(path).normalize(), new GitFiles(repository, revision, LoadLimits.DEFAULTS.maxFileBytes()));
  }

  /** Runs git with these arguments and returns what it printed; a failure is a {@link UserError}. */
  private static byte[] git(Path repository, String argument, String... args) throws UserError {
    GitFiles.Result result;
    try {
      result = GitFiles.run(repository, LoadLimits.DEFAULTS.maxFileBytes(), null, args);
    } catch (IOException e) {
      throw new UserError("cannot read " + argument + ": " + UserError.reason(e));
    }
    if (result.exit() != 0) {
      throw new UserError("cannot read " + argument + ": " + result.firstErrorLine());
    }
    return result.out();
  }
}
