package dev.playbook.internal.load;

import dev.playbook.LoadLimits;
import dev.playbook.SourceLocation;
import dev.playbook.internal.validate.Tree;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follows {@code extends:} from a playbook file to its bases, theirs, and so on, reading each file
 * once, and puts them in merge order: depth first, each base after its own bases, in the order
 * listed, the playbook last. A file reached twice (two bases sharing a group baseline) is merged
 * once, at its first place. Refuses cycles, chains deeper than {@link #MAX_DEPTH}, and chains
 * whose files together exceed {@link LoadLimits#maxFileBytes()}. One instance per load.
 */
final class Extends {

  /** How many levels of {@code extends} a playbook may have: far more than group → brand → region. */
  static final int MAX_DEPTH = 8;

  /** Reads one file on its own (decode, YAML, version, schema), reporting into the given problems. */
  interface Reader {
    Optional<Part> read(byte[] bytes, String name, Problems problems);
  }

  private final LoadLimits limits;
  private final Problems problems;
  private final Reader reader;
  private final SourceFiles files;
  private final List<Part> order = new ArrayList<>();
  private final Set<Path> merged = new HashSet<>();
  private final Deque<Path> reading = new ArrayDeque<>();
  private final Map<Path, String> names = new HashMap<>();
  private long bytes;
  private boolean complete = true;

  Extends(LoadLimits limits, Problems problems, Reader reader, SourceFiles files) {
    this.limits = limits;
    this.problems = problems;
    this.reader = reader;
    this.files = files;
  }

  /**
   * Whether a playbook read from text, without a file, can stand alone: one that extends others
   * cannot, since there is nothing to resolve its paths against.
   */
  static boolean withoutFile(Part own, Problems problems) {
    boolean alone = true;
    List<Object> bases = Tree.list(own.root().get("extends"));
    for (int i = 0; i < bases.size(); i++) {
      if (bases.get(i) instanceof String base) {
        String pointer = Pointer.child("/extends", i);
        problems.reportWithHint(Code.PB807, own.document().index().value(pointer), pointer,
            "load it from its file, with Playbooks.load(Path), so its bases can be found", base);
        alone = false;
      }
    }
    return alone;
  }

  /**
   * Every file of the chain in merge order, the playbook last; empty when a base could not be
   * read or the chain is refused (the reasons are reported).
   */
  Optional<List<Part>> resolve(Path file, Part own) {
    bytes = own.bytes().length;
    visit(file, own, 0);
    return complete ? Optional.of(List.copyOf(order)) : Optional.empty();
  }

  private void visit(Path file, Part part, int depth) {
    Path identity = files.identity(file);
    reading.push(identity);
    names.put(identity, files.name(file));
    List<Object> bases = Tree.list(part.root().get("extends"));
    LocationIndex places = part.document().index();
    for (int i = 0; i < bases.size(); i++) {
      if (!(bases.get(i) instanceof String written)) {
        continue; // the schema has said so
      }
      String pointer = Pointer.child("/extends", i);
      SourceLocation at = places.value(pointer);
      if (depth + 1 > MAX_DEPTH) {
        fail(Code.PB805, at, pointer, "merge some of the levels into one base", MAX_DEPTH);
        continue;
      }
      Optional<Path> resolved = resolveOrReport(file, written, at, pointer);
      if (resolved.isEmpty()) {
        continue;
      }
      Path base = resolved.get();
      Path baseIdentity = files.identity(base);
      if (reading.contains(baseIdentity)) {
        fail(Code.PB802, at, pointer, "a playbook can only extend playbooks that do not extend it",
            base, cycle(baseIdentity));
        continue;
      }
      if (merged.contains(baseIdentity)) {
        continue;
      }
      read(base, written, at, pointer).ifPresent(read -> visit(base, read, depth + 1));
      merged.add(baseIdentity);
    }
    reading.pop();
    merged.add(identity);
    order.add(part);
  }

  private Optional<Path> resolveOrReport(Path file, String written, SourceLocation at, String pointer) {
    try {
      return resolve(file, written, at, pointer);
    } catch (IOException | InvalidPathException e) {
      fail(Code.PB801, at, pointer, null, written, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Path> resolve(Path file, String written, SourceLocation at, String pointer) throws IOException {
    if (written.contains("://") || Path.of(written).isAbsolute()) {
      fail(Code.PB801, at, pointer, "write the path relative to this file, such as ../group/baseline.yaml",
          written, "a base is named by a path relative to the playbook that extends it");
      return Optional.empty();
    }
    Path base = files.playbookFile(file.resolveSibling(written).normalize());
    String name = base.getFileName() == null ? "" : base.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      fail(Code.PB801, at, pointer, "name a .yaml or .yml file, or a folder with a playbook.yaml",
          written, "a playbook is a .yaml or .yml file");
      return Optional.empty();
    }
    return Optional.of(base);
  }

  private Optional<Part> read(Path base, String written, SourceLocation at, String pointer) {
    try {
      // Refuse an oversized file before reading it into memory, where its size is known.
      OptionalLong size = files.size(base);
      if (size.isPresent() && tooMany(size.getAsLong(), at, pointer)) {
        return Optional.empty();
      }
      byte[] content = files.read(base);
      if (tooMany(content.length, at, pointer)) {
        return Optional.empty();
      }
      bytes += content.length;
      Optional<Part> part = reader.read(content, files.name(base), problems);
      complete &= part.isPresent();
      return part;
    } catch (NoSuchFileException e) {
      fail(Code.PB801, at, pointer, "the path is relative to this file", written, "no such file " + files.name(base));
    } catch (AccessDeniedException e) {
      fail(Code.PB801, at, pointer, null, written, "permission denied");
    } catch (IOException e) {
      fail(Code.PB801, at, pointer, null, written, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether a base of this size would take the chain over the limit, reporting it if so. */
  private boolean tooMany(long size, SourceLocation at, String pointer) {
    if (bytes + size <= limits.maxFileBytes()) {
      return false;
    }
    fail(Code.PB806, at, pointer, "the limit LoadLimits.maxFileBytes applies to a playbook and all its bases together",
        limits.maxFileBytes());
    return true;
  }

  private void fail(Code code, SourceLocation at, String pointer, String hint, Object... args) {
    problems.reportWithHint(code, at, pointer, hint, args);
    complete = false;
  }

  /** {@code a.yaml → b.yaml → a.yaml}: the files being read, from the one extended again to here. */
  private String cycle(Path again) {
    List<Path> stack = new ArrayList<>(reading);
    Collections.reverse(stack);
    List<Path> loop = new ArrayList<>(stack.subList(stack.indexOf(again), stack.size()));
    loop.add(again);
    return loop.stream().map(names::get).collect(Collectors.joining(" → "));
  }
}
