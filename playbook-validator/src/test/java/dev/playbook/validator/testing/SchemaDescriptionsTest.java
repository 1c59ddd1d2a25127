package dev.playbook.validator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas of test files and test reports describe every property, so that editors can show
 * what each one means.
 */
class SchemaDescriptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"playbook-test-v1.schema.json", "test-report-v1.schema.json"})
  void everyPropertyHasADescription(String file) throws IOException {
    JSONObject schema = new JSONObject(Files.readString(Path.of("../schemas", file)));
    List<String> undescribed = new ArrayList<>();
    walk(schema, "", undescribed);
    assertThat(undescribed).isEmpty();
  }

  private static void walk(Object node, String pointer, List<String> undescribed) {
    if (node instanceof JSONObject object) {
      if (object.has("properties")) {
        JSONObject properties = object.getJSONObject("properties");
        for (String key : properties.keySet()) {
          if (!properties.getJSONObject(key).has("description")) {
            undescribed.add(pointer + "/properties/" + key);
          }
        }
      }
      for (String key : object.keySet()) {
        walk(object.get(key), pointer + "/" + key, undescribed);
      }
    } else if (node instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        walk(array.get(i), pointer + "/" + i, undescribed);
      }
    }
  }
}
