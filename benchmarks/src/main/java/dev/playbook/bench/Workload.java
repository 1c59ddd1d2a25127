package dev.playbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark workload, deterministic for a seed: a synthetic playbook (the retail-bank example
 * plus N generated phrases spread over banned rules and topics, and 8 generated patterns beside
 * the example's 2, so 10 rule and topic patterns in all) and drafts (real replies from the shared
 * corpus when it is there, otherwise seeded generated text).
 */
public final class Workload {

  /** The example's rule and topic patterns. */
  static final int EXAMPLE_PATTERNS = 2;

  /** Words phrases are made of: customer-service vocabulary, so phrases meet real replies. */
  static final String[] VOCABULARY = (
      "account refund charge fee bill payment card transfer balance statement overdraft loan "
      + "mortgage interest rate branch app login password reset verify identity fraud dispute "
      + "order delivery shipping package tracking parcel return exchange replace broken damaged "
      + "missing late delay cancel cancelled subscription plan upgrade downgrade contract renew "
      + "service outage network signal coverage speed slow connection internet phone device "
      + "battery screen update install error crash bug issue problem complaint manager "
      + "supervisor escalate feedback survey compensation credit voucher discount offer promo "
      + "price cost expensive cheap free trial premium member loyalty points reward flight "
      + "booking seat luggage baggage gate boarding ticket airport hotel room reservation "
      + "checkout store location hours weekend holiday driver courier address postcode email "
      + "message reply response wait waiting queue hold call callback agent team department "
      + "policy terms conditions warranty guarantee receipt invoice proof purchase product item "
      + "size colour stock available unavailable restock website page link download file "
      + "settings profile privacy data security breach hacked blocked locked suspended closed "
      + "deleted restored recovered confirm confirmation number code pin limit overdue reminder "
      + "notice letter document form application approved declined rejected pending processed "
      + "investigate investigation resolve resolution fix fixed working unacceptable disgusting "
      + "terrible awful worst ridiculous useless pathetic incompetent rude angry upset "
      + "frustrated disappointed annoyed furious lie lied cheat cheated scammed stolen robbed "
      + "threat threaten report regulator watchdog press news media journalist viral boycott "
      + "switch leave leaving competitor rival alternative quit unsubscribe remove refundable "
      + "chargeback bank lender insurer claim claims policyholder premium excess cover covered "
      + "storm flood fire accident injury injured hospital doctor medical emergency urgent "
      + "asap immediately today tomorrow yesterday week month year again still never always")
      .split(" ");

  /** Generated patterns, shaped like real playbooks' (literal anchors, digits, alternations). */
  static final List<String> PATTERNS = List.of(
      "\\bwe(?:\\s+will|'ll)\\s+(?:refund|credit)\\b",
      "\\border\\s*#?\\s*\\d{6,}\\b",
      "\\b(?:free|complimentary)\\s+(?:upgrade|voucher|month)\\b",
      "\\bcase\\s+(?:number|ref)\\s*:?\\s*\\d+",
      "\\b\\d{1,3}\\s*%\\s+off\\b",
      "\\bno\\s+(?:fee|charge)s?\\b",
      "\\b(?:Ofcom|FCA|Ombudsman|Trustpilot)\\b",
      "\\bit'?s\\s+(?:not\\s+)?our\\s+fault\\b");

  private Workload() {}

