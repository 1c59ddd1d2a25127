package dev.playbook.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared corpus of real replies, read in place (never copied into the project) from
 * {@code shared/corpus} beside the checkout, or beside the folder that holds a worktree. A fresh
 * clone elsewhere has no corpus: tests that read it fall back to generated texts.
 */
public final class Corpus {

  private Corpus() {}

  /** Every reply and its inbound message, in file order; empty when the corpus is not there. */
  public static List<String> texts() throws IOException {
    Path file = Path.of("../../shared/corpus/real_replies.jsonl");
    if (!Files.isRegularFile(file)) {
      file = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    List<String> texts = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonNode record = json.readTree(line);
          texts.add(record.path("reply").asText());
          texts.add(record.path("inbound").asText());
        }
      }
    }
    return texts;
  }
}
