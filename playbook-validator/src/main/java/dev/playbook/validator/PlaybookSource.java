package dev.playbook.validator;

import dev.playbook.LoadLimits;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where {@code playbook diff} reads one version from: a file (or folder), or {@code git:REV:path},
 * the file as it is at a Git revision. The Git form is read with {@code git show REV:path} in the
 * given repository, without a shell and without writing anything to disk; diagnostics name the
 * source {@code REV:path}.
 */
final class PlaybookSource {

  static final String GIT_PREFIX = "git:";

  private PlaybookSource() {}

  /**
   * Loads the playbook an argument names.
   *
   * @param argument a path, or {@code git:REV:path}
   * @param repository the directory Git runs in for the Git form
   * @throws UserError if the Git form is malformed, or Git cannot read it
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
    if (!type.equals("blob")) {
      throw new UserError("cannot read " + argument + ": " + path + " is a " + type + " at " + revision
          + ", not a file");
    }
    return Playbooks.load(utf8(git(repository, argument, "show", object), argument), object);
  }

  /** Runs git with these arguments (never through a shell) and returns what it printed. */
  private static byte[] git(Path repository, String argument, String... args) throws UserError {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UserError("cannot read " + argument + ": cannot run git (" + UserError.reason(e)
          + "); is Git installed and on the PATH?");
    }
    try {
      process.getOutputStream().close();
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      long limit = LoadLimits.DEFAULTS.maxFileBytes();
      byte[] out = process.getInputStream().readNBytes((int) limit + 1);
      if (out.length > limit) {
        process.destroy();
        throw new UserError("cannot read " + argument + ": it is larger than " + limit
            + " bytes, the largest playbook Playbook reads");
      }
      int exit = process.waitFor();
      if (exit != 0) {
        String message = new String(errors.join(), StandardCharsets.UTF_8).strip().lines().findFirst()
            .orElse("git exited with " + exit).replaceFirst("^(fatal|error): ", "");
        throw new UserError("cannot read " + argument + ": " + message);
      }
      return out;
    } catch (IOException e) {
      throw new UserError("cannot read " + argument + ": " + UserError.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new UserError("cannot read " + argument + ": interrupted");
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Strict UTF-8: a file that is not would be silently altered by a lenient decoder. */
  private static String utf8(byte[] bytes, String argument) throws UserError {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserError("cannot read " + argument + ": it is not UTF-8 text");
    }
  }
}
