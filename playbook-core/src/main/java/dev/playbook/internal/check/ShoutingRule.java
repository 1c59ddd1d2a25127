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

  /** The longest acronym: four characters, so that their characters fit in an int. */
  private static final int ACRONYM_LENGTH = 4;

  /**
   * Per ASCII character, {@link #SPACE} for {@link Character#isWhitespace} and {@link #DIGIT} for
   * {@link Character#isDigit}: the run around a shouted word is read with one look-up a character.
   */
  private static final byte[] RUN_CLASS = new byte[0x80];
  private static final int SPACE = 1;
  private static final int DIGIT = 2;

  static {
    for (char c = 0; c < 0x80; c++) {
      RUN_CLASS[c] = (byte) ((Character.isWhitespace(c) ? SPACE : 0)
          | (Character.isDigit(c) ? DIGIT : 0));
    }
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    Spans shouted = shouted(draft.text(), draft.original());
    if (shouted == null || shouted.size() <= max) {
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
    Optional<String> detail = Limits.countDetail(count, max);
    for (int i = (int) Math.floor(max); i < count; i++) {
      ctx.report(info, draft, shouted.start(i), shouted.end(i), List.of(), detail);
    }
  }

  /**
   * The shouted words of {@code text} (whose original is {@code original}) that are neither
   * acronyms nor in a run with a digit, as original spans in order; {@code null} when there are
   * none.
   */
  static Spans shouted(NormalizedText text, String original) {
    Spans shouted = null;
    // The run of non-space characters the current word is in, scanned once for all its words so
    // that a long run of hyphenated words stays linear. Acronyms are told first: they are most of
    // the words that shout ("DM") and need no scan.
    int runEnd = -1;
    boolean runHasDigit = false;
    for (int t = 0, n = text.tokenCount(); t < n; t++) {
      if (!text.shouts(t) || isAcronym(text, t)) {
        continue; // nearly every word: the cutter flagged the few that shout
      }
      int start = text.originalStartOf(text.tokenStart(t));
      if (start >= runEnd) {
        long run = run(original, start);
        runEnd = (int) (run >> 1);
        runHasDigit = (run & 1) != 0;
      }
      if (!runHasDigit) {
        if (shouted == null) {
          shouted = new Spans(4);
        }
        shouted.add(start, text.originalEndOf(text.tokenEnd(t)));
      }
    }
    return shouted;
  }

  /** Whether word {@code t} of {@code text} is one of {@link #ACRONYMS}. */
  static boolean isAcronym(NormalizedText text, int t) {
    return isAcronym(text.folded(), text.tokenStart(t), text.tokenEnd(t));
  }

  /**
   * Whether {@code [start, end)} of the folded {@code s} is one of {@link #ACRONYMS}: its ASCII
   * characters packed eight bits each, the first highest, looked up in a switch. Code, not a
   * table: a shouted word is looked up once or twice a draft, and the table's line was most often
   * out of the caches by then (a lookup in a 2 KB table cost 2% of a check in profiles).
   */
  static boolean isAcronym(String s, int start, int end) {
    if (end - start > ACRONYM_LENGTH) {
      return false;
    }
    int chars = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      chars = chars << 8 | c;
    }
    // The cases are ACRONYMS, each once (ShoutingOracleTest holds them to the set).
    switch (chars) {
      case 'a' << 8 | 'i': // ai
      case 'a' << 8 | 'm': // am
      case 'c' << 8 | 'v': // cv
      case 'd' << 8 | 'm': // dm
      case 'd' << 8 | 'r': // dr
      case 'e' << 8 | 'u': // eu
      case 'h' << 8 | 'r': // hr
      case 'i' << 8 | 'd': // id
      case 'i' << 8 | 't': // it
      case 'm' << 8 | 'r': // mr
      case 'm' << 8 | 's': // ms
      case 'n' << 8 | 'a': // na
      case 'n' << 8 | 'b': // nb
      case 'o' << 8 | 'k': // ok
      case 'p' << 8 | 'c': // pc
      case 'p' << 8 | 'm': // pm
      case 'p' << 8 | 's': // ps
      case 't' << 8 | 'v': // tv
      case 'u' << 8 | 'k': // uk
      case 'u' << 8 | 's': // us
      case 'a' << 16 | 'e' << 8 | 'r': // aer
      case 'a' << 16 | 'p' << 8 | 'i': // api
      case 'a' << 16 | 'p' << 8 | 'p': // app
      case 'a' << 16 | 'p' << 8 | 'r': // apr
      case 'a' << 16 | 't' << 8 | 'm': // atm
      case 'b' << 16 | 'b' << 8 | 'c': // bbc
      case 'b' << 16 | 'i' << 8 | 'c': // bic
      case 'b' << 16 | 's' << 8 | 't': // bst
      case 'c' << 16 | 'e' << 8 | 'o': // ceo
      case 'c' << 16 | 'v' << 8 | 'c': // cvc
      case 'c' << 16 | 'v' << 8 | 'v': // cvv
      case 'd' << 16 | 'i' << 8 | 'y': // diy
      case 'd' << 16 | 'm' << 8 | 's': // dms
      case 'e' << 16 | 'i' << 8 | 'n': // ein
      case 'e' << 16 | 's' << 8 | 't': // est
      case 'e' << 16 | 't' << 8 | 'a': // eta
      case 'e' << 16 | 'u' << 8 | 'r': // eur
      case 'f' << 16 | 'a' << 8 | 'q': // faq
      case 'f' << 16 | 'c' << 8 | 'a': // fca
      case 'f' << 16 | 'y' << 8 | 'i': // fyi
      case 'g' << 16 | 'b' << 8 | 'p': // gbp
      case 'g' << 16 | 'm' << 8 | 't': // gmt
      case 'i' << 16 | 'o' << 8 | 's': // ios
      case 'i' << 16 | 'r' << 8 | 's': // irs
      case 'i' << 16 | 's' << 8 | 'a': // isa
      case 'k' << 16 | 'y' << 8 | 'c': // kyc
      case 'm' << 16 | 'o' << 8 | 't': // mot
      case 'm' << 16 | 'r' << 8 | 's': // mrs
      case 'n' << 16 | 'f' << 8 | 'c': // nfc
      case 'n' << 16 | 'h' << 8 | 's': // nhs
      case 'o' << 16 | 't' << 8 | 'p': // otp
      case 'p' << 16 | 'd' << 8 | 'f': // pdf
      case 'p' << 16 | 'i' << 8 | 'n': // pin
      case 'p' << 16 | 's' << 8 | 't': // pst
      case 's' << 16 | 'i' << 8 | 'm': // sim
      case 's' << 16 | 'm' << 8 | 's': // sms
      case 's' << 16 | 's' << 8 | 'n': // ssn
      case 't' << 16 | 'b' << 8 | 'a': // tba
      case 't' << 16 | 'b' << 8 | 'c': // tbc
      case 'u' << 16 | 'r' << 8 | 'l': // url
      case 'u' << 16 | 's' << 8 | 'a': // usa
      case 'u' << 16 | 's' << 8 | 'b': // usb
      case 'u' << 16 | 's' << 8 | 'd': // usd
      case 'u' << 16 | 't' << 8 | 'c': // utc
      case 'v' << 16 | 'a' << 8 | 't': // vat
      case 'v' << 16 | 'i' << 8 | 'p': // vip
      case 'a' << 24 | 's' << 16 | 'a' << 8 | 'p': // asap
      case 'f' << 24 | 'd' << 16 | 'i' << 8 | 'c': // fdic
      case 'g' << 24 | 'd' << 16 | 'p' << 8 | 'r': // gdpr
      case 'h' << 24 | 'm' << 16 | 'r' << 8 | 'c': // hmrc
      case 'i' << 24 | 'b' << 16 | 'a' << 8 | 'n': // iban
      case 'r' << 24 | 's' << 16 | 'v' << 8 | 'p': // rsvp
      case 'w' << 24 | 'i' << 16 | 'f' << 8 | 'i': // wifi
        return true;
      default:
        return false;
    }
  }

  /**
   * The end of the run of non-space characters around {@code from} and whether the run has a
   * digit, as {@code end << 1 | digit}: one read of each character of the run.
   */
  static long run(String s, int from) {
    int digit = 0;
    for (int i = from; i > 0; i--) {
      int c = kind(s.charAt(i - 1));
      if ((c & SPACE) != 0) {
        break;
      }
      digit |= c;
    }
    int end = from;
    for (int length = s.length(); end < length; end++) {
      int c = kind(s.charAt(end));
      if ((c & SPACE) != 0) {
        break;
      }
      digit |= c;
    }
    return (long) end << 1 | (digit >> 1);
  }

  private static int kind(char c) {
    if (c < 0x80) {
      return RUN_CLASS[c];
    }
    return (Character.isWhitespace(c) ? SPACE : 0) | (Character.isDigit(c) ? DIGIT : 0);
  }
}
