package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A text's word sketch lets a prefilter reject a pattern that needs a whole word without reading
 * the text: it must never reject a text RE2/J, reading all of it, finds a match in.
 */
class WordSketchTest {

  /** The benchmark playbook's patterns, and ones made to meet apostrophes, "_" and single letters. */
  private static final List<String> PATTERNS = List.of(
      "\\bwe(?:\\s+will|'ll)\\s+(?:refund|credit)\\b", "\\border\\s*#?\\s*\\d{6,}\\b",
      "\\b(?:free|complimentary)\\s+(?:upgrade|voucher|month)\\b",
      "\\bcase\\s+(?:number|ref)\\s*:?\\s*\\d+", "\\b\\d{1,3}\\s*%\\s+off\\b",
      "\\bno\\s+(?:fee|charge)s?\\b", "\\b(?:Ofcom|FCA|Ombudsman|Trustpilot)\\b",
      "\\bit'?s\\s+(?:not\\s+)?our\\s+fault\\b", "\\bwe(?:\\s+will|'ll)\\s+pay\\b",
      "\\b(?:BBC|Guardian|Telegraph|Reuters)\\b", "\\bpay\\b", "\\b(?:we|ll)\\b", "\\b(?:s|re)\\b",
      "\\bk\\b", "\\bs\\b", "\\b1\\b", "\\bfee\\s+\\b(?:pay|we)\\b", "\\bwe\\b ?'", "'\\bll\\b",
      "\\b(?:pay|1)\\s+(?:fee|we)\\b", "_\\bpay\\b", "(?:fee|pay)\\b", "\\b(?:fee|pay)",
      "\\b(?:fee|pay)+\\b", "\\bpay\\b\\s*\\d", "\\b(?:a|b)\\b\\.",
      "\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b", "\\b\\d{2}-\\d{2}-\\d{2}\\b", "\\b\\d{8}\\b",
      "\\d\\d[A-Z]?\\d\\d", "[a-z]\\d[a-z]? ?\\d[a-z]{2}", "\\bk\\s*#?\\s*\\d{3,}\\b", "s\\d{0,2}\\s\\d",
      "\\d1[a-z]{0}\\d\\s", "1[^a]1", "\\d{3}", "a\\d", "\\d[a-z]{2}\\b", "k\\d\\s\\d");

  private static final List<String> PARTS = List.of("we", "pay", "ll", "'", "'", "\u2019", " ",
      "ofcom\u00E9", "\u0663pay", "fee\uD83D\uDE00", "\u03C3we", "ll\u0301", "\u00E91",
      " ", " ", "_", "é", "e\u0301", "\u0301", "s", "no", "fee", "fees", "ofcom", "OFCOM", "bbc",
      "1", "-", "İ", "\u212A", "ſ", "k", "re", "it", "our", "fault", "order", "123456", "%", "off",
      ".", "a", "\uD83D\uDE00", "\u00A0", "ｐａｙ", "ﬁ", "\t", "\u200B", "Ω", "пay",
      "sw1a 1aa", "ec1a1bb", "12-34-56", "12345678", "\u0663", "2", "k1 ", "a1", "1aa", "#");

