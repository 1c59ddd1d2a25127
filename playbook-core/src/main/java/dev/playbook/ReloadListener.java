package dev.playbook;

import java.nio.file.Path;
import java.util.List;

/**
 * Told what a {@link ReloadingPlaybook} did with a new version of its playbook file.
 *
 * <pre>{@code
 * ReloadListener listener = new ReloadListener() {
 *   public void refused(Path path, List<Diagnostic> diagnostics, CompiledPlaybook stillServing) {
 *     alertOwners(path + " was not deployed:\n" + diagnostics);
 *   }
 * };
 * }</pre>
 *
 * <p><b>Threading:</b> called on the thread that reloaded (the watcher thread, or the caller of
 * {@link ReloadingPlaybook#reload()}), one call at a time: reloads never overlap. A listener that
 * throws is logged and otherwise ignored; it cannot stop a swap or the watcher.
 */
public interface ReloadListener {

  /**
   * A new version was loaded and is now serving.
   *
   * @param previous the version that served until now
   * @param current the version that serves from now on
   * @param warnings the new version's warning diagnostics (it has no errors)
   */
  default void reloaded(CompiledPlaybook previous, CompiledPlaybook current,
      List<Diagnostic> warnings) {}

  /**
   * A new version had errors and was refused; the previous version keeps serving.
   *
   * @param path the file or directory that was read
   * @param diagnostics every diagnostic of the refused version, errors and warnings
   * @param stillServing the version that keeps serving
   */
  default void refused(Path path, List<Diagnostic> diagnostics, CompiledPlaybook stillServing) {}
}
