package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Conversation;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Playbooks;
import dev.playbook.Verdict;
import dev.playbook.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The customer's message is read on paths of its own (the message's analysis, made once for a
 * {@link Conversation} by {@code InboundAnalysis}, with one collector for every topic). With every
 * topic of the examples looking in both, a text checked as the draft and as the message at once
 * must give every topic the same findings in each, in a check and through a conversation.
 */
class InboundTopicsOracleTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

  /** Non-ASCII, apostrophes, combining marks, look-alikes, digits the detectors read. */
  private static final List<String> TRICKY = List.of(
      "",
      "I'm going to SUE you, my LAWYER says so. Call 0207 946 0018 or mail me@example.com",
      "my card 4111 1111 1111 1111 was stolen!!! I\u2019ve lost my savings",
      "I can't go on \u2026 I want to end it all",
      "caf\u00E9 la\u0301wyer la\u0301wyer l\u0430wyer (Cyrillic a) \uFF2C\uFF21\uFF37\uFF39\uFF25\uFF32",
      "\uFB01ne, the BBC and the Guardian called; a journalist wants a comment for a story",
      "\u041F\u0420\u0418\u0412\u0415\u0422 \u4F60\u597D\u3002 sort code 12-34-56 account 12345678",
      "don'\u00E9 won\u2019t customer's 'quoted' it''s O'NEILL \uD83D\uDE21\uD83D\uDE21 share price",
      "zero\u200Bwidth hos\u00ADpital injur\u0435d +44 20 7946 0018 ext 22 https://t.co/abc");

  @Test
  void topicsFindInTheMessageWhatTheyFindInTheDraft() throws IOException {
    List<String> corpus = Corpus.texts();
    List<String> messages = new ArrayList<>(TRICKY);
    for (int i = 1; i < corpus.size(); i += 2) {
      messages.add(corpus.get(i));
    }
    List<Path> files;
    try (Stream<Path> dirs = Files.list(Path.of("../examples"))) {
      files = dirs.map(d -> d.resolve("playbook.yaml")).filter(Files::isRegularFile).sorted()
          .toList();
    }
    assertThat(files).isNotEmpty();
    int found = 0;
    for (Path file : files) {
      String yaml = Files.readString(file)
          .replaceAll("lookIn: (inbound|draft)", "lookIn: both");
      if (yaml.contains("\nextends:")) {
        continue; // loaded from text, its bases could not be found
      }
      CompiledPlaybook engine = Playbooks.compile(
          Playbooks.load(yaml, file.toString()).orThrow());
      for (String channel : engine.channels()) {
        for (String message : messages) {
          Draft draft = Draft.builder(channel, message).inbound(message).clock(CLOCK).build();
          Verdict verdict = engine.check(draft);
          List<String> inDraft = topicFindings(verdict, Finding.Text.DRAFT);
          List<String> inMessage = topicFindings(verdict, Finding.Text.INBOUND);
          assertThat(inMessage).as("%s on %s: %s", file, channel, message).isEqualTo(inDraft);
          Conversation conversation = engine.conversation(message);
          Verdict through = conversation.check(
              Draft.builder(channel, message).clock(CLOCK).build());
          assertThat(topicFindings(through, Finding.Text.INBOUND))
              .as("conversation, %s on %s: %s", file, channel, message).isEqualTo(inDraft);
          found += inMessage.size();
        }
      }
    }
    assertThat(found).isPositive();
  }

  /** The topics' findings in one text, in the verdict's order, shadow ones after. */
  private static List<String> topicFindings(Verdict verdict, Finding.Text which) {
    List<String> out = new ArrayList<>();
    for (List<Finding> list : List.of(verdict.findings(), verdict.shadowFindings())) {
      for (Finding f : list) {
        if (f.text() == which && f.topic().isPresent()) {
          out.add(f.ruleId() + " " + f.span().start() + "-" + f.span().end() + " '"
              + f.matched() + "' " + f.topic().get() + " " + f.severity());
        }
      }
      out.add("--");
    }
    return out;
  }
}
