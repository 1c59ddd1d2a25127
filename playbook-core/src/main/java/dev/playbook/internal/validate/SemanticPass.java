package dev.playbook.internal.validate;

/**
 * One semantic check of a playbook, run after the schema on the same (possibly invalid) tree. A pass
 * reads the tree tolerantly ({@link Tree}), skips what is missing or mis-shaped (the schema reports
 * that) and reports through the context. Passes are stateless and run in a fixed order.
 */
public interface SemanticPass {

  /** A short name for the pass, such as {@code references}. */
  String name();

  /** Checks the playbook in {@code context}, reporting every problem. */
  void run(PassContext context);
}
