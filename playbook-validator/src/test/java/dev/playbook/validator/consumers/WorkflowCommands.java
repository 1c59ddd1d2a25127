package dev.playbook.validator.consumers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GitHub Actions workflow commands read back the way the Actions runner reads them
 * ({@code ActionCommand.TryParseV2} in {@code actions/runner}), for the annotation commands GitHub
 * documents: {@code ::error file=F,line=L,col=C,title=T::message}, likewise {@code warning} and
 * {@code notice}. The runner cuts the properties at the first {@code ::}, splits them at every
 * {@code ,} and each at the first {@code =}, then unescapes {@code %0D %0A %3A %2C %25} in
 * properties and {@code %0D %0A %25} in the message.
 */
public final class WorkflowCommands {

  /** The annotation commands and the properties GitHub documents for them. */
  static final Set<String> ANNOTATIONS = Set.of("error", "warning", "notice");
  static final Set<String> PROPERTIES = Set.of("title", "file", "line", "endLine", "col", "endColumn");

  private WorkflowCommands() {}

  /**
   * One workflow command as the runner sees it.
   *
   * @param name the command, such as {@code error}
   * @param properties the unescaped properties, in order
   * @param message the unescaped message
   */
  public record Command(String name, Map<String, String> properties, String message) {}

  /**
   * The command on {@code line}, or empty for a plain log line.
   *
   * @param line one line of output, without its line break
   */
  public static Optional<Command> parse(String line) {
    if (!line.startsWith("::")) {
      return Optional.empty();
    }
    int end = line.indexOf("::", 2);
    if (end < 0) {
      return Optional.empty();
    }
    String info = line.substring(2, end);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    Map<String, String> properties = new LinkedHashMap<>();
    if (space >= 0) {
      for (String pair : info.substring(space + 1).split(",")) {
        int equals = pair.indexOf('=');
        if (!pair.isEmpty() && equals > 0) {
          properties.put(pair.substring(0, equals), unescapeProperty(pair.substring(equals + 1)));
        }
      }
    }
    return Optional.of(new Command(name, properties, unescapeData(line.substring(end + 2))));
  }

  /**
   * What GitHub would not turn into the annotation meant, line by line; empty if every line is either
   * a plain log line or a well-formed annotation.
   *
   * @param output the whole output of {@code playbook validate --format github}
   * @param root where relative {@code file} properties are resolved (the repository root), or null
   *     not to check that the files exist
   */
  public static List<String> problems(String output, Path root) {
    List<String> problems = new ArrayList<>();
    String[] lines = output.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = "line " + (i + 1) + ": ";
      if (line.indexOf('\r') >= 0) {
        problems.add(where + "a raw carriage return splits the command");
      }
      if (!line.startsWith("::")) {
        continue;
      }
      Optional<Command> parsed = parse(line);
      if (parsed.isEmpty()) {
        problems.add(where + "starts with :: but is no command: " + line);
        continue;
      }
      Command command = parsed.get();
      if (!ANNOTATIONS.contains(command.name())) {
        problems.add(where + "unknown command '" + command.name() + "'");
      }
      for (Map.Entry<String, String> property : command.properties().entrySet()) {
        String key = property.getKey();
        if (!PROPERTIES.contains(key)) {
          problems.add(where + "unknown property '" + key + "'");
        } else if (Set.of("line", "endLine", "col", "endColumn").contains(key)
            && !property.getValue().matches("[1-9][0-9]*")) {
          problems.add(where + key + " is not a positive number: " + property.getValue());
        }
      }
      String file = command.properties().get("file");
      if (file == null) {
        problems.add(where + "no file, so GitHub cannot place the annotation");
      } else if (root != null && (Path.of(file).isAbsolute() || !Files.isRegularFile(root.resolve(file)))) {
        problems.add(where + "file '" + file + "' is not a file relative to the repository root");
      }
      if (command.message().isEmpty()) {
        problems.add(where + "empty message");
      }
    }
    return List.copyOf(problems);
  }

  private static String unescapeProperty(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%");
  }

  private static String unescapeData(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }
}
