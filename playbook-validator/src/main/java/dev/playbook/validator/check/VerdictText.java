package dev.playbook.validator.check;

import dev.playbook.Finding;
import dev.playbook.Span;
import dev.playbook.Verdict;
import dev.playbook.model.Checklist;
import dev.playbook.model.Playbook;
import dev.playbook.model.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A verdict as a person reads it in a terminal: the decision in words first, then each finding the
 * way a compiler shows an error, with the offending words underlined:
 *
 * <pre>
 * REVISE: fix 1 error in the draft and check again
 *
 * draft:1:4: error: Never promise an outcome or money in public; legal has to sign off on that. [no-guarantees, banned]
 *   1 | we GUARANTEE a refund
 *     |    ^~~~~~~~~
 *     = instead: we'll do our best to
 *     = rule: examples/retail-bank/playbook.yaml:107:7
 * </pre>
 *
 * <p>then the shadow findings, the checklist items to confirm by hand and whether a senior
 * colleague must review the reply. Positions ({@code draft:LINE:COLUMN}) are 1-based and count
 * code points; the underline is placed by display width ({@link TerminalText}).
 */
public final class VerdictText {

  private final Playbook playbook;
  private final String draft;
  private final String inbound;
  private final String draftName;
  private final String inboundName;

  /**
   * @param playbook the playbook that gave the verdict (for the senior review's reason)
   * @param draft the draft as checked
   * @param inbound the customer's message as checked
   * @param draftName how positions in the draft are named: {@code draft}, or its file
   * @param inboundName how positions in the customer's message are named
   */
  public VerdictText(Playbook playbook, String draft, String inbound, String draftName,
      String inboundName) {
    this.playbook = playbook;
    this.draft = draft;
    this.inbound = inbound;
    this.draftName = draftName;
    this.inboundName = inboundName;
  }

  /** Writes the verdict. */
  public void write(Verdict verdict, PrintWriter out) {
    out.println(headline(verdict));
    for (Finding finding : verdict.findings()) {
      out.println();
      finding(finding, out);
    }
    if (!verdict.shadowFindings().isEmpty()) {
      out.println();
      out.println("Shadow findings (shadow-mode rules; they do not change the decision):");
      for (Finding finding : verdict.shadowFindings()) {
        out.println();
        finding(finding, out);
      }
    }
    if (!verdict.toConfirm().isEmpty()) {
      out.println();
      out.println("Confirm by hand before posting:");
      for (Checklist.Item item : verdict.toConfirm()) {
        out.println("  [ ] " + printable(item.confirm()) + " (" + item.id() + ")");
      }
    }
    if (verdict.seniorReviewRequired()) {
      out.println();
      out.println("Senior review required"
          + playbook.checklist().seniorReview().flatMap(Checklist.SeniorReview::reason)
              .map(reason -> ": " + printable(reason)).orElse("."));
    }
  }

  /** The decision in words, with what to do and, for an escalation, where and by when. */
  static String headline(Verdict verdict) {
    String holding = verdict.holdingTemplate().map(t -> "; holding template: " + t).orElse("");
    String topics = verdict.topics().isEmpty() ? "" : " (" + String.join(", ", verdict.topics()) + ")";
    return switch (verdict.decision()) {
      case READY -> "READY to publish" + tally(verdict.findings(), " with ");
      case REVISE -> "REVISE: fix " + count(errors(verdict.findings()), "error")
          + " in the draft and check again";
      case MOVE_TO_PRIVATE -> "MOVE_TO_PRIVATE: ask the customer to continue in a private channel"
          + topics + holding;
      case DO_NOT_REPLY -> "DO_NOT_REPLY: post nothing in public" + topics + holding;
      case ESCALATE -> escalation(verdict.escalation().orElseThrow()) + holding;
    };
  }

  private static String escalation(Verdict.Escalation e) {
    return "ESCALATE via " + e.path() + " to " + printable(e.team())
        + e.queue().map(q -> " (queue " + q + ")").orElse("")
        + " by " + e.deadline()
        + " (topic " + e.topic() + ")"
        + (e.notifications().isEmpty() ? "" : "; notify " + e.notifications().stream()
            .map(n -> n.via() + " " + n.to()).collect(Collectors.joining(", ")))
        + (e.takeOffline() ? "; take the conversation offline" : "");
  }

  private static String tally(List<Finding> findings, String prefix) {
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long suggestions = findings.stream().filter(f -> f.severity() == Severity.SUGGESTION).count();
    if (warnings == 0 && suggestions == 0) {
      return "";
    }
    return prefix + (warnings > 0 ? count(warnings, "warning") : "")
        + (warnings > 0 && suggestions > 0 ? " and " : "")
        + (suggestions > 0 ? count(suggestions, "suggestion") : "");
  }

  private static long errors(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.isError() && f.text() == Finding.Text.DRAFT).count();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void finding(Finding f, PrintWriter out) {
    boolean inDraft = f.text() == Finding.Text.DRAFT;
    String text = inDraft ? draft : inbound;
    Span span = clamp(f.span(), text.length());
    Line line = Line.containing(text, span.start());
    int column = text.codePointCount(line.start(), span.start()) + 1;
    out.println((inDraft ? draftName : inboundName) + ":" + line.number() + ":" + column + ": "
        + f.severity().label() + ": " + printable(f.message())
        + f.detail().map(d -> " (" + printable(d) + ")").orElse("")
        + " [" + f.ruleId() + ", " + f.kind() + "]");
    TerminalText shown = TerminalText.of(text.substring(line.start(), line.end()));
    String number = Integer.toString(line.number());
    String gutter = " ".repeat(number.length() + 2);
    out.println("  " + number + " | " + shown.shown());
    int end = Math.min(span.end(), line.end());
    out.println(gutter + " | " + shown.underline(span.start() - line.start(), end - line.start()));
    if (!f.suggestions().isEmpty()) {
      out.println(gutter + " = instead: " + f.suggestions().stream()
          .map(VerdictText::printable).collect(Collectors.joining(" | ")));
    }
    out.println(gutter + " = rule: " + f.location());
  }

  /** A span that fits the text, in case a helpdesk passes a different text than was checked. */
  private static Span clamp(Span span, int length) {
    int start = Math.min(span.start(), length);
    return new Span(start, Math.max(start, Math.min(span.end(), length)));
  }

  /** One line of a text: its 1-based number and its UTF-16 range without the line break. */
  private record Line(int number, int start, int end) {

    static Line containing(String text, int offset) {
      int number = 1;
      int start = 0;
      int i = 0;
      while (i < offset) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
          if (i > offset) {
            break;
          }
          number++;
          start = i;
        } else {
          i++;
        }
      }
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      return new Line(number, start, end);
    }
  }

  /** Text from the playbook or a draft with line breaks and control characters made harmless. */
  static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
