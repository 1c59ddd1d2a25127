package dev.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link DecisionLog} that writes one JSON object per verdict, one per line (JSON Lines), to a
 * {@link Writer}, and flushes after each line.
 *
 * <pre>{@code
 * Writer out = Files.newBufferedWriter(Path.of("decisions.jsonl"), StandardCharsets.UTF_8,
 *     StandardOpenOption.CREATE, StandardOpenOption.APPEND);
 * DecisionLog log = new JsonLinesDecisionLog(out, Set.of("ticketId"));
 * }</pre>
 *
 * <p>A line looks like this (on one line):
 *
 * <pre>{@code
 * {"format":"playbook.dev/decision/v1","checkedAt":"2026-11-24T10:00:00Z",
 *  "playbook":{"id":"northbank-social","version":"3.2.0","sha256":"9f2c...","apiVersion":"playbook.dev/v1"},
 *  "channel":"x","template":null,"locale":null,"attributes":{"ticketId":"T-1"},"draftLength":42,
 *  "decision":"revise","topics":[],"escalation":null,"seniorReviewRequired":false,
 *  "findings":[{"rule":"no-guarantees","kind":"banned","severity":"error","text":"draft","span":[3,12]}],
 *  "shadowFindings":[]}
 * }</pre>
 *
 * <p><b>Privacy:</b> the draft and the customer's message are personal data, so no text is
 * written: not the draft, not the customer's message or name, not the matched words. A finding is
 * kept as its rule id, kind, severity, which text and the span, which with the audit stamp's
 * playbook hash is enough to show why a decision was made when the helpdesk keeps the text under
 * its own retention rules. Draft attributes are written only when named in the constructor (for
 * example a ticket id to join on).
 *
 * <p><b>Threading:</b> thread-safe; lines from concurrent checks never interleave. The writer is not
 * closed by this class. A failed write throws {@link UncheckedIOException}.
 */
public final class JsonLinesDecisionLog implements DecisionLog {

  /** The value of the {@code format} field of every line. */
  public static final String FORMAT = "playbook.dev/decision/v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Writer out;
  private final Set<String> attributes;

  /** A log that writes no draft attributes. */
  public JsonLinesDecisionLog(Writer out) {
    this(out, Set.of());
  }

  /**
   * A log that writes the draft attributes with these names (and no others).
   *
   * @param out where lines go; shared with no other writer
   * @param attributes the names of the attributes to keep, such as {@code ticketId}
   */
  public JsonLinesDecisionLog(Writer out, Set<String> attributes) {
    this.out = Objects.requireNonNull(out, "out");
    this.attributes = Set.copyOf(attributes);
  }

  @Override
  public void record(Draft draft, Verdict verdict) {
    String line = line(draft, verdict);
    synchronized (out) {
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the decision log", e);
      }
    }
  }

  private String line(Draft draft, Verdict verdict) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    Verdict.Audit audit = verdict.audit();
    root.put("checkedAt", audit.checkedAt().toString());
    root.putObject("playbook")
        .put("id", audit.playbookId())
        .put("version", audit.playbookVersion())
        .put("sha256", audit.sha256())
        .put("apiVersion", audit.apiVersion());
    root.put("channel", draft.channel());
    root.put("template", draft.template().orElse(null));
    root.put("locale", draft.locale().map(l -> l.toLanguageTag()).orElse(null));
    ObjectNode kept = root.putObject("attributes");
    draft.attributes().forEach((name, value) -> {
      if (attributes.contains(name)) {
        kept.put(name, value);
      }
    });
    root.put("draftLength", draft.text().length());
    root.put("decision", verdict.decision().label());
    ArrayNode topics = root.putArray("topics");
    verdict.topics().forEach(topics::add);
    verdict.escalation().ifPresentOrElse(
        e -> root.putObject("escalation")
            .put("path", e.path())
            .put("topic", e.topic())
            .put("team", e.team())
            .put("deadline", e.deadline().toString()),
        () -> root.putNull("escalation"));
    root.put("seniorReviewRequired", verdict.seniorReviewRequired());
    root.set("findings", findings(verdict.findings()));
    root.set("shadowFindings", findings(verdict.shadowFindings()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Finding f : findings) {
      ObjectNode o = array.addObject()
          .put("rule", f.ruleId())
          .put("kind", f.kind())
          .put("severity", f.severity().label())
          .put("text", f.text().label());
      o.putArray("span").add(f.span().start()).add(f.span().end());
    }
    return array;
  }
}
