package dev.playbook.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.Diagnostic;
import dev.playbook.LoadLimits;
import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private final Problems problems = new Problems();

  private YamlDocument read(String yaml) {
    return new YamlReader(LoadLimits.DEFAULTS).read(yaml, "t.yaml", problems).orElseThrow();
  }

  @Test
  void indexesKeysAndValuesByJsonPointerWithRfc6901Escaping() {
    YamlDocument document = read("""
        a:
          b/c: 1
          d~e:
            - x
            - {f: true}
        """);
    LocationIndex index = document.index();
    assertThat(index.key("/a/b~1c")).contains(new SourceLocation("t.yaml", 2, 3));
    assertThat(index.value("/a/b~1c")).isEqualTo(new SourceLocation("t.yaml", 2, 8));
    assertThat(index.value("/a/d~0e/1/f")).isEqualTo(new SourceLocation("t.yaml", 5, 11));
    assertThat(index.of("/a/d~0e/0")).isEqualTo(new SourceLocation("t.yaml", 4, 7));
    assertThat(index.value("/a/missing/deeper")).isEqualTo(new SourceLocation("t.yaml", 2, 3));
    assertThat(Pointer.segments("/a/d~0e/1")).containsExactly("a", "d~e", "1");
  }

  @Test
  void keepsMappingOrderAndScalarTextAsWritten() {
    YamlDocument document = read("z: 1\na: [en, no, yes, off]\nv: 1.10\nn:\nb: true\n");
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) document.root();
    assertThat(root.keySet()).containsExactly("z", "a", "v", "n", "b");
    assertThat(root.get("a")).isEqualTo(List.of("en", "no", "yes", "off"));
    assertThat(document.index().plainText("/v")).contains("1.10");
    assertThat(root.get("b")).isEqualTo(true);
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void aQuotedMergeKeyIsJustAKey() {
    read("'<<': 1\n");
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void anchorsOnScalarsAndTagsOnKeysAreFound() {
    YamlDocument document = read("&k key: &v 1\n!!str other: 2\n");
    assertThat(document.faithful()).isFalse();
    assertThat(problems.all()).extracting(Diagnostic::toString).containsExactly(
        "t.yaml:1:1: error PB103 YAML anchor '&k' is not allowed (remove the anchor and write every value out in full)",
        "t.yaml:1:9: error PB103 YAML anchor '&v' is not allowed (remove the anchor and write every value out in full)",
        "t.yaml:2:1: error PB108 YAML tag '!!str' is not allowed"
            + " (tags can name types to create; remove the tag, and quote the value if it is text)");
  }

  @Test
  void aSyntaxErrorIsOneShortLineAtTheProblem() {
    assertThat(new YamlReader(LoadLimits.DEFAULTS).read("a: 'open\nb: 2\n", "t.yaml", problems)).isEmpty();
    assertThat(problems.all()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("PB101");
      assertThat(d.message()).doesNotContain("\n");
      assertThat(d.location().line()).isEqualTo(3);
    });
  }
}
