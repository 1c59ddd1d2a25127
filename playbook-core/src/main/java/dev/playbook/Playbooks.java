package dev.playbook;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The entry point: load a playbook from YAML, with every problem reported at once.
 *
 * <pre>{@code
 * LoadResult result = Playbooks.load(Path.of("playbook.yaml"));
 * result.diagnostics().forEach(System.err::println);   // file:line:col: error PB302 ...
 * Playbook playbook = result.orThrow();
 * }</pre>
 *
 * <p>All methods are thread-safe and have no shared mutable state. They use the system clock and
 * {@link LoadLimits#DEFAULTS}; use {@link #loader()} to choose others.
 */
public final class Playbooks {

  private Playbooks() {}

  /**
   * Loads a playbook from a file, or from {@code playbook.yaml} (else {@code playbook.yml}) in a
   * directory, with the base playbooks it {@code extends} (see {@code docs/composition.md}).
   *
   * <p>Never throws for a problem with the playbook or the file: an unreadable file is a diagnostic too.
   */
  public static LoadResult load(Path path) {
    return loader().load(path);
  }

  /**
   * Loads a playbook from YAML text. Without a file there is nothing to resolve {@code extends}
   * paths against, so a playbook that extends others is refused ({@code PB807}); load it from its
   * file instead.
   *
   * @param yaml the playbook's YAML
   * @param sourceName the name diagnostics use for the file, such as {@code playbook.yaml}
   */
  public static LoadResult load(String yaml, String sourceName) {
    return loader().load(yaml, sourceName);
  }

  /**
   * A loader with the system clock and the default limits, to configure with
   * {@link PlaybookLoader#withClock} and {@link PlaybookLoader#withLimits}.
   */
  public static PlaybookLoader loader() {
    return new PlaybookLoader(Clock.systemDefaultZone(), LoadLimits.DEFAULTS);
  }

  /**
   * Compiles a playbook for checking drafts; the same as {@link CompiledPlaybook#compile}.
   *
   * <pre>{@code
   * CompiledPlaybook engine = Playbooks.compile(Playbooks.load(path).orThrow());
   * }</pre>
   */
  public static CompiledPlaybook compile(dev.playbook.model.Playbook playbook) {
    return CompiledPlaybook.compile(playbook);
  }
}