  /** The root of the repository (the benchmarks are run from it or from a module below it). */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("examples/retail-bank/playbook.yaml"))) {
        return d;
      }
    }
    throw new IllegalStateException("run from the repository (examples/retail-bank not found above "
        + dir + ")");
  }

  /** The retail-bank example as YAML. */
  static String exampleYaml() {
    return read(repositoryRoot().resolve("examples/retail-bank/playbook.yaml"));
  }

  /**
   * The corpus of real replies: {@code -Dplaybook.corpus}, or {@code shared/corpus} in the folder
   * that holds the repository or in one above it (a worktree may sit a level deeper).
   */
  static Path corpus() {
    String configured = System.getProperty("playbook.corpus");
    if (configured != null) {
      return Path.of(configured);
    }
    Path root = repositoryRoot();
    for (Path d = root.getParent(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/corpus/real_replies.jsonl");
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return root.resolve("../shared/corpus/real_replies.jsonl").normalize();
  }

  /**
   * The generated phrases: {@code count} distinct phrases of one to three words, never one of the
   * example's required phrases (a phrase both required and banned is a contradiction).
   */
  static List<String> phrases(int count, long seed) {
    Random random = new Random(seed);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < count) {
      int words = 1 + (random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          b.append(' ');
        }
        b.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
      }
      out.add(b.toString());
    }
    return new ArrayList<>(out);
  }

  /**
   * The synthetic playbook's YAML: the example, plus {@code phrases} generated phrases, 60% in
   * banned rules and 40% in topics (ten to a rule or topic; topics look in the inbound, the draft or
   * both in turn), plus the 8 generated patterns on the first generated rules.
   */
  public static String playbookYaml(int phrases, long seed) {
    List<String> generated = phrases(phrases, seed);
    int banned = generated.size() * 6 / 10;
    StringBuilder rules = new StringBuilder();
    int patternIndex = 0;
    for (int from = 0, r = 0; from < banned || patternIndex < PATTERNS.size(); from += 10, r++) {
      rules.append("    - id: gen-banned-").append(r).append('\n')
          .append("      kind: banned\n      severity: warning\n")
          .append("      message: Generated banned rule ").append(r).append(".\n");
      if (from < banned) {
        rules.append("      phrases:\n");
        for (int i = from; i < Math.min(banned, from + 10); i++) {
          rules.append("        - phrase: ").append(generated.get(i)).append('\n')
              .append("          instead: [something else]\n");
        }
      }
      if (patternIndex < PATTERNS.size()) {
        rules.append("      patterns:\n        - '")
            .append(PATTERNS.get(patternIndex++).replace("'", "''")).append("'\n");
      }
    }
    StringBuilder topics = new StringBuilder();
    String[] lookIn = {"inbound", "draft", "both"};
    for (int from = banned, t = 0; from < generated.size(); from += 10, t++) {
      topics.append("  - id: gen-topic-").append(t).append('\n')
          .append("    description: Generated topic ").append(t).append(".\n")
          .append("    recognise:\n      phrases: [")
          .append(String.join(", ", generated.subList(from, Math.min(generated.size(), from + 10))))
          .append("]\n      lookIn: ").append(lookIn[t % 3]).append('\n')
          .append("    outcome:\n      replyPublicly: false\n");
    }
    String yaml = exampleYaml();
    yaml = insertAfter(yaml, "\n  rules:\n", rules.toString());
    return insertAfter(yaml, "\ntopics:\n", topics.toString());
  }

  private static String insertAfter(String yaml, String marker, String text) {
    int at = yaml.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("example changed: no '" + marker.trim() + "'");
    }
    at += marker.length();
    return yaml.substring(0, at) + text + yaml.substring(at);
  }

  /** A draft and the customer's message it answers. */
  public record Reply(String inbound, String reply) {}

  /** Every reply of the corpus, or an empty list when it is not there. */
  public static List<Reply> corpusReplies() {
    Path path = corpus();
    if (!Files.exists(path)) {
      return List.of();
    }
    return parse(read(path));
  }

  /** Parses the corpus's JSON lines. */
  public static List<Reply> parse(String jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<Reply> out = new ArrayList<>();
    try {
      for (String line : jsonl.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        out.add(new Reply(node.path("inbound").asText(""), node.path("reply").asText("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * {@code count} drafts of about {@code length} characters: consecutive corpus replies joined by a
   * space until the length is reached, then cut at a word; each with the inbound of its first
   * reply. Without the corpus, seeded text from the vocabulary and filler words.
   */
  public static List<Reply> drafts(int count, int length, long seed) {
    List<Reply> corpus = corpusReplies();
    List<Reply> out = new ArrayList<>(count);
    Random random = new Random(seed);
    int next = corpus.isEmpty() ? 0 : random.nextInt(corpus.size());
    for (int d = 0; d < count; d++) {
      StringBuilder text = new StringBuilder();
      String inbound;
      if (corpus.isEmpty()) {
        inbound = generated(random, 120);
        text.append(generated(random, length + 20));
      } else {
        inbound = corpus.get(next % corpus.size()).inbound();
        while (text.length() < length) {
          if (text.length() > 0) {
            text.append(' ');
          }
          text.append(corpus.get(next++ % corpus.size()).reply());
        }
      }
      out.add(new Reply(inbound, cut(text.toString(), length)));
    }
    return out;
  }

  private static final String[] FILLER =
      "we are so sorry to hear about this please send us a dm with your details and we will look into it for you thanks"
          .split(" ");

  private static String generated(Random random, int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      String w = random.nextInt(4) == 0 ? VOCABULARY[random.nextInt(VOCABULARY.length)]
          : FILLER[random.nextInt(FILLER.length)];
      if (b.length() == 0) {
        w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      }
      b.append(w).append(random.nextInt(12) == 0 ? ". " : " ");
    }
    return b.toString();
  }

  private static String cut(String s, int length) {
    if (s.length() <= length) {
      return s;
    }
    int at = s.lastIndexOf(' ', length);
    return s.substring(0, at > length / 2 ? at : length);
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
