package dev.playbook.validator.diff;

/**
 * One side of a diff.
 *
 * @param source the file name the playbook was loaded from, such as {@code HEAD~1:playbook.yaml}
 * @param id the playbook's {@code metadata.id}
 * @param version its {@code metadata.version}
 */
public record Revision(String source, String id, String version) {}
