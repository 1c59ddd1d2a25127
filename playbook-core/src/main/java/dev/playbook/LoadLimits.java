package dev.playbook;

/**
 * Limits that protect a loader from hostile or accidental oversized input (YAML bombs, runaway
 * nesting). Exceeding a limit is reported as a diagnostic, never as an exception.
 *
 * <p>The defaults ({@link #DEFAULTS}) are far above what a real playbook needs: the reference example
 * is about 15 KiB, nests 7 levels deep and has about 700 nodes.
 *
 * <pre>{@code
 * PlaybookLoader loader = Playbooks.loader().withLimits(LoadLimits.DEFAULTS.withMaxFileBytes(512 * 1024));
 * }</pre>
 *
 * @param maxFileBytes the largest file accepted, in bytes (default 2 MiB, {@value #DEFAULT_MAX_FILE_BYTES});
 *     a larger file is reported as {@code PB002}
 * @param maxDepth the deepest nesting of mappings and lists accepted (default {@value #DEFAULT_MAX_DEPTH},
 *     at most 1,000); deeper nesting is reported as {@code PB106}
 * @param maxNodes the most YAML nodes (mappings, lists, keys and scalars) accepted (default
 *     {@value #DEFAULT_MAX_NODES}); more is reported as {@code PB107}
 */
public record LoadLimits(long maxFileBytes, int maxDepth, int maxNodes) {

  /** Default {@link #maxFileBytes()}: 2 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;
  /** Default {@link #maxDepth()}: 50 levels. */
  public static final int DEFAULT_MAX_DEPTH = 50;
  /** Default {@link #maxNodes()}: 100,000 nodes. */
  public static final int DEFAULT_MAX_NODES = 100_000;

  /** The defaults: 2 MiB, 50 levels, 100,000 nodes. */
  public static final LoadLimits DEFAULTS =
      new LoadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES);

  /**
   * Limits as given.
   *
   * @throws IllegalArgumentException if a limit is not positive, the file limit exceeds 1 GiB (the
   *     YAML parser reads the whole text into memory) or the depth limit exceeds 1,000 (the parser's
   *     own ceiling)
   */
  public LoadLimits {
    if (maxFileBytes < 1 || maxFileBytes > (1L << 30)) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and 1 GiB: " + maxFileBytes);
    }
    if (maxDepth < 1 || maxDepth > 1000) {
      throw new IllegalArgumentException("maxDepth must be between 1 and 1000: " + maxDepth);
    }
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes must be positive: " + maxNodes);
    }
  }

  /** These limits with a different {@link #maxFileBytes()}. */
  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxDepth, maxNodes);
  }

  /** These limits with a different {@link #maxDepth()}. */
  public LoadLimits withMaxDepth(int depth) {
    return new LoadLimits(maxFileBytes, depth, maxNodes);
  }

  /** These limits with a different {@link #maxNodes()}. */
  public LoadLimits withMaxNodes(int nodes) {
    return new LoadLimits(maxFileBytes, maxDepth, nodes);
  }
}
