package dev.playbook.validator;

import dev.playbook.PlaybookFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A playbook and its bases as they are at one Git revision, for {@code git:REV:path}: each file is
 * read with {@code git cat-file}, run directly (never through a shell) in the repository, writing
 * nothing to disk. Paths are relative to the repository's top folder and files are named
 * {@code REV:path}, as {@code git show} names them. A folder at the revision stands for its
 * {@code playbook.yaml}, as on disk.
 */
final class GitFiles implements PlaybookFiles {

  private final Path repository;
  private final String revision;
  private final long maxBytes;

  /**
   * @param repository the folder Git runs in
   * @param revision a revision Git knows (checked by the caller, so a path Git cannot find is missing)
   * @param maxBytes the largest file read; a larger one is refused before it is read
   */
  GitFiles(Path repository, String revision, long maxBytes) {
    this.repository = repository;
    this.revision = revision;
    this.maxBytes = maxBytes;
  }

  @Override
  public Optional<byte[]> read(Path file) throws IOException {
    String object = object(file);
    String[] typeAndSize = describe(object);
    if (typeAndSize == null) {
      return Optional.empty();
    }
    if (!typeAndSize[0].equals("blob")) {
      throw new IOException(name(file) + " is a " + typeAndSize[0] + ", not a file");
    }
    long size = Long.parseLong(typeAndSize[1]);
    if (size > maxBytes) {
      throw new IOException("it is " + size + " bytes, more than the limit of " + maxBytes + " bytes");
    }
    Result result = run(repository, maxBytes, null, "cat-file", "blob", object);
    if (result.exit() != 0) {
      throw new IOException(result.firstErrorLine());
    }
    return Optional.of(result.out());
  }

  @Override
  public boolean isFolder(Path path) throws IOException {
    String[] typeAndSize = describe(object(path));
    return typeAndSize != null && typeAndSize[0].equals("tree");
  }

  @Override
  public String name(Path file) {
    return revision + ":" + slashed(file);
  }

  /** {@code REV:path}, for a path inside the repository. */
  private String object(Path file) throws IOException {
    String path = slashed(file);
    if (path.equals("..") || path.startsWith("../")) {
      throw new IOException(path + " is outside the Git repository");
    }
    return revision + ":" + path;
  }

  /** The object's type and size, or null when there is no such object at the revision. */
  private String[] describe(String object) throws IOException {
    Result result = run(repository, 4096, object + "\n", "cat-file", "--batch-check=%(objecttype) %(objectsize)");
    if (result.exit() != 0) {
      throw new IOException(result.firstErrorLine());
    }
    String line = new String(result.out(), StandardCharsets.UTF_8).strip();
    String[] typeAndSize = line.split(" ");
    return typeAndSize.length == 2 && typeAndSize[1].chars().allMatch(Character::isDigit) ? typeAndSize : null;
  }

  /** A path as Git writes it, with forward slashes on every system. */
  static String slashed(Path path) {
    List<String> names = new ArrayList<>();
    path.forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }

  /** What git printed and how it exited. */
  record Result(int exit, byte[] out, String errors) {

    String firstErrorLine() {
      return errors.strip().lines().findFirst().orElse("git exited with " + exit).replaceFirst("^(fatal|error): ", "");
    }
  }

  /**
   * Runs git with these arguments in the repository, never through a shell.
   *
   * @param maxBytes the most output read; more is an error
   * @param input what to write to git's standard input, or null for none
   * @throws IOException if git cannot be run or read, prints more than {@code maxBytes}, or is interrupted
   */
  static Result run(Path repository, long maxBytes, String input, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot run git (" + UserError.reason(e) + "); is Git installed and on the PATH?", e);
    }
    try {
      try (var in = process.getOutputStream()) {
        if (input != null) {
          in.write(input.getBytes(StandardCharsets.UTF_8));
        }
      }
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      byte[] out = process.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (out.length > maxBytes) {
        process.destroy();
        throw new IOException("it is larger than " + maxBytes + " bytes, the largest playbook Playbook reads");
      }
      int exit = process.waitFor();
      return new Result(exit, out, new String(errors.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IOException("interrupted", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
