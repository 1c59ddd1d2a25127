package dev.playbook.internal.load;

import java.util.Map;

/**
 * One file of a playbook, read and checked against the schema on its own: the playbook itself or
 * one of the bases it extends.
 *
 * @param name the file's name in diagnostics
 * @param bytes the file's bytes, for the content hash
 * @param document its tree and where each value was written
 * @param version the DSL version it is written in
 */
record Part(String name, byte[] bytes, YamlDocument document, DslVersion version) {

  @SuppressWarnings("unchecked")
  Map<String, Object> root() {
    return (Map<String, Object>) document.root();
  }
}
