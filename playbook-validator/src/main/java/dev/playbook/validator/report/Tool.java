package dev.playbook.validator.report;

import java.util.Objects;

/**
 * The program that produced a report, as SARIF's {@code tool.driver} and the JSON report name it.
 *
 * @param name the command's name, {@code playbook}
 * @param version its version, such as {@code 0.1.0}
 * @param informationUri where to read about it
 */
public record Tool(String name, String version, String informationUri) {

  public Tool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(informationUri, "informationUri");
  }
}
