package dev.playbook.validator.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of every diagnostic code, read from the catalogue {@code docs/diagnostics.md}, which
 * the build copies into the jar: a heading {@code ## PB302 (error) unknown escalation path} gives
 * PB302 the title "unknown escalation path". The catalogue stays the one place a code is
 * described (tests already hold it to every code the loader, the diff and the test runner emit),
 * so reports that name a rule (SARIF's {@code tool.driver.rules}, GitHub's annotation titles)
 * never disagree with the docs.
 */
final class Catalogue {

  static final String RESOURCE = "diagnostics.md";
  private static final Pattern HEADING =
      Pattern.compile("^## (PB\\d{3}) \\((?:error|warning)\\) (.+)$", Pattern.MULTILINE);
  private static final Map<String, String> TITLES = read();

  private Catalogue() {}

  /** The code's title in the catalogue; empty for a code it does not list. */
  static Optional<String> title(String code) {
    return Optional.ofNullable(TITLES.get(code));
  }

  private static Map<String, String> read() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar (see the pom)");
      }
      Map<String, String> titles = new HashMap<>();
      Matcher m = HEADING.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        titles.put(m.group(1), m.group(2).strip());
      }
      return Map.copyOf(titles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
