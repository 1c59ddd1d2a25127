package dev.playbook.internal.load;

/**
 * A parsed playbook: its value as plain Java ({@code LinkedHashMap<String, Object>} for mappings, in
 * the order written; {@code List<Object>} for lists; {@code String}, {@code Number}, {@code Boolean};
 * {@link org.json.JSONObject#NULL} for null) and where each value was written.
 *
 * @param root the document's value
 * @param index pointer → location
 * @param faithful false when aliases, anchors, merge keys or tags were found: the tree then does not
 *     mean what the text seems to say, so validating it further would only mislead
 */
public record YamlDocument(Object root, LocationIndex index, boolean faithful) {}
