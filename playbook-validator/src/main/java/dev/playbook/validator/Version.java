package dev.playbook.validator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The Maven project version, which the build writes into {@code version.properties}; the same
 * file serves {@code --version} and the reports' tool version, in the jar and in tests alike.
 */
final class Version implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** The version, such as {@code 0.1.0}. */
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"playbook " + current()};
  }
}
