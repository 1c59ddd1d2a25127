package dev.playbook.internal.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.Finding;
import dev.playbook.SourceLocation;
import dev.playbook.Verdict;
import dev.playbook.model.Checklist;
import dev.playbook.model.EscalationPath;
import java.util.List;
import java.util.Optional;

/**
 * Writes a verdict as JSON in the documented shape ({@code docs/verdict.md},
 * {@code schemas/verdict-v1.schema.json}). The tree is built field by field rather than by
 * reflection, so the shape only changes when this class does. Absent optional values are written
 * as {@code null}, never left out, so consumers see every key.
 */
public final class VerdictJson {

  /** The value of the {@code format} field. */
  public static final String FORMAT = "playbook.dev/verdict/v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VerdictJson() {}

  /** The verdict as compact JSON. */
  public static String write(Verdict verdict) {
    try {
      return MAPPER.writeValueAsString(tree(verdict));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** The verdict as a JSON tree. */
  public static ObjectNode tree(Verdict verdict) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("decision", verdict.decision().label());
    root.set("findings", findings(verdict.findings()));
    root.set("shadowFindings", findings(verdict.shadowFindings()));
    ArrayNode topics = root.putArray("topics");
    verdict.topics().forEach(topics::add);
    ArrayNode confirm = root.putArray("toConfirm");
    for (Checklist.Item item : verdict.toConfirm()) {
      confirm.addObject().put("id", item.id()).put("confirm", item.confirm());
    }
    root.put("seniorReviewRequired", verdict.seniorReviewRequired());
    putOptional(root, "holdingTemplate", verdict.holdingTemplate());
    if (verdict.escalation().isPresent()) {
      Verdict.Escalation e = verdict.escalation().get();
      ObjectNode node = root.putObject("escalation");
      node.put("path", e.path());
      node.put("topic", e.topic());
      node.put("team", e.team());
      putOptional(node, "queue", e.queue());
      node.put("deadline", e.deadline().toString());
      ArrayNode notify = node.putArray("notify");
      for (EscalationPath.Notification n : e.notifications()) {
        notify.addObject().put("via", n.via()).put("to", n.to());
      }
      putOptional(node, "holdingTemplate", e.holdingTemplate());
      node.put("takeOffline", e.takeOffline());
    } else {
      root.putNull("escalation");
    }
    Verdict.Audit audit = verdict.audit();
    root.putObject("audit")
        .put("playbookId", audit.playbookId())
        .put("playbookVersion", audit.playbookVersion())
        .put("sha256", audit.sha256())
        .put("apiVersion", audit.apiVersion())
        .put("checkedAt", audit.checkedAt().toString());
    return root;
  }

  private static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("ruleId", f.ruleId());
      node.put("kind", f.kind());
      node.put("severity", f.severity().label());
      node.put("message", f.message());
      node.put("text", f.text().label());
      node.putObject("span").put("start", f.span().start()).put("end", f.span().end());
      node.put("matched", f.matched());
      ArrayNode suggestions = node.putArray("suggestions");
      f.suggestions().forEach(suggestions::add);
      SourceLocation at = f.location();
      node.putObject("location").put("file", at.file()).put("line", at.line())
          .put("column", at.column());
      putOptional(node, "topic", f.topic());
      putOptional(node, "detail", f.detail());
    }
    return array;
  }

  private static void putOptional(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
