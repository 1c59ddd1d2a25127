package dev.playbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@link PlaybookLoader#load(Path, PlaybookFiles)} reads a playbook and the base playbooks it
 * {@code extends} from, when they are not files on disk: a Git revision, an archive, a database.
 * The loader works out which files it needs; this only answers "the bytes of this file, or there is
 * no such file".
 *
 * <pre>{@code
 * Map<String, byte[]> stored = ...;   // "brand/playbook.yaml" -> bytes, "group/playbook.yaml" -> bytes
 * LoadResult result = Playbooks.loader().load(Path.of("brand/playbook.yaml"),
 *     file -> Optional.ofNullable(stored.get(file.toString().replace('\\', '/'))));
 * }</pre>
 *
 * <p>The paths asked for are the path given to {@code load}, and for each base the path of the file
 * that extends it resolved against the {@code extends} entry and normalised ({@code brand/../group}
 * becomes {@code group}), so relative paths stay relative and may start with {@code ..} when a base
 * lies outside the first file's folder. Absolute paths and URLs in {@code extends} are refused
 * before this is asked, and the loader's limits ({@link LoadLimits}, including the size of the
 * whole chain), cycle detection and diagnostics are the same as for files on disk.
 *
 * <p>Threading: one load calls these methods from its own thread, one call at a time; an instance
 * shared by concurrent loads must be thread-safe.
 */
@FunctionalInterface
public interface PlaybookFiles {

  /**
   * The bytes of a file.
   *
   * @param file the file, as described above
   * @return its bytes, or empty if there is no such file (reported as {@code PB001} for the
   *     playbook, {@code PB801} at the {@code extends} entry for a base)
   * @throws IOException if the file is there but cannot be read; the exception's message is
   *     reported in the same way
   */
  Optional<byte[]> read(Path file) throws IOException;

  /**
   * Whether a path names a folder, which stands for the {@code playbook.yaml} (else
   * {@code playbook.yml}) in it, as on disk. The default is {@code false}: every path names a file.
   *
   * @throws IOException if it cannot be told; the path is then taken as a file
   */
  default boolean isFolder(Path path) throws IOException {
    return false;
  }

  /**
   * The name of a file in diagnostics, findings and {@code Playbook.Source}; the default is the
   * path itself. Give a name the reader recognises, such as {@code HEAD~1:brand/playbook.yaml}.
   */
  default String name(Path file) {
    return file.toString();
  }
}
