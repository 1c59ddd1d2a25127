package dev.playbook.internal.load;

import dev.playbook.PlaybookFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The files a load reads, the playbook and its bases: on disk, or from a caller's
 * {@link PlaybookFiles}. A missing file is a {@link NoSuchFileException}, so both are reported alike.
 */
abstract class SourceFiles {

  /** Files on disk, as named by their paths. */
  static final SourceFiles ON_DISK = new OnDisk();

  /** The caller's files. */
  static SourceFiles of(PlaybookFiles files) {
    return new Supplied(files);
  }

  /** The file a path names: itself, or {@code playbook.yaml} (else {@code playbook.yml}) in a folder. */
  abstract Path playbookFile(Path path) throws IOException;

  /** Whether a path names a folder; {@code false} when that cannot be told. */
  abstract boolean isFolder(Path path);

  /** The size of a file when it can be known before reading it, so that an oversized file is not read. */
  abstract OptionalLong size(Path file) throws IOException;

  abstract byte[] read(Path file) throws IOException;

  /** What makes two paths the same file, for cycles and files reached twice. */
  abstract Path identity(Path file);

  /** The file's name in diagnostics. */
  abstract String name(Path file);

  private static final class OnDisk extends SourceFiles {

    @Override
    Path playbookFile(Path path) {
      if (Files.isDirectory(path)) {
        Path yaml = path.resolve("playbook.yaml");
        return !Files.exists(yaml) && Files.exists(path.resolve("playbook.yml")) ? path.resolve("playbook.yml") : yaml;
      }
      return path;
    }

    @Override
    boolean isFolder(Path path) {
      return Files.isDirectory(path);
    }

    @Override
    OptionalLong size(Path file) throws IOException {
      return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    }

    @Override
    byte[] read(Path file) throws IOException {
      return Files.readAllBytes(file);
    }

    @Override
    Path identity(Path file) {
      try {
        return file.toRealPath();
      } catch (IOException e) {
        return file.toAbsolutePath().normalize();
      }
    }

    @Override
    String name(Path file) {
      return file.toString();
    }
  }

  private static final class Supplied extends SourceFiles {

    private final PlaybookFiles files;

    Supplied(PlaybookFiles files) {
      this.files = files;
    }

    @Override
    Path playbookFile(Path path) throws IOException {
      if (isFolder(path)) {
        Path yaml = path.resolve("playbook.yaml");
        Path yml = path.resolve("playbook.yml");
        return files.read(yaml).isEmpty() && files.read(yml).isPresent() ? yml : yaml;
      }
      return path;
    }

    @Override
    boolean isFolder(Path path) {
      try {
        return files.isFolder(path);
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    OptionalLong size(Path file) {
      return OptionalLong.empty();
    }

    @Override
    byte[] read(Path file) throws IOException {
      Optional<byte[]> bytes = files.read(file);
      if (bytes.isEmpty()) {
        throw new NoSuchFileException(name(file));
      }
      return bytes.get();
    }

    @Override
    Path identity(Path file) {
      return file.normalize();
    }

    @Override
    String name(Path file) {
      return files.name(file);
    }
  }
}
