/**
 * The playbook as its author wrote it: immutable records, one per section of the YAML DSL.
 *
 * <p>Obtain a {@link dev.playbook.model.Playbook} from {@link dev.playbook.Playbooks#load}; it has
 * passed schema and semantic validation, so every reference in it resolves. Every item that can be
 * pointed at carries the {@link dev.playbook.SourceLocation} where it is defined. Lists and maps are
 * unmodifiable; optional values are {@link java.util.Optional}, never null.
 */
package dev.playbook.model;
