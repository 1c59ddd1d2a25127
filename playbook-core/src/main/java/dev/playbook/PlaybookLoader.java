package dev.playbook;

import dev.playbook.internal.load.LoadPipeline;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Loads playbooks with a chosen clock and limits. Obtain one from {@link Playbooks#loader()}.
 *
 * <pre>{@code
 * PlaybookLoader loader = Playbooks.loader()
 *     .withClock(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC))
 *     .withLimits(LoadLimits.DEFAULTS.withMaxDepth(20));
 * LoadResult result = loader.load(Path.of("playbook.yaml"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once, share across threads, call {@code load} concurrently.
 * The {@code with...} methods return a new loader.
 */
public final class PlaybookLoader {

  private final Clock clock;
  private final LoadLimits limits;

  PlaybookLoader(Clock clock, LoadLimits limits) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * A loader that reads "today" from this clock, for the review-date warning ({@code PB601}).
   */
  public PlaybookLoader withClock(Clock clock) {
    return new PlaybookLoader(clock, limits);
  }

  /** A loader with these limits. */
  public PlaybookLoader withLimits(LoadLimits limits) {
    return new PlaybookLoader(clock, limits);
  }

  /** The clock this loader reads "today" from. */
  public Clock clock() {
    return clock;
  }

  /** The limits this loader applies. */
  public LoadLimits limits() {
    return limits;
  }

  /**
   * Loads a playbook from a file, or from {@code playbook.yaml} (else {@code playbook.yml}) in a
   * directory, with the base playbooks it {@code extends} (see {@code docs/composition.md}).
   * Diagnostics name the file as the path was given, and each base as resolved from it.
   *
   * <p>Never throws for a problem with the playbook or the file: a missing or unreadable file is a
   * diagnostic ({@code PB001}) too.
   */
  public LoadResult load(Path path) {
    return new LoadPipeline(clock, limits).load(Objects.requireNonNull(path, "path"));
  }

  /**
   * Loads a playbook and the base playbooks it {@code extends} from somewhere other than the file
   * system, such as a Git revision: every file is read through {@code files}, with the same
   * safeguards, limits and diagnostics as {@link #load(Path)}. Diagnostics name each file by
   * {@link PlaybookFiles#name}.
   *
   * <pre>{@code
   * LoadResult result = Playbooks.loader().load(Path.of("brand/playbook.yaml"), gitFilesAtRevision);
   * }</pre>
   *
   * <p>Never throws for a problem with the playbook or its files: a file {@code files} does not have,
   * or cannot read, is a diagnostic ({@code PB001}, or {@code PB801} for a base).
   *
   * @param path the playbook's file (or a folder, if {@code files} has folders), as {@code files} knows it
   * @param files where the playbook and its bases are read from
   */
  public LoadResult load(Path path, PlaybookFiles files) {
    return new LoadPipeline(clock, limits)
        .load(Objects.requireNonNull(path, "path"), Objects.requireNonNull(files, "files"));
  }

  /**
   * Loads a playbook from YAML text. Without a file there is nothing to resolve {@code extends}
   * paths against, so a playbook that extends others is refused ({@code PB807}); load it from its
   * file instead, or with {@link #load(Path, PlaybookFiles)}.
   *
   * @param yaml the playbook's YAML
   * @param sourceName the name diagnostics use for the file, such as {@code playbook.yaml}
   */
  public LoadResult load(String yaml, String sourceName) {
    return new LoadPipeline(clock, limits)
        .load(Objects.requireNonNull(yaml, "yaml"), Objects.requireNonNull(sourceName, "sourceName"));
  }
}
