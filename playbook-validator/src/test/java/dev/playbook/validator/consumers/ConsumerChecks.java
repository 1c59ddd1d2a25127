package dev.playbook.validator.consumers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the checks listed in {@code tools/consumer-checks.txt}: makes each output with the real CLI
 * jar, then has an independent consumer read it. The build runs this in {@code verify} (see the
 * exec-maven-plugin execution in this module's pom and docs/ci.md); it can also be run alone:
 *
 * <pre>
 * java -cp playbook-validator/target/test-classes dev.playbook.validator.consumers.ConsumerChecks \
 *     . playbook-validator/target/playbook-validator-VERSION-cli.jar playbook-validator/target/consumers
 * </pre>
 *
 * <p>JUnit and GitHub outputs are checked here in Java; the others by {@code tools/check-consumers.mjs}
 * with the npm packages pinned in {@code tools/package-lock.json}, installed by {@code npm ci} when
 * {@code tools/node_modules} is missing or older than the lock file. Without Node.js and npm those
 * checks are skipped with one loud message, and the build goes on.
 *
 * <p>Exit code 0 when every check that ran passed, 1 when one failed, 2 when the checks could not run.
 */
public final class ConsumerChecks {

  /** Consumers implemented in Java; every other one is run by the Node.js script. */
  static final Set<String> JAVA_CONSUMERS = Set.of("junit", "github");
  static final Set<String> NODE_CONSUMERS = Set.of("sarif", "json", "yaml", "yaml-rejects", "schema");

  private static final String TABLE = "tools/consumer-checks.txt";
  private static final String STAMP = ".playbook-lock.sha256";
  private static final boolean VERBOSE = "true".equals(System.getenv("CONSUMERS_VERBOSE"));

  /**
   * One line of the table.
   *
   * @param line its line number, which also names the output file
   * @param consumer who reads the file
   * @param schema the JSON Schema, or null
   * @param source {@code playbook} and its arguments, or a single glob of committed files
   */
  record Check(int line, String consumer, String schema, List<String> source) {

    boolean runsCli() {
      return source.get(0).equals("playbook");
    }

    /** The output's file name: the line number, the subcommand and the consumer's extension. */
    String outputName() {
      String extension = switch (consumer) {
        case "sarif" -> "sarif";
        case "junit" -> "xml";
        case "github" -> "txt";
        default -> "json";
      };
      return String.format(Locale.ROOT, "%03d-%s.%s", line, source.get(1), extension);
    }
  }

  private ConsumerChecks() {}

  /**
   * Runs every check.
   *
   * @param args the repository root, the CLI jar and the directory for the outputs
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ConsumerChecks ROOT CLI_JAR OUTPUT_DIR");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path jar = Path.of(args[1]).toAbsolutePath();
    Path out = Path.of(args[2]).toAbsolutePath();
    if (Boolean.getBoolean("consumers.skipTests")) {
      System.out.println("[consumers] skipped with the tests (-DskipTests)");
      return;
    }
    try {
      System.exit(run(root, jar, out));
    } catch (SetupException e) {
      System.out.println("[consumers] FAILED: " + e.getMessage());
      System.exit(2);
    }
  }

  static int run(Path root, Path jar, Path out) throws IOException, InterruptedException, SetupException {
    if (!Files.isRegularFile(jar)) {
      throw new SetupException("no CLI jar at " + jar + " (run ./mvnw verify, which builds it first)");
    }
    List<Check> checks = parse(Files.readAllLines(root.resolve(TABLE), StandardCharsets.UTF_8));
    Files.createDirectories(out);

    List<String> failures = new ArrayList<>();
    int passed = 0;
    List<String[]> forNode = new ArrayList<>();
    for (Check check : checks) {
      List<Path> files;
      if (check.runsCli()) {
        Path output = out.resolve(check.outputName());
        Optional<String> failure = runCli(root, jar, check, output);
        if (failure.isPresent()) {
          failures.add(failure.get());
          continue;
        }
        files = List.of(output);
      } else {
        files = glob(root, check.source().get(0));
        if (files.isEmpty()) {
          failures.add(TABLE + ":" + check.line() + ": no file matches " + check.source().get(0));
          continue;
        }
      }
      for (Path file : files) {
        String shown = root.relativize(file).toString().replace(File.separatorChar, '/');
        if (JAVA_CONSUMERS.contains(check.consumer())) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          List<String> problems = check.consumer().equals("junit")
              ? SurefireSchema.problems(text)
              : WorkflowCommands.problems(text, root);
          String label = (check.consumer().equals("junit") ? "Surefire XSD" : "GitHub runner grammar")
              + ": " + shown + "  (" + String.join(" ", check.source()) + ")";
          if (problems.isEmpty()) {
            passed++;
            if (VERBOSE) {
              System.out.println("ok   " + label);
            }
          } else {
            failures.add("FAIL " + label + problems.stream().map(p -> "\n  " + shown + ":" + p)
                .collect(Collectors.joining()));
          }
        } else {
          forNode.add(new String[] {check.consumer(), shown, check.schema()});
        }
      }
    }

    int nodeResult = runNode(root, out, forNode);
    failures.forEach(System.out::println);
    boolean failed = !failures.isEmpty() || nodeResult > 0;
    System.out.println("[consumers] Surefire XSD and GitHub runner grammar: " + passed + " ok"
        + (failures.isEmpty() ? "" : ", " + failures.size() + " FAILED")
        + (nodeResult < 0 ? "; Node.js checks SKIPPED" : nodeResult == 0 ? "" : "; Node.js checks FAILED"));
    return failed ? 1 : 0;
  }

  /** The checks in the table, in order. */
  static List<Check> parse(List<String> lines) {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> tokens = tokens(line);
      String where = TABLE + ":" + (i + 1) + ": ";
      if (tokens.size() < 3) {
        throw new IllegalArgumentException(where + "expected CONSUMER SCHEMA SOURCE");
      }
      String consumer = tokens.get(0);
      if (!JAVA_CONSUMERS.contains(consumer) && !NODE_CONSUMERS.contains(consumer)) {
        throw new IllegalArgumentException(where + "unknown consumer '" + consumer + "'");
      }
      List<String> source = tokens.subList(2, tokens.size());
      boolean cli = source.get(0).equals("playbook");
      if (cli ? source.size() < 2 : source.size() != 1) {
        throw new IllegalArgumentException(where + "expected `playbook ARGS...` or one glob");
      }
      String schema = tokens.get(1).equals("-") ? null : tokens.get(1);
      if ((schema == null) == Set.of("json", "yaml", "yaml-rejects").contains(consumer)) {
        throw new IllegalArgumentException(where + "consumer '" + consumer + "' "
            + (schema == null ? "needs" : "takes no") + " schema");
      }
      checks.add(new Check(i + 1, consumer, schema, List.copyOf(source)));
    }
    return List.copyOf(checks);
  }

  /** Splits at spaces, except inside double quotes, which are removed. */
  static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    boolean inToken = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        inToken = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inToken) {
          tokens.add(token.toString());
          token.setLength(0);
          inToken = false;
        }
      } else {
        token.append(c);
        inToken = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed double quote in: " + line);
    }
    if (inToken) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** The committed files matching {@code pattern}, relative to {@code root}, sorted. */
  static List<Path> glob(Path root, String pattern) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    int wildcard = pattern.replaceAll("[*?\\[{].*", "").lastIndexOf('/');
    Path base = root.resolve(wildcard < 0 ? "" : pattern.substring(0, wildcard));
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(root.relativize(p)))
          .sorted()
          .toList();
    }
  }

  /** Runs {@code java -jar CLI ARGS} from the root into {@code output}; a failure message if it failed. */
  private static Optional<String> runCli(Path root, Path jar, Check check, Path output)
      throws IOException, InterruptedException {
    // The quick-start flags only shorten the JVM's start; the jar and its code are the ones users run.
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1",
        "-Xshare:auto", "-jar", jar.toString()));
    command.addAll(check.source().subList(1, check.source().size()));
    Path errors = output.resolveSibling(output.getFileName() + ".stderr");
    Process process = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    int exit = process.waitFor();
    if (exit == 0 || exit == 1) {
      return Optional.empty();
    }
    return Optional.of("FAIL " + TABLE + ":" + check.line() + ": `" + String.join(" ", check.source())
        + "` exited " + exit + ": " + Files.readString(errors, StandardCharsets.UTF_8).strip());
  }

  /**
   * Runs the Node.js checks: -1 if skipped for want of Node.js and npm, else the script's exit code.
   */
  private static int runNode(Path root, Path out, List<String[]> checks)
      throws IOException, InterruptedException, SetupException {
    if (checks.isEmpty()) {
      return 0;
    }
    Optional<Path> node = onPath("node");
    Optional<Path> npm = onPath("npm");
    if (node.isEmpty() || npm.isEmpty()) {
      String kinds = checks.stream().map(c -> c[0]).distinct().sorted().collect(Collectors.joining(", "));
      String bar = "[consumers] " + "!".repeat(88);
      System.out.println(bar);
      System.out.println("[consumers] SKIPPED " + checks.size() + " consumer checks (" + kinds + "): "
          + (node.isEmpty() ? "node" : "npm") + " is not on the PATH.");
      System.out.println("[consumers] Not checked: SARIF by Microsoft's SARIF multitool; JSON reports, the DSL"
          + " schema and the example playbooks by Ajv.");
      System.out.println("[consumers] To run them, install Node.js 18 or later with npm and build again;"
          + " see docs/ci.md#consumer-checks.");
      System.out.println(bar);
      return -1;
    }
    Path tools = root.resolve("tools");
    installTools(tools, npm.get());
    StringBuilder manifest = new StringBuilder("[\n");
    for (int i = 0; i < checks.size(); i++) {
      String[] c = checks.get(i);
      manifest.append("  {\"consumer\": ").append(jsonString(c[0])).append(", \"file\": ").append(jsonString(c[1]))
          .append(c[2] == null ? "" : ", \"schema\": " + jsonString(c[2]))
          .append(i + 1 < checks.size() ? "},\n" : "}\n");
    }
    Path manifestFile = out.resolve("manifest.json");
    Files.writeString(manifestFile, manifest.append("]\n"), StandardCharsets.UTF_8);
    return new ProcessBuilder(node.get().toString(), tools.resolve("check-consumers.mjs").toString(),
        manifestFile.toString()).directory(root.toFile()).inheritIO().start().waitFor();
  }

  /** {@code npm ci} in tools/, unless node_modules was installed from this very lock file. */
  private static void installTools(Path tools, Path npm) throws IOException, InterruptedException, SetupException {
    String lock = sha256(tools.resolve("package-lock.json"), tools.resolve("package.json"));
    Path stamp = tools.resolve("node_modules").resolve(STAMP);
    if (Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(lock)) {
      return;
    }
    System.out.println("[consumers] npm ci in tools/ (node_modules missing or older than package-lock.json)");
    int exit = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
        .directory(tools.toFile()).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new SetupException("`npm ci` in tools/ exited " + exit + " (it needs the npm registry the first"
          + " time; -Dconsumers.skip=true skips these checks)");
    }
    Files.writeString(stamp, lock + "\n", StandardCharsets.UTF_8);
  }

  private static Optional<Path> onPath(String name) {
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    List<String> names = windows ? List.of(name + ".cmd", name + ".exe") : List.of(name);
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String candidate : names) {
        Path file = Path.of(dir.isEmpty() ? "." : dir, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String sha256(Path... files) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : files) {
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String jsonString(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** The checks could not run at all (as opposed to a consumer rejecting a file). */
  static final class SetupException extends Exception {
    private static final long serialVersionUID = 1L;

    SetupException(String message) {
      super(message);
    }
  }
}
