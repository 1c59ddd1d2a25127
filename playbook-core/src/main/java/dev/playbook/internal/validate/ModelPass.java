package dev.playbook.internal.validate;

import dev.playbook.model.Playbook;

/**
 * A check that needs the bound model rather than the tree: it runs after binding, on a playbook
 * that passed the schema and every {@link SemanticPass}, and reports into the same context.
 * Implementations are stateless and thread-safe.
 */
public interface ModelPass {

  /** A short name for the pass, such as {@code template-compliance}. */
  String name();

  /** Checks the playbook, reporting problems through {@code context}. */
  void run(Playbook playbook, PassContext context);
}
