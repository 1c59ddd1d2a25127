package dev.playbook.internal.load;

import dev.playbook.SourceLocation;
import dev.playbook.internal.v1.V1;
import dev.playbook.internal.validate.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The DSL versions this library reads, and the choice among them by {@code apiVersion}. */
public final class DslVersions {

  private static final List<DslVersion> SUPPORTED = List.of(V1.INSTANCE);

  private DslVersions() {}

  /** Every supported version, oldest first. */
  public static List<DslVersion> supported() {
    return SUPPORTED;
  }

  /** The version a document is written in, or empty after reporting why it cannot be told. */
  public static Optional<DslVersion> select(Map<String, Object> root, LocationIndex index, Problems problems) {
    List<String> names = SUPPORTED.stream().map(DslVersion::apiVersion).collect(Collectors.toList());
    String supported = String.join(", ", names);
    Object value = root.get("apiVersion");
    if (value == null) {
      problems.reportWithHint(Code.PB200, SourceLocation.ofFile(index.file()), "",
          "start the file with apiVersion: " + names.get(names.size() - 1), "is missing", supported);
      return Optional.empty();
    }
    String written = value instanceof String s ? s : index.plainText("/apiVersion").orElse(String.valueOf(value));
    Optional<DslVersion> version = SUPPORTED.stream().filter(v -> v.apiVersion().equals(value)).findFirst();
    if (version.isEmpty()) {
      problems.reportWithHint(Code.PB200, index.value("/apiVersion"), "/apiVersion",
          Suggestions.didYouMean(written, names).orElse(null), "'" + written + "' is unknown", supported);
    }
    return version;
  }
}
