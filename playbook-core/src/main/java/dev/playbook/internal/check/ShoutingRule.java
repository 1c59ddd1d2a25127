package dev.playbook.internal.check;

import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.Spans;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kind: shouting}: at most {@code max} words in capitals.
 *
 * <p>A shouted word has at least two letters, no digits, and every letter upper case as written
 * (so "NOW" and "DON'T" shout; "I", "SW1A" and Arabic, which has no case, do not), and no digit
 * elsewhere in its run of non-space characters: "FH" in an order number "FH-12345678" or "COVID"
 * in "COVID-19" is part of a code. Common
 * acronyms ({@link #ACRONYMS}: OK, PIN, ATM, UK, DM, FAQ ...) and the channel's signature at the
 * end of the draft ("^PS") are not shouting. Every shouted word beyond the limit is a finding.
 *
 * @param info the rule
 * @param max the most allowed
 */
public record ShoutingRule(RuleInfo info, double max) implements Rule {

  /** Words in capitals that are names of things, not raised voices. */
  public static final Set<String> ACRONYMS = Set.of(
      "ok", "id", "pin", "atm", "uk", "us", "usa", "eu", "faq", "dm", "dms", "pm", "am", "tv",
      "pc", "it", "hr", "ceo", "asap", "fyi", "sms", "url", "pdf", "vat", "iban", "bic", "nhs",
      "bbc", "gdpr", "api", "apr", "aer", "isa", "eta", "utc", "gmt", "bst", "est", "pst", "ps",
      "nb", "ios", "otp", "cvv", "cvc", "kyc", "tbc", "tba", "na", "gbp", "usd", "eur", "nfc",
      "sim", "wifi", "usb", "app", "ai", "cv", "diy", "mot", "vip", "rsvp", "mr", "mrs",
      "ms", "dr", "hmrc", "irs", "fca", "fdic", "ssn", "ein");

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    NormalizedText text = draft.text();
    String original = draft.original();
    Spans shouted = new Spans(0);
    // The run of non-space characters the current word is in, scanned once for all its words so
    // that a long run of hyphenated words stays linear.
    int runEnd = -1;
    boolean runHasDigit = false;
    for (int t = 0; t < text.tokenCount(); t++) {
      if (!text.shouts(t)) {
        continue; // nearly every word: the cutter flagged the few that shout
      }
      int start = text.originalStartOf(text.tokenStart(t));
      int end = text.originalEndOf(text.tokenEnd(t));
      if (start >= runEnd) {
        runEnd = runEnd(original, start);
        runHasDigit = hasDigit(original, runStart(original, start), runEnd);
      }
      if (!runHasDigit && !ACRONYMS.contains(text.token(t))) {
        shouted.add(start, end);
      }
    }
    if (shouted.size() <= max) {
      return;
    }
    // The signature's words are the last ones: asked only now, since finding it runs a pattern
    // and most drafts never get this far.
    int count = shouted.size();
    int[] signature = ctx.signature();
    while (signature != null && count > 0 && shouted.start(count - 1) >= signature[0]) {
      count--;
    }
    if (count <= max) {
      return;
    }
    for (int i = (int) Math.floor(max); i < count; i++) {
      ctx.report(info, draft, shouted.start(i), shouted.end(i), List.of(),
          Optional.of(Limits.count(count, max)));
    }
  }

  private static int runStart(String s, int from) {
    int i = from;
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int runEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasDigit(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
