package dev.playbook.validator;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the paths a user names into the playbook files to validate.
 *
 * <p>A file is taken as given, whatever its name. A directory is walked recursively for
 * {@code *.yaml} and {@code *.yml}, skipping playbook tests ({@code *.test.yaml},
 * {@code *.test.yml}), hidden files and directories (names starting with a dot, such as
 * {@code .github/} or {@code .gitlab-ci.yml}) and build output ({@code target/},
 * {@code node_modules/}). Symbolic links to directories are not followed. Files keep the form the
 * user gave ({@code examples/} finds {@code examples/retail-bank/playbook.yaml}) and each
 * directory's files are sorted, so output is the same on every machine.
 */
final class PlaybookPaths {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

  /** Compares paths name by name, so {@code a/z.yaml} sorts before {@code a-b/c.yaml}. */
  private static final Comparator<Path> BY_NAMES = (a, b) -> {
    Iterator<Path> i = a.iterator();
    Iterator<Path> j = b.iterator();
    while (i.hasNext() && j.hasNext()) {
      int byName = i.next().toString().compareTo(j.next().toString());
      if (byName != 0) {
        return byName;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  };

  private PlaybookPaths() {}

  /** What a file the user named stands for, or nothing (with a problem added). */
  @FunctionalInterface
  interface NamedFile {
    Optional<Path> resolve(Path file, List<String> problems);
  }

  /**
   * The files to validate, in the order the inputs were given, each file once.
   *
   * @throws UserError naming every input that does not exist, cannot be read, or is a directory
   *     without playbook files
   */
  static List<Path> find(List<Path> inputs) throws UserError {
    return find(inputs, PlaybookPaths::isPlaybookFileName, "playbook files (*.yaml, *.yml)",
        (file, problems) -> Optional.of(file));
  }

  /**
   * The files the inputs name, in the order given, each file once: a folder's files whose names
   * {@code inFolder} accepts ({@code what} names them when there are none), and what {@code named}
   * makes of a file.
   *
   * @throws UserError naming every input that does not exist, cannot be read, or yields nothing
   */
  static List<Path> find(List<Path> inputs, Predicate<String> inFolder, String what, NamedFile named)
      throws UserError {
    Set<Path> files = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Path input : inputs) {
      try {
        if (Files.readAttributes(input, BasicFileAttributes.class).isDirectory()) {
          List<Path> found = walk(input, inFolder);
          if (found.isEmpty()) {
            problems.add("no " + what + " in " + input);
          }
          files.addAll(found);
        } else {
          named.resolve(input, problems).ifPresent(files::add);
        }
      } catch (IOException e) {
        // A walk fails at the subdirectory it cannot read: name that one, not the input.
        String where = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : input.toString();
        problems.add("cannot read " + where + ": " + UserError.reason(e));
      }
    }
    if (!problems.isEmpty()) {
      throw new UserError(problems);
    }
    return List.copyOf(files);
  }

  /**
   * The files under {@code directory} whose names {@code wanted} accepts, skipping hidden and build
   * directories, sorted.
   */
  static List<Path> walk(Path directory, Predicate<String> wanted) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(directory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(directory) && isSkippedDirectory(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!attrs.isDirectory() && wanted.test(file.getFileName().toString())) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(BY_NAMES);
    return found;
  }

  private static boolean isSkippedDirectory(String name) {
    return name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name);
  }

  /** Whether a file is a playbook test: {@code *.test.yaml} or {@code *.test.yml}. */
  static boolean isTestFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".") && (lower.endsWith(".test.yaml") || lower.endsWith(".test.yml"));
  }

  static boolean isPlaybookFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".")
        && (lower.endsWith(".yaml") || lower.endsWith(".yml"))
        && !lower.endsWith(".test.yaml")
        && !lower.endsWith(".test.yml");
  }
}
