package dev.playbook;

import java.nio.file.Path;

/**
 * The entry point: load a playbook from YAML, with every problem reported at once.
 *
 * <pre>{@code
 * LoadResult result = Playbooks.load(Path.of("playbook.yaml"));
 * result.diagnostics().forEach(System.err::println);   // file:line:col: error PB302 ...
 * Playbook playbook = result.orThrow();
 * }</pre>
 *
 * <p>All methods are thread-safe and have no shared mutable state.
 */
public final class Playbooks {

  private Playbooks() {}

  /**
   * Loads a playbook from a file, or from {@code playbook.yaml} in a directory.
   *
   * <p>Never throws for a problem with the playbook or the file: an unreadable file is a diagnostic too.
   */
  public static LoadResult load(Path path) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Loads a playbook from YAML text.
   *
   * @param yaml the playbook's YAML
   * @param sourceName the name diagnostics use for the file, such as {@code playbook.yaml}
   */
  public static LoadResult load(String yaml, String sourceName) {
    throw new UnsupportedOperationException("not yet implemented");
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
