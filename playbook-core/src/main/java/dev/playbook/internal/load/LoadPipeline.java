package dev.playbook.internal.load;

import dev.playbook.LoadLimits;
import dev.playbook.LoadResult;
import dev.playbook.PlaybookFiles;
import dev.playbook.SourceLocation;
import dev.playbook.internal.validate.ModelPass;
import dev.playbook.internal.validate.PassContext;
import dev.playbook.internal.validate.SemanticPass;
import dev.playbook.model.Playbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Loading, start to end: bytes → text → YAML tree with locations → DSL version → schema, for the
 * playbook and for each base it extends → one merged tree ({@link Composer}) → semantic
 * passes → model → model passes (templates rendered and checked against their own playbook). Every stage reports into one {@link Problems}; a stage that leaves nothing
 * sensible to look at stops the pipeline, otherwise later stages still run so that every problem
 * is reported at once.
 */
public final class LoadPipeline {

  private final Clock clock;
  private final LoadLimits limits;

  /** A pipeline reading "today" from {@code clock} and applying {@code limits}. */
  public LoadPipeline(Clock clock, LoadLimits limits) {
    this.clock = clock;
    this.limits = limits;
  }

  /** Loads a file, or {@code playbook.yaml}/{@code playbook.yml} in a directory, with the bases it extends. */
  public LoadResult load(Path path) {
    return load(path, SourceFiles.ON_DISK);
  }

  /** Loads a playbook and the bases it extends from the caller's files. */
  public LoadResult load(Path path, PlaybookFiles files) {
    return load(path, SourceFiles.of(files));
  }

  private LoadResult load(Path path, SourceFiles files) {
    Problems problems = new Problems();
    String name = files.name(path);
    try {
      Path file = files.playbookFile(path);
      name = files.name(file);
      // Refuse an oversized file before reading it into memory, where its size is known.
      OptionalLong size = files.size(file);
      if (size.isPresent() && !SourceReader.withinLimit(size.getAsLong(), name, limits, problems)) {
        return new LoadResult(Optional.empty(), problems.all());
      }
      byte[] bytes = files.read(file);
      Optional<Part> own = read(bytes, name, problems);
      if (own.isEmpty()) {
        return new LoadResult(Optional.empty(), problems.all());
      }
      Optional<List<Part>> chain = new Extends(limits, problems, this::read, files).resolve(file, own.get());
      return new LoadResult(chain.flatMap(parts -> validateAndBind(parts, problems)), problems.all());
    } catch (NoSuchFileException e) {
      String why = files.isFolder(path) ? "the folder has no playbook.yaml or playbook.yml" : "no such file";
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name, why);
    } catch (AccessDeniedException e) {
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name, "permission denied");
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name, why);
    }
    return new LoadResult(Optional.empty(), problems.all());
  }

  /** Loads YAML text; {@code sourceName} names it in diagnostics. */
  public LoadResult load(String yaml, String sourceName) {
    return load(yaml.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /**
   * Loads a file's bytes; {@code sourceName} names it in diagnostics. Without a file there is
   * nothing to resolve {@code extends} against, so a playbook that extends others is refused.
   */
  public LoadResult load(byte[] bytes, String sourceName) {
    Problems problems = new Problems();
    Optional<Playbook> playbook = read(bytes, sourceName, problems)
        .filter(own -> Extends.withoutFile(own, problems))
        .flatMap(own -> validateAndBind(List.of(own), problems));
    return new LoadResult(playbook, problems.all());
  }

  /** One file on its own: bytes → text → YAML tree → DSL version → schema. */
  private Optional<Part> read(byte[] bytes, String name, Problems problems) {
    return SourceReader.decode(bytes, name, limits, problems)
        .flatMap(text -> new YamlReader(limits).read(text, name, problems))
        .flatMap(document -> checkAgainstSchema(document, bytes, name, problems));
  }

  private Optional<Part> checkAgainstSchema(YamlDocument document, byte[] bytes, String name, Problems problems) {
    if (!(document.root() instanceof Map<?, ?>)) {
      if (document.root() instanceof String s && s.isEmpty() || document.root() == org.json.JSONObject.NULL) {
        problems.reportWithHint(Code.PB004, SourceLocation.ofFile(name), "", "start with apiVersion: playbook.dev/v1");
      } else {
        problems.reportWithHint(Code.PB203, document.index().value(""), "",
            "a playbook starts with apiVersion:, kind: and metadata:", "the playbook", "a mapping of sections",
            document.root() instanceof java.util.List ? "a list" : "a single value");
      }
      return Optional.empty();
    }
    if (!document.faithful()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) document.root();
    Optional<DslVersion> selected = DslVersions.select(root, document.index(), problems);
    if (selected.isEmpty()) {
      return Optional.empty();
    }
    selected.get().schema().validate(root, document.index(), problems);
    return Optional.of(new Part(name, bytes, document, selected.get()));
  }

  /**
   * The files merged into one tree (the playbook's own version decides how it is read), then the
   * semantic passes, the model and the model passes. Diagnostics point into the file each value
   * was written in.
   */
  private Optional<Playbook> validateAndBind(List<Part> parts, Problems fileProblems) {
    Part own = parts.get(parts.size() - 1);
    Composer composer = new Composer(parts, fileProblems);
    YamlDocument document = composer.compose();
    Problems problems = fileProblems.translatingPointers(composer::pointerIn);
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) document.root();
    DslVersion version = own.version();
    PassContext context = new PassContext(root, document.index(), problems, clock);
    for (SemanticPass pass : version.passes()) {
      pass.run(context);
    }
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    String name = own.name();
    List<String> bases = parts.subList(0, parts.size() - 1).stream().map(Part::name).toList();
    Playbook playbook =
        version.bind(document, new Playbook.Source(name, contentHash(parts), SourceLocation.ofFile(name), bases));
    for (ModelPass pass : version.modelPasses()) {
      pass.run(playbook, context);
    }
    return problems.hasErrors() ? Optional.empty() : Optional.of(playbook);
  }

  /**
   * The SHA-256 of the file's bytes when it extends nothing; otherwise the SHA-256 of the files'
   * own SHA-256 digests (hex) in merge order, so a change to any file of the chain changes it.
   */
  private static String contentHash(List<Part> parts) {
    if (parts.size() == 1) {
      return sha256(parts.get(0).bytes());
    }
    StringBuilder digests = new StringBuilder();
    parts.forEach(part -> digests.append(sha256(part.bytes())).append('\n'));
    return sha256(digests.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
