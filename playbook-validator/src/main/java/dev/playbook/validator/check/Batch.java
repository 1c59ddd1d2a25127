package dev.playbook.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.CompiledPlaybook;
import dev.playbook.Decision;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a stream of drafts, one JSON object per line (JSON Lines), writing one verdict per line as
 * it goes: {@code {"line": 3, "id": "a-17", "verdict": {...}}}.
 *
 * <p>Each input line holds a draft and its context: {@code draft} (or {@code reply}), and
 * optionally {@code inbound}, {@code channel}, {@code locale}, {@code customerName},
 * {@code template} and {@code id} (any JSON value, echoed as given); other fields are ignored.
 * A line that cannot be checked (not JSON, not UTF-8, no draft, an unknown channel) is reported
 * on the error writer with its line number and skipped; the run goes on. Blank lines are ignored.
 *
 * <p>Memory stays constant: one line is read, checked and written at a time, and the summary keeps
 * only counts (rule ids are bounded by the playbook).
 */
public final class Batch {

  private final CompiledPlaybook engine;
  private final Optional<String> defaultChannel;
  private final Clock clock;
  private final boolean json;

  /**
   * @param engine the compiled playbook
   * @param defaultChannel the channel for lines without a {@code channel} field
   * @param clock the clock verdicts are dated by
   * @param json whether skipped lines and the summary are also written as JSON lines on the
   *     output ({@code {"line": n, "id": ..., "skipped": "why"}}, {@code {"summary": ...}}), so
   *     the output alone accounts for every line; otherwise the summary goes to the error writer
   *     as text
   */
  public Batch(CompiledPlaybook engine, Optional<String> defaultChannel, Clock clock,
      boolean json) {
    this.engine = engine;
    this.defaultChannel = defaultChannel;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Checks every line of {@code in}.
   *
   * @param in the JSON Lines, read as UTF-8 line by line
   * @param name how error messages name the input, such as {@code drafts.jsonl}
   * @param out where verdicts go
   * @param err where skipped lines (and, for text, the summary) are reported
   * @return what was checked
   * @throws IOException if {@code in} cannot be read
   */
  public Summary run(InputStream in, String name, PrintWriter out, PrintWriter err)
      throws IOException {
    Summary summary = new Summary();
    DraftLines.Reader lines = new DraftLines.Reader(in);
    byte[] bytes;
    while ((bytes = lines.next()) != null) {
      long number = lines.number();
      JsonNode id = null;
      try {
        if (lines.tooLong()) {
          throw new DraftLines.Invalid("longer than " + DraftLines.Reader.MAX_LINE_BYTES + " bytes");
        }
        String line = DraftLines.decode(bytes, number == 1);
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = DraftLines.parse(line);
        id = node.get("id");
        Verdict verdict = engine.check(draft(node));
        summary.add(verdict);
        out.println("{\"line\":" + number + ",\"id\":" + idJson(id) + ",\"verdict\":"
            + verdict.toJson() + "}");
      } catch (DraftLines.Invalid skip) {
        summary.skipped++;
        err.println("playbook: " + name + ":" + number + ": skipped: " + skip.getMessage());
        if (json) {
          ObjectNode record = JsonNodeFactory.instance.objectNode();
          record.put("line", number);
          record.set("id", id);
          record.put("skipped", skip.getMessage());
          out.println(record);
        }
      }
      out.flush();
    }
    if (json) {
      out.println(summary.toJson());
    } else {
      summary.writeText(err);
    }
    out.flush();
    err.flush();
    return summary;
  }

  private Draft draft(JsonNode node) throws DraftLines.Invalid {
    Draft draft = DraftLines.draft(node, defaultChannel, clock);
    if (!engine.channels().contains(draft.channel())) {
      throw new DraftLines.Invalid("unknown channel '" + draft.channel()
          + "'; the playbook declares " + String.join(", ", engine.channels()));
    }
    return draft;
  }

  private static String idJson(JsonNode id) {
    return id == null ? "null" : id.toString();
  }

  /**
   * What a batch run checked: counts of lines, decisions, and findings by rule id.
   *
   * <p>Not thread-safe; owned by one run.
   */
  public static final class Summary {
    private int checked;
    private int skipped;
    private final Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    private final Map<String, Integer> findings = new TreeMap<>();
    private final Map<String, Integer> shadowFindings = new TreeMap<>();

    private Summary() {
      for (Decision d : Decision.values()) {
        decisions.put(d, 0);
      }
    }

    private void add(Verdict verdict) {
      checked++;
      decisions.merge(verdict.decision(), 1, Integer::sum);
      count(verdict.findings(), findings);
      count(verdict.shadowFindings(), shadowFindings);
    }

    private static void count(List<Finding> list, Map<String, Integer> counts) {
      for (Finding f : list) {
        counts.merge(f.ruleId(), 1, Integer::sum);
      }
    }

    /** The number of lines that got a verdict. */
    public int checked() {
      return checked;
    }

    /** The number of lines skipped because they could not be checked. */
    public int skipped() {
      return skipped;
    }

    /** How many verdicts had each decision, in order of precedence (zeros included). */
    public Map<Decision, Integer> decisions() {
      return new EnumMap<>(decisions);
    }

    /** How many enforced findings each rule or topic produced, by rule id. */
    public Map<String, Integer> findings() {
      return new TreeMap<>(findings);
    }

    /** How many shadow findings each shadow-mode rule or topic produced, by rule id. */
    public Map<String, Integer> shadowFindings() {
      return new TreeMap<>(shadowFindings);
    }

    String toJson() {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ObjectNode s = root.putObject("summary");
      s.put("lines", checked + skipped);
      s.put("checked", checked);
      s.put("skipped", skipped);
      ObjectNode byDecision = s.putObject("decisions");
      decisions.forEach((d, n) -> byDecision.put(d.label(), n));
      ObjectNode byRule = s.putObject("findings");
      findings.forEach(byRule::put);
      ObjectNode byShadowRule = s.putObject("shadowFindings");
      shadowFindings.forEach(byShadowRule::put);
      return root.toString();
    }

    void writeText(PrintWriter err) {
      err.println("checked " + checked + " of " + (checked + skipped) + " lines"
          + (skipped > 0 ? ", skipped " + skipped : ""));
      StringBuilder line = new StringBuilder("decisions:");
      decisions.forEach((d, n) -> line.append(' ').append(d.label()).append(' ').append(n));
      err.println(line);
      table("findings by rule:", findings, err);
      table("shadow findings by rule:", shadowFindings, err);
    }

    private static void table(String title, Map<String, Integer> counts, PrintWriter err) {
      if (counts.isEmpty()) {
        return;
      }
      err.println(title);
      int width = Integer.toString(counts.values().stream().max(Integer::compare).orElse(0)).length();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> err.println("  " + " ".repeat(width - Integer.toString(e.getValue()).length())
              + e.getValue() + "  " + e.getKey()));
    }
  }
}
