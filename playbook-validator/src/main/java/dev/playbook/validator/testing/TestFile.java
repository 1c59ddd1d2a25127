package dev.playbook.validator.testing;

import dev.playbook.CompiledPlaybook;
import java.util.List;

/**
 * A test file that loaded: its cases and the compiled playbook they test.
 *
 * @param file the test file's name as given
 * @param playbookFile the playbook's file name, as reports name it
 * @param playbook the compiled playbook
 * @param cases the cases, in file order
 */
public record TestFile(String file, String playbookFile, CompiledPlaybook playbook,
    List<TestCase> cases) {
  public TestFile {
    cases = List.copyOf(cases);
  }
}