  @Test
  void neverRejectsWhatTheWholeTextMatchesInGeneratedTexts() {
    Random random = new Random(31);
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        text.append(PARTS.get(random.nextInt(PARTS.size())));
      }
      texts.add(text.toString());
    }
    int[] seen = compareOn(texts);
    assertThat(seen[0]).as("texts that match, so the test can fail").isGreaterThan(5_000);
    assertThat(seen[1]).as("texts the sketch alone rejects, so it is used").isGreaterThan(2_000);
  }

  @Test
  void neverRejectsWhatTheWholeTextMatchesInRealReplies() throws IOException {
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    List<String> texts = new ArrayList<>(List.of("We'll pay, it's our fault; no fees", "bbc's"));
    if (Files.isRegularFile(corpus)) {
      texts.addAll(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    }
    assertThat(compareOn(texts)[0]).as("matches, so the test can fail").isGreaterThan(1);
  }

  /**
   * The sketch knows the words of ASCII texts and those beside apostrophes; in other texts, the
   * runs of ASCII letters and digits RE2 sees as words inside words with other characters.
   */
  @Test
  void knowsTheWordsRe2SeesInEveryText() {
    WordSketch ascii = new WordSketch(NormalizedText.of("We'll PAY the fee_s, o'neil."));
    for (String word : List.of("we", "ll", "pay", "the", "fee", "o", "neil")) {
      assertThat(ascii.mayHave(WordSketch.hash(word))).as(word).isTrue();
    }
    assertThat(ascii.mayHave(WordSketch.hash("ofcom"))).isFalse();
    assertThat(ascii.mayHave(WordSketch.hash("bbc"))).isFalse();
    WordSketch other = new WordSketch(
        NormalizedText.of("Caféofcom \uD83D\uDE00 we\u2019ll PAY naïve1 \u0663x ＢＢＣ"));
    for (String word : List.of("caf", "ofcom", "we", "ll", "pay", "na", "ve1", "x", "bbc")) {
      assertThat(other.mayHave(WordSketch.hash(word))).as(word).isTrue();
    }
    assertThat(other.mayHave(WordSketch.hash("fault"))).isFalse();
    assertThat(other.mayHave(WordSketch.hash("trustpilot"))).isFalse();
  }

  /**
   * The longest run of digits the sketch tells from its record: the longest run of ASCII digits
   * in an ASCII text, at least the longest run of digits in any other; across the record's
   * 64-character words too.
   */
  @Test
  void knowsTheLongestRunOfDigits() {
    Random random = new Random(13);
    String alphabet = "0123456789a -_\u0663\uFF15é\uD83D\uDE00";
    int long64 = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int digitsOnly = random.nextInt(4);
      for (int k = random.nextInt(n % 2 == 0 ? 30 : 300); k > 0; k--) {
        // runs of every length, some of them longer than 64
        int pick = digitsOnly == 0 ? random.nextInt(10) : random.nextInt(
            n % 3 == 0 ? alphabet.length() : 14);
        text.append(alphabet.charAt(pick));
      }
      NormalizedText normalized = NormalizedText.of(text.toString());
      String folded = normalized.folded();
      int longest = 0;
      for (int k = 0, run = 0; k < folded.length(); k++) {
        run = Character.isDigit(folded.charAt(k)) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      long64 += longest > 64 ? 1 : 0;
      int told = new WordSketch(normalized).digitRun();
      if (normalized.isAscii()) {
        assertThat(told).as("'%s'", folded).isEqualTo(longest);
      } else {
        assertThat(told).as("'%s'", folded).isGreaterThanOrEqualTo(longest);
      }
    }
    assertThat(long64).as("runs longer than a word of the record").isGreaterThan(100);
  }

  /**
   * Counts, over every pattern and text: texts RE2/J finds a match in (the filter with the sketch
   * must let each through), and texts the sketch's words alone reject.
   */
  private static int[] compareOn(List<String> texts) {
    int[] seen = new int[2];
    List<NormalizedText> normalized = texts.stream().map(NormalizedText::of).toList();
    for (String regex : PATTERNS) {
      Prefilter filter = Prefilter.of(regex);
      Pattern whole = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
      for (NormalizedText text : normalized) {
        WordSketch sketch = new WordSketch(text);
        boolean may = filter.mayMatch(text.folded(), text.digitRun(), sketch);
        if (whole.matcher(text.folded()).find()) {
          seen[0]++;
          assertThat(may).as("'%s' matches '%s'", regex, text.folded()).isTrue();
        }
        if (!may && filter.mayMatch(text.folded(), text.digitRun())) {
          seen[1]++;
        }
        if (text.isAscii()) {
          // Elsewhere the digit record marks other characters as maybe digits: a digit run the
          // plain read rules out may pass it.
          assertThat(may).as("the sketch only ever adds rejections")
              .isEqualTo(may && filter.mayMatch(text.folded(), text.digitRun()));
        }
      }
    }
    return seen;
  }

  /**
   * Eight bytes at once tell the ASCII digits and letters one byte at a time does, every byte; a
   * byte of 0x80 or more (a character outside ASCII) is marked as both.
   */
  @Test
  void tellsDigitsAndLettersOfEveryByte() {
    Random random = new Random(3);
    for (int b = 0; b < 256; b++) {
      for (int lane = 0; lane < 8; lane++) {
        long x = random.nextLong();
        x = x & ~(0xFFL << (8 * lane)) | (long) b << (8 * lane);
        for (int j = 0; j < 8; j++) {
          int c = (int) (x >>> (8 * j)) & 0xFF;
          boolean digit = (c >= '0' && c <= '9') || c >= 0x80;
          boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
          assertThat((WordSketch.digitLanes(x) >>> j & 1) == 1).as("%x byte %d", x, j)
              .isEqualTo(digit);
          assertThat((WordSketch.letterLanes(x) >>> j & 1) == 1).as("%x byte %d", x, j)
              .isEqualTo(letter);
        }
        assertThat(WordSketch.digitLanes(x) >>> 8).isZero();
        assertThat(WordSketch.letterLanes(x) >>> 8).isZero();
      }
    }
  }

  /**
   * Where the sketch says a text's ASCII digits and letters are is where Prefilter's elements
   * find them; any other character of the text it marks as maybe either.
   */
  @Test
  void knowsWhereEveryDigitAndLetterIs() {
    Random random = new Random(9);
    int ascii = 0;
    String alphabet = "a1Z9 -_@?\u0663\uFF15\u00E9\u03C3\u00B2\u2160'\t\uD835\uDFCE";
    for (int n = 0; n < 3_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(n % 2 == 0 ? 20 : 300); k > 0; k--) {
        // a third of the texts all ASCII, read eight characters at a time
        text.append(n % 3 != 0 && random.nextInt(4) == 0
            ? alphabet.charAt(random.nextInt(alphabet.length()))
            : alphabet.charAt(random.nextInt(9)));
      }
      NormalizedText normalized = NormalizedText.of(text.toString());
      String folded = normalized.folded();
      WordSketch sketch = new WordSketch(normalized);
      long[] digits = sketch.digits();
      long[] letters = sketch.letters();
      ascii += normalized.isAscii() && folded.length() > 64 ? 1 : 0;
      assertThat(digits.length).isEqualTo(folded.length() / 64 + 2);
      for (int i = 0; i < digits.length * 64; i++) {
        char c = i < folded.length() ? folded.charAt(i) : ' ';
        boolean digit = c >= '0' && c <= '9';
        boolean letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        boolean digitBit = (digits[i >>> 6] >>> i & 1) == 1;
        boolean letterBit = (letters[i >>> 6] >>> i & 1) == 1;
        if (c >= 0x80) {
          // outside ASCII every character may be either: the prefilter tells them itself
          assertThat(digitBit && letterBit).as("%d in '%s'", i, folded).isTrue();
        } else {
          assertThat(digitBit).as("%d in '%s'", i, folded).isEqualTo(digit);
          assertThat(letterBit).as("%d in '%s'", i, folded).isEqualTo(letter);
        }
      }
    }
    assertThat(ascii).as("long ASCII texts").isGreaterThan(300);
  }

  /**
   * The sketch of a text the ASCII pass cut whole, or up to a character outside ASCII, adds the
   * words it knows are ASCII without reading them; it must set the bits it set when it read every
   * word of a text not all ASCII ({@link #sketchBefore}).
   */
  @Test
  void setsTheBitsItSetWhenItReadEveryWord() throws IOException {
    Random random = new Random(37);
    List<String> texts = new ArrayList<>(List.of("'we'll' o'neil's ''x'' 'a'b'c' 9'9 x'",
        "WE\u2019LL \u2018quoted\u2019 it\u2019s' '", "rock 'n' roll caf\u00E9's ofcom",
        "thanks a lot \uD83D\uDE00", "\u00E9", "a", ""));
    String pool = "aZ9' \u2019.-x\u2014\u00E9\u0301\uD83D\uDE00\u0663";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        int pick = random.nextInt(n % 2 == 0 ? 9 : pool.length());
        text.append(pool.charAt(pick));
        if (Character.isHighSurrogate(pool.charAt(pick))) {
          text.append(pool.charAt(pick + 1));
        }
      }
      texts.add(text.toString());
    }
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    if (Files.isRegularFile(corpus)) {
      texts.addAll(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    }
    int prefixed = 0;
    for (String s : texts) {
      NormalizedText text = NormalizedText.of(s);
      WordSketch sketch = new WordSketch(text);
      long[] bits = new long[16];
      for (int slot = 0; slot < 1024; slot++) {
        if (sketch.mayHaveAll(new int[] {1, slot})) {
          bits[slot >>> 6] |= 1L << slot;
        }
      }
      assertThat(bits).as(s).containsExactly(sketchBefore(text));
      if (!text.foldedAscii() && text.asciiPrefix() > 0) {
        prefixed++;
      }
    }
    assertThat(prefixed).as("texts with an ASCII prefix and more, so the test can fail")
        .isGreaterThan(1_000);
  }

  /** The sketch as it was built before round twelve, reading every word and apostrophe. */
  private static long[] sketchBefore(NormalizedText text) {
    long[] bits = new long[16];
    char[] chars = text.chars();
    String folded = text.folded();
    List<Long> hashes = new ArrayList<>();
    for (int i = 0; i < text.tokenCount(); i++) {
      String word = text.token(i);
      if (word.chars().allMatch(c -> c < 0x80)) {
        hashes.add(text.tokenHash(i));
      } else {
        for (String run : word.split("[^a-z0-9]+")) {
          if (!run.isEmpty()) {
            hashes.add(WordSketch.hash(run));
          }
        }
      }
    }
    for (int at = folded.indexOf('\''); at >= 0; at = folded.indexOf('\'', at + 1)) {
      int start = at;
      while (start > 0 && isLetterOrDigit(chars[start - 1])) {
        start--;
      }
      if (start < at) {
        hashes.add(WordSketch.hash(folded.substring(start, at)));
      }
      int end = at + 1;
      while (end < folded.length() && isLetterOrDigit(chars[end])) {
        end++;
      }
      if (end > at + 1) {
        hashes.add(WordSketch.hash(folded.substring(at + 1, end)));
      }
    }
    for (long hash : hashes) {
      int bit = WordSketch.slot(hash);
      bits[bit >>> 6] |= 1L << bit;
    }
    return bits;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
