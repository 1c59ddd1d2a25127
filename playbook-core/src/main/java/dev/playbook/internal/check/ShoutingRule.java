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

  /**
   * {@link #ACRONYMS}, each as its characters packed 16 bits each ({@link #pack}), by open
   * addressing (0 is an empty slot): a shouted word is looked up with one read of its few
   * characters, without cutting it out as a string or reading a set's strings.
   */
  private static final long[] ACRONYM_CHARS;
  private static final int ACRONYM_MASK;
  /** The longest acronym: four characters, so that their characters fit in a long. */
  private static final int ACRONYM_LENGTH = 4;

  /**
   * Per ASCII character, {@link #SPACE} for {@link Character#isWhitespace} and {@link #DIGIT} for
   * {@link Character#isDigit}: the run around a shouted word is read with one look-up a character.
   */
  private static final byte[] RUN_CLASS = new byte[0x80];
  private static final int SPACE = 1;
  private static final int DIGIT = 2;

  static {
    int slots = Integer.highestOneBit(ACRONYMS.size() * 4);
    ACRONYM_CHARS = new long[slots];
    ACRONYM_MASK = slots - 1;
    for (String word : ACRONYMS) {
      if (word.length() > ACRONYM_LENGTH) {
        throw new AssertionError("an acronym longer than " + ACRONYM_LENGTH + ": " + word);
      }
      long chars = pack(word, 0, word.length());
      int slot = slot(chars);
      while (ACRONYM_CHARS[slot] != 0) {
        slot = (slot + 1) & ACRONYM_MASK;
      }
      ACRONYM_CHARS[slot] = chars;
    }
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
    Optional<String> detail = Optional.of(Limits.count(count, max));
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
    int start = text.tokenStart(t);
    int end = text.tokenEnd(t);
    if (end - start > ACRONYM_LENGTH) {
      return false;
    }
    long chars = pack(text.folded(), start, end);
    for (int slot = slot(chars); ACRONYM_CHARS[slot] != 0; slot = (slot + 1) & ACRONYM_MASK) {
      if (ACRONYM_CHARS[slot] == chars) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters {@code [start, end)} of {@code s}, at most {@link #ACRONYM_LENGTH}, 16 bits
   * each, the first highest; never 0 for a non-empty word without U+0000 (a word has none).
   */
  private static long pack(String s, int start, int end) {
    long packed = 0;
    for (int i = start; i < end; i++) {
      packed = packed << 16 | s.charAt(i);
    }
    return packed;
  }

  private static int slot(long chars) {
    long mixed = chars * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & ACRONYM_MASK;
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
