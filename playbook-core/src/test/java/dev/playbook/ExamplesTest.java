package dev.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every playbook shipped under examples/ loads without errors. */
class ExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyExampleLoads() throws Exception {
    List<Path> playbooks;
    try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
      playbooks = files.filter(f -> f.getFileName().toString().matches("playbook\\.ya?ml"))
          .sorted().collect(Collectors.toList());
    }
    assertThat(playbooks).isNotEmpty();
    return playbooks.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
      LoadResult result = Playbooks.loader().withClock(BrokenPlaybooksTest.TODAY).load(p);
      assertThat(result.errors()).isEmpty();
      assertThat(result.isValid()).isTrue();
    }));
  }
}
