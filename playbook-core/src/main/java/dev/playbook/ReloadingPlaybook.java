package dev.playbook;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A playbook file that a helpdesk can edit while it serves: every saved version is loaded and
 * compiled, and swapped in only when it is valid. A version with errors is refused with its
 * diagnostics, and the last good version keeps serving.
 *
 * <pre>{@code
 * try (ReloadingPlaybook playbook = ReloadingPlaybook.builder(Path.of("playbook.yaml"))
 *     .listener(new ReloadListener() {
 *       public void refused(Path path, List<Diagnostic> diagnostics, CompiledPlaybook serving) {
 *         alertOwners(diagnostics);
 *       }
 *     })
 *     .decisionLog(new JsonLinesDecisionLog(auditWriter))
 *     .open()) {                                   // throws if the first version is invalid
 *   Verdict verdict = playbook.check(draft);        // from any thread
 * }
 * }</pre>
 *
 * <p><b>Watching.</b> The file's folder (or the folder given) is watched with the platform's
 * {@link WatchService}. A burst of events (an editor writing a temporary file and renaming it) is
 * debounced: the reload happens once the folder has been quiet for {@link Builder#debounce}.
 * Where watching is unreliable (some network file systems, containers with mounted volumes), turn
 * it off with {@code watch(false)} and call {@link #reload()} from a timer or a deployment hook.
 * For a playbook that {@code extends} others, the folders of its bases (as of the last version
 * loaded) are watched too, so saving a base reloads the playbook.
 *
 * <p><b>Never half-loaded.</b> A new version is loaded and compiled completely before one atomic
 * swap; a check sees either the old or the new compiled playbook, never a mixture, and
 * {@link #current()} never returns {@code null}. A check already running finishes on the version
 * it started with; its {@link Verdict#audit()} stamp says which one. A version whose bytes are the
 * same as the serving one's (same SHA-256) is not swapped.
 *
 * <p><b>The first version</b> must be valid: {@link Builder#open()} throws
 * {@link InvalidPlaybookException} with every diagnostic otherwise, because there is no last good
 * version to serve.
 *
 * <p><b>Checking on every keystroke:</b> {@link #conversation} analyses a customer's message once
 * and checks every draft reply to it with the version serving at the time of each check.
 *
 * <p><b>Threading:</b> thread-safe. {@link #check}, {@link #current()} and {@link #reload()} may be
 * called from any thread; reloads never overlap. The watcher is one daemon thread named
 * {@code playbook-reload-<file name>}; {@link #close()} stops it.
 */
public final class ReloadingPlaybook implements Closeable {

  /** What {@link #reload()} did. */
  public enum Outcome {
    /** A new version is serving. */
    RELOADED,
    /** The file has the same content as the version serving; nothing changed. */
    UNCHANGED,
    /** The new version has errors; the previous version keeps serving. */
    REFUSED
  }

  /** The default quiet period before a reload: 250 ms. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(ReloadingPlaybook.class);
  private static final List<String> DIRECTORY_FILES = List.of("playbook.yaml", "playbook.yml");

  private final Path path;
  private final PlaybookLoader loader;
  private final ReloadListener listener;
  private final DecisionLog decisionLog;
  private final Duration debounce;
  private final AtomicReference<CompiledPlaybook> current = new AtomicReference<>();
  private final Object reloading = new Object();
  private volatile boolean closed;
  private WatchService watchService;
  private Thread watcher;
  /** The base files of the last version loaded, absolute; replaced whole, read by the watcher. */
  private volatile Set<Path> baseFiles = Set.of();
  /** Folders registered with the watch service; guarded by {@link #reloading}. */
  private final Set<Path> watchedFolders = new HashSet<>();

  private ReloadingPlaybook(Builder b) {
    this.path = b.path;
    this.loader = b.loader;
    this.listener = b.listener;
    this.decisionLog = b.decisionLog;
    this.debounce = b.debounce;
  }

  /**
   * Opens a watched playbook with the default loader and no listener; the same as
   * {@code builder(path).open()}.
   *
   * @throws InvalidPlaybookException if the first version has errors (or cannot be read)
   * @throws IOException if the folder cannot be watched
   */
  public static ReloadingPlaybook open(Path path) throws IOException {
    return builder(path).open();
  }

  /**
   * Starts configuring a reloading playbook.
   *
   * @param path a playbook file, or a folder holding {@code playbook.yaml} (else
   *     {@code playbook.yml}), as {@link PlaybookLoader#load(Path)} reads it
   */
  public static Builder builder(Path path) {
    return new Builder(path);
  }

  /** The file or folder this playbook is read from. */
  public Path path() {
    return path;
  }

  /**
   * The compiled playbook serving now: the last valid version. Never {@code null}. Take it once per
   * draft, not once per application, or the application will not see reloads.
   */
  public CompiledPlaybook current() {
    return current.get();
  }

  /**
   * Checks a draft with the version serving now, and gives the verdict to the decision log, if one
   * is configured. A decision log that throws is logged; the verdict is returned all the same.
   *
   * @throws IllegalArgumentException if the draft's channel is not declared in the playbook
   */
  public Verdict check(Draft draft) {
    Verdict verdict = current.get().check(draft);
    record(draft, "", verdict);
    return verdict;
  }

  /**
   * Analyses a customer's message once, to check every draft reply to it with the version serving
   * at the time of each check (for a helpdesk that checks on every keystroke). Each
   * {@link Conversation#check} gives the verdict {@link #check} gives the draft with this message
   * as its inbound, and reaches the decision log the same way (with a draft that carries the
   * message). After a reload, the conversation's next check analyses the message again for the
   * new version: it never checks against a stale one.
   *
   * <pre>{@code
   * Conversation conversation = playbook.conversation(customerMessage);   // once per message
   * Verdict v = conversation.check(Draft.builder("x", text).build());     // every keystroke
   * }</pre>
   *
   * @param message the customer's message or the thread so far (any text, empty too)
   */
  public Conversation conversation(String message) {
    return new Conversation(this, Objects.requireNonNull(message, "message"));
  }

  /**
   * Gives a verdict to the decision log, if one is configured, with the draft as checked: one
   * carrying {@code inbound} when the draft itself carries no message.
   */
  void record(Draft draft, String inbound, Verdict verdict) {
    if (decisionLog != null) {
      Draft checked = draft.inbound().isEmpty() && !inbound.isEmpty()
          ? draft.withInbound(inbound) : draft;
      try {
        decisionLog.record(checked, verdict);
      } catch (RuntimeException e) {
        LOG.error("the decision log failed to record a verdict for {}", checked, e);
      }
    }
  }

  /**
   * Reads, validates and compiles the file now, and swaps the new version in if it is valid. Use it
   * in tests, from a deployment hook, or on a timer where watching is off. Refusals are logged (at
   * {@code WARN}, with every diagnostic) and given to the listener.
   *
   * @return what happened
   * @throws IllegalStateException if this playbook is closed
   */
  public Outcome reload() {
    if (closed) {
      throw new IllegalStateException("closed: " + path);
    }
    synchronized (reloading) {
      return load();
    }
  }

  /** Whether the watcher thread is running. */
  public boolean isWatching() {
    Thread w = watcher;
    return w != null && w.isAlive();
  }

  /**
   * Stops watching and waits (briefly) for the watcher thread to end. The last good version keeps
   * serving {@link #check} and {@link #current()}; {@link #reload()} is refused from now on.
   * Idempotent.
   */
  @Override
  public void close() throws IOException {
    closed = true;
    if (watchService == null) {
      return;
    }
    watchService.close();
    if (Thread.currentThread() != watcher) {
      try {
        watcher.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "ReloadingPlaybook[" + path + ", serving " + current.get() + "]";
  }

  private Outcome load() {
    LoadResult result = loader.load(path);
    CompiledPlaybook serving = current.get();
    if (!result.isValid()) {
      LOG.warn("playbook {} refused, still serving {}: {}", path, serving,
          new InvalidPlaybookException(result.diagnostics()).getMessage());
      try {
        listener.refused(path, result.diagnostics(), serving);
      } catch (RuntimeException e) {
        LOG.error("reload listener failed", e);
      }
      return Outcome.REFUSED;
    }
    if (serving.playbook().source().sha256().equals(result.playbook().get().source().sha256())) {
      return Outcome.UNCHANGED;
    }
    CompiledPlaybook next = CompiledPlaybook.compile(result.playbook().get());
    current.set(next);
    watchBases(next);
    LOG.info("playbook {} reloaded: {} replaces {}", path, next, serving);
    try {
      listener.reloaded(serving, next, result.warnings());
    } catch (RuntimeException e) {
      LOG.error("reload listener failed", e);
    }
    return Outcome.RELOADED;
  }

  private void startWatching() throws IOException {
    Path folder = playbookFolder();
    watchService = folder.getFileSystem().newWatchService();
    try {
      register(folder);
    } catch (IOException | RuntimeException e) {
      watchService.close();
      throw e;
    }
    synchronized (reloading) {
      watchBases(current.get());
    }
    watcher = new Thread(this::watch, "playbook-reload-" + path.getFileName());
    watcher.setDaemon(true);
    watcher.start();
  }

  private Path playbookFolder() {
    return (Files.isDirectory(path) ? path : path.toAbsolutePath().getParent()).toAbsolutePath().normalize();
  }

  private void register(Path folder) throws IOException {
    folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    watchedFolders.add(folder);
  }

  /** Watches the folders of the serving version's bases too. Called holding {@link #reloading}. */
  private void watchBases(CompiledPlaybook serving) {
    Set<Path> files = new HashSet<>();
    for (String base : serving.playbook().source().bases()) {
      files.add(Path.of(base).toAbsolutePath().normalize());
    }
    baseFiles = Set.copyOf(files);
    if (watchService == null) {
      return;
    }
    for (Path file : files) {
      Path folder = file.getParent();
      if (folder != null && !watchedFolders.contains(folder)) {
        try {
          register(folder);
        } catch (IOException | RuntimeException e) {
          LOG.warn("cannot watch {}, a base of {}; call reload() to pick up its changes", folder, path, e);
        }
      }
    }
  }

  private void watch() {
    try {
      while (!closed) {
        if (!concernsPlaybook(watchService.take())) {
          continue;
        }
        // Editors save in bursts (temporary file, rename, attribute change): wait for quiet.
        WatchKey more;
        while ((more = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          concernsPlaybook(more);
        }
        synchronized (reloading) {
          if (!closed) {
            load();
          }
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: stop quietly
    } catch (RuntimeException e) {
      LOG.error("stopped watching {}; the last good version keeps serving", path, e);
    }
  }

  /** Drains and resets the key; whether any of its events may concern the playbook file or a base. */
  private boolean concernsPlaybook(WatchKey key) {
    boolean concerns = false;
    Path folder = key.watchable() instanceof Path p ? p : playbookFolder();
    boolean playbookFolder = folder.equals(playbookFolder());
    Set<Path> bases = baseFiles;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        concerns = true;
      } else if (event.context() instanceof Path name) {
        if (playbookFolder) {
          concerns |= Files.isDirectory(path)
              ? DIRECTORY_FILES.contains(name.toString())
              : name.equals(path.getFileName());
        }
        concerns |= bases.contains(folder.resolve(name));
      }
    }
    if (!key.reset()) {
      LOG.warn("the folder {} of {} can no longer be watched; call reload() to pick up changes", folder, path);
    }
    return concerns;
  }

  /** Configures a {@link ReloadingPlaybook}. Not thread-safe. */
  public static final class Builder {
    private final Path path;
    private PlaybookLoader loader = Playbooks.loader();
    private ReloadListener listener = new ReloadListener() {};
    private DecisionLog decisionLog;
    private boolean watch = true;
    private Duration debounce = DEFAULT_DEBOUNCE;

    private Builder(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    /** The loader to read every version with (its clock and limits); default {@link Playbooks#loader()}. */
    public Builder loader(PlaybookLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /** Told about every reload and refusal after the first load. */
    public Builder listener(ReloadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Given every verdict of {@link ReloadingPlaybook#check}; default none. */
    public Builder decisionLog(DecisionLog decisionLog) {
      this.decisionLog = Objects.requireNonNull(decisionLog, "decisionLog");
      return this;
    }

    /**
     * Whether to watch the file for changes (default {@code true}); without watching, only
     * {@link ReloadingPlaybook#reload()} loads new versions.
     */
    public Builder watch(boolean watch) {
      this.watch = watch;
      return this;
    }

    /** How long the folder must be quiet after a change before reloading (default 250 ms). */
    public Builder debounce(Duration debounce) {
      if (debounce.isNegative()) {
        throw new IllegalArgumentException("negative debounce: " + debounce);
      }
      this.debounce = debounce;
      return this;
    }

    /**
     * Loads and compiles the first version, then starts watching.
     *
     * @throws InvalidPlaybookException if the first version has errors or cannot be read; it
     *     carries every diagnostic
     * @throws IOException if watching is on and the folder cannot be watched
     */
    public ReloadingPlaybook open() throws IOException {
      ReloadingPlaybook playbook = new ReloadingPlaybook(this);
      LoadResult first = loader.load(path);
      playbook.current.set(CompiledPlaybook.compile(first.orThrow()));
      LOG.info("playbook {} loaded: {}", path, playbook.current.get());
      if (watch) {
        playbook.startWatching();
        // A save between the first load and the start of watching would otherwise go unseen.
        playbook.reload();
      }
      return playbook;
    }
  }
}
