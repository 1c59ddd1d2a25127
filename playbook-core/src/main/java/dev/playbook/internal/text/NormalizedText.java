package dev.playbook.internal.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A text prepared for matching: Unicode-normalised, case-folded, with invisible characters removed
 * and look-alike letters folded, split into words and sentences, and with a map from every
 * position back to the original text.
 *
 * <p>The folded text is what phrases and patterns are matched against; {@link #originalStart} and
 * {@link #originalEnd} turn a folded range into a 0-based UTF-16 range of the text as the agent or
 * customer wrote it. Each folded character maps to the whole original cluster it came from (a
 * base character with its combining marks, or a character NFKC expanded such as "ﬁ" into "fi"), so
 * a mapped span never splits a surrogate pair or a cluster.
 *
 * <p>Belongs to one check on one thread: some answers (the sentences, which words shout in a text
 * not all ASCII, the case-preserved text) are worked out on the first question and kept. The
 * arrays are never handed out.
 */
public final class NormalizedText {

  /**
   * ASCII classes for the tokeniser: 1 a letter, 2 a digit, 4 not a word part but allowed
   * between the digits of a phone or card number, 0 anything else.
   */
  private static final byte[] ASCII_CLASS = new byte[0x80];

  /**
   * ASCII classes for the gaps between words: 1 a character that starts a run which ends a
   * sentence when white space follows the run ({@code . ! ?}), 2 one that carries such a run on
   * ({@code . ! ? " ' )}), 4 white space ({@link Character#isWhitespace}), 8 a line break, which
   * ends a sentence anyway.
   */
  private static final byte[] GAP_CLASS = new byte[0x80];

  /**
   * The state of a gap between words after one more ASCII character {@code c}, at
   * {@code state << 7 | c}: a state is {@link #STARTS_SENTENCE} when a sentence has ended in the
   * gap, or 2 while a run of {@code . ! ?} is going on. One look-up a gap character, no branch,
   * one variable: the ASCII cutter's loop has little room.
   */
  private static final byte[] GAP_STEP = new byte[4 << 7];

  /** Word flag: the word starts a sentence (the gap before it ends one, or it is the first). */
  private static final byte STARTS_SENTENCE = 1;
  /**
   * Word flag: the word, as written, has two or more letters, every one a capital, and no digit
   * ("NOW", "DON'T"; not "I", "SW1A").
   */
  private static final byte SHOUTS = 2;

  static {
    for (char c = 0; c < 0x80; c++) {
      GAP_CLASS[c] = (byte) (Character.isWhitespace(c) ? 4 : 0);
    }
    for (char c : ".!?".toCharArray()) {
      GAP_CLASS[c] |= 1 | 2;
    }
    for (char c : "\"')".toCharArray()) {
      GAP_CLASS[c] |= 2;
    }
    GAP_CLASS['\n'] |= 8;
    GAP_CLASS['\r'] |= 8;
    for (int state = 0; state < 4; state++) {
      for (char c = 0; c < 0x80; c++) {
        GAP_STEP[state << 7 | c] = (byte) gapStep(state, GAP_CLASS[c]);
      }
    }
    for (char c : " .-/()+".toCharArray()) {
      ASCII_CLASS[c] = 4;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_CLASS[c] = 1;
      ASCII_CLASS[c - 32] = 1;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_CLASS[c] = 2;
    }
  }

  private final String original;
  private final String folded;
  /** The folded text's chars (may be longer), read by hot loops without String's checks. */
  private final char[] chars;
  /**
   * Indexed by folded position, valid from {@link #identity} to {@code folded.length()} (may be
   * longer; {@code null} when the whole text is identity-mapped).
   */
  private final int[] starts;
  private final int[] ends;
  /**
   * The folded characters below this position are the original ones (lower-cased ASCII, or the
   * ASCII twin of a curly quote, a dash or a typographic space), one for one: folded character
   * {@code i} is original {@code [i, i + 1)}. Most replies are ASCII for most or all of their
   * length, so the maps are only written from the first other character on.
   */
  private final int identity;
  private final int digitRun;
  private final boolean mayHaveEmoji;
  private final int tokenCount;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final long[] tokenHashes;
  /**
   * Per word, {@link #STARTS_SENTENCE} and {@link #SHOUTS}, written while the words are cut; past
   * the {@link #asciiTokens}, {@link #SHOUTS} only once {@link #shoutsKnown}.
   */
  private final byte[] tokenFlags;
  private int sentenceCount;
  /**
   * The first words, which the ASCII pass cut (every word of a text it cut whole): it told
   * whether they shout and counted their syllables.
   */
  private final int asciiTokens;
  /**
   * The words with a letter and their syllables ({@link Syllables}) among the
   * {@link #asciiTokens}, counted while they were cut; {@code -1} and 0 for a text not
   * lower-cased.
   */
  private final int letteredWords;
  private final int syllables;
  /** Where each sentence starts, then the word count; {@code null} until asked. */
  private int[] sentenceFirstToken;
  private boolean shoutsKnown;
  /** Whether every character of the original is ASCII. */
  private final boolean ascii;
  /**
   * Whether the ASCII pass alone cut the text, so every folded character is ASCII (the original
   * is, or has nothing outside ASCII but characters folded into ASCII punctuation one for one).
   */
  private final boolean foldedAscii;
  /** This text with letters in their case; {@code this} when it is one, else built on first use. */
  private NormalizedText casePreserved;

  private NormalizedText(
      String original, String folded, char[] chars, int[] starts, int[] ends, int identity, int digitRun,
      boolean mayHaveEmoji, int tokenCount, int[] tokenStarts,
      int[] tokenEnds, long[] tokenHashes, byte[] tokenFlags, int asciiTokens,
      int letteredWords, int syllables, boolean ascii, boolean foldedAscii) {
    this.original = original;
    this.folded = folded;
    this.chars = chars;
    this.starts = starts;
    this.ends = ends;
    this.identity = identity;
    this.digitRun = digitRun;
    this.mayHaveEmoji = mayHaveEmoji;
    this.tokenCount = tokenCount;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.tokenHashes = tokenHashes;
    this.tokenFlags = tokenFlags;
    this.asciiTokens = asciiTokens;
    this.shoutsKnown = asciiTokens == tokenCount;
    this.letteredWords = letteredWords;
    this.syllables = syllables;
    this.ascii = ascii;
    this.foldedAscii = foldedAscii;
  }

  /**
   * The state of a gap ({@link #GAP_STEP}) after a character of class {@code g}
   * ({@link #GAP_CLASS}): a sentence ends at a line break, or at white space right after a run.
   */
  private static int gapStep(int state, int g) {
    int ended = (state & STARTS_SENTENCE) | ((state >> 1) & (g >> 2)) | (g >> 3);
    int inRun = (g & 1) | ((state >> 1) & (g >> 1) & 1);
    return ended | inRun << 1;
  }

  /** Normalises a text (never throws; {@code null} is not accepted). */
  public static NormalizedText of(String original) {
    return new Builder(original, true).build();
  }

  /**
   * The same text normalised the same way except that letters keep their case, for patterns that
   * write a part case-sensitive ({@code (?-i:[A-Z]{2})}): such a part can never match a lower-cased
   * text. Built on first use (most playbooks never ask), then kept.
   */
  public NormalizedText casePreserved() {
    if (casePreserved == null) {
      casePreserved = new Builder(original, false).build();
      casePreserved.casePreserved = casePreserved;
    }
    return casePreserved;
  }

  /** The text as given. */
  public String original() {
    return original;
  }

  /** The folded text: NFKC, lower case, no invisible characters, look-alikes folded. */
  public String folded() {
    return folded;
  }

  /** The original UTF-16 offset where the folded character at {@code index} starts. */
  public int originalStart(int index) {
    return originalStartOf(index);
  }

  /** The original UTF-16 offset just after the folded character at {@code index}. */
  public int originalEnd(int index) {
    Objects.checkIndex(index, folded.length());
    return index < identity ? index + 1 : ends[index];
  }

  /**
   * The original offset matching the end of the folded range {@code [.., end)}: the end of the
   * character before it, or 0 for an empty text.
   */
  public int originalEndOf(int foldedEnd) {
    if (foldedEnd == 0) {
      return originalStartOf(0);
    }
    return foldedEnd <= identity ? foldedEnd : ends[foldedEnd - 1];
  }

  /** The original offset matching a folded start offset (the end of the text past the end). */
  public int originalStartOf(int foldedStart) {
    if (foldedStart < identity) {
      return foldedStart;
    }
    return foldedStart < folded.length() ? starts[foldedStart] : original.length();
  }

  /**
   * At least as many digits ({@link Character#isDigit}) as stand in the folded text with no ASCII
   * letter between them and nothing but other digits, marks, apostrophes in words, characters
   * outside ASCII and {@code space . - / ( ) +}: every run of digits a phone or card number has
   * is such a stretch, in the folded text as in the original (NFKC, case folding and look-alike
   * folding keep every digit a digit and make no letter of a separator; only invisible characters
   * are dropped). Lets the detectors skip, without reading them, texts whose digits are too
   * scattered for what they look for.
   */
  public int digitRun() {
    return digitRun;
  }

  /** Whether every character of the original is ASCII (below U+0080). */
  public boolean isAscii() {
    return ascii;
  }

  /**
   * Whether every folded character is known to be ASCII without reading them: {@code true} for
   * every text whose original {@link #isAscii} and most with curly quotes, dashes or no-break
   * spaces; {@code false} says nothing.
   */
  boolean foldedAscii() {
    return foldedAscii;
  }

  /**
   * Whether the original has a character at or above U+2000: every emoji {@link Emoji} finds has
   * one (pictographs, regional indicators, the keycap U+20E3), so without one there is none.
   */
  public boolean mayHaveEmoji() {
    return mayHaveEmoji;
  }

  /**
   * Whether word {@code i}, as written in the original, has two or more letters, every one upper
   * case, and no digit ("NOW" and "DON'T" do; "I", "SW1A" and Arabic, which has no case, do not).
   * The words the ASCII pass cut were told then; any others are told on first ask.
   */
  public boolean shouts(int i) {
    if (!shoutsKnown) {
      tellShouts();
    }
    return (tokenFlags[Objects.checkIndex(i, tokenCount)] & SHOUTS) != 0;
  }

  /** Flags the words past the {@link #asciiTokens} that shout, reading each in the original. */
  private void tellShouts() {
    for (int t = asciiTokens; t < tokenCount; t++) {
      int start = originalStartOf(tokenStarts[t]);
      int end = originalEndOf(tokenEnds[t]);
      if (shoutsIn(original, start, end)) {
        tokenFlags[t] |= SHOUTS;
      } else {
        tokenFlags[t] &= ~SHOUTS;
      }
    }
    shoutsKnown = true;
  }

  private static boolean shoutsIn(String s, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          letters++;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          return false;
        }
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The number of words. */
  public int tokenCount() {
    return tokenCount;
  }

  /** Where word {@code i} starts in the folded text. */
  public int tokenStart(int i) {
    return tokenStarts[i];
  }

  /** Where word {@code i} ends (exclusive) in the folded text. */
  public int tokenEnd(int i) {
    return tokenEnds[i];
  }

  /**
   * The polynomial hash of word {@code i} in 64 bits ({@code h = 31 * h + c} over its folded
   * chars), whose low 32 bits are the word's {@link String#hashCode}: taken while the word is cut
   * out, so phrase matching need not read every word again.
   */
  public long tokenHash(int i) {
    return tokenHashes[i];
  }

  /**
   * The words with a letter among the {@link #asciiTokens}, counted while they were cut, or
   * {@code -1} when they were not (a text not lower-cased): see {@link Syllables#tally}.
   */
  int letteredWords() {
    return letteredWords;
  }

  /** How many of the first words the ASCII pass cut (all of them when it cut the whole text). */
  int asciiTokens() {
    return asciiTokens;
  }

  /**
   * Where the folded text stops being its original's ASCII characters one for one (lower-cased,
   * or the ASCII twins of curly quotes, dashes and typographic spaces): every folded character
   * below it is ASCII.
   */
  int asciiPrefix() {
    return identity;
  }

  /**
   * The syllables of the words {@link #letteredWords} counts, or {@code -1} when it does not
   * count them (a text not lower-cased, whose vowels in capitals the passes read differently).
   */
  int syllables() {
    return syllables;
  }

  /** The folded text's chars, valid below {@code folded().length()}; never to be written. */
  char[] chars() {
    return chars;
  }

  /** Word {@code i} as folded text (allocates). */
  public String token(int i) {
    return folded.substring(tokenStarts[i], tokenEnds[i]);
  }

  /** The number of sentences that contain at least one word. */
  public int sentenceCount() {
    sentences();
    return sentenceCount;
  }

  /** The first word of sentence {@code s}. */
  public int sentenceFirstToken(int s) {
    sentences();
    return sentenceFirstToken[Objects.checkIndex(s, sentenceCount)];
  }

  /** The word just after sentence {@code s}. */
  public int sentenceEndToken(int s) {
    sentences();
    return sentenceFirstToken[Objects.checkIndex(s, sentenceCount) + 1];
  }

  /** The sentence word {@code token} belongs to. */
  public int sentenceOf(int token) {
    sentences();
    int s = Arrays.binarySearch(sentenceFirstToken, 0, sentenceCount, token);
    return s >= 0 ? s : -s - 2;
  }

  /**
   * Splits into sentences lazily: most checks never need them. A sentence ends at a run of
   * {@code . ! ?} or an ellipsis followed by a space, a quote or the end, or at a line break (agents
   * put a sign-off on its own line). "2.5" and "e.g.x" do not end a sentence; "e.g. this" does,
   * which only ever makes sentences shorter.
   *
   * <p>Only the characters between words are read: a sentence ends in the gap before a word or
   * not at all, and the run a full stop starts never reaches into the next word (no word
   * character is in it), so each gap decides on its own. The cutter reads the gaps as it passes
   * them and flags the word after each that ends a sentence ({@link #STARTS_SENTENCE}); here
   * only those flags are read. Sentence {@code s} is words {@code [first[s], first[s + 1])}, the
   * last one ending at the last word.
   */
  private void sentences() {
    if (sentenceFirstToken != null) {
      return;
    }
    int[] first = new int[tokenCount + 1];
    int count = 0;
    byte[] flags = tokenFlags;
    for (int t = 0; t < tokenCount; t++) {
      first[count] = t;
      count += flags[t] & STARTS_SENTENCE;
    }
    first[count] = tokenCount;
    sentenceCount = count;
    sentenceFirstToken = first;
  }

  /**
   * Builds the folded text, its maps and its words: an ASCII text from bit masks
   * ({@link Builder#cutAscii}); any other in one pass over its ASCII start (folding curly quotes,
   * dashes and typographic spaces on the way) and from its first other character on in a second.
   */
  private static final class Builder {
    private final String original;
    private char[] out;
    /** The Latin twin of each look-alike character; {@code null} until the first one. */
    private char[] lookAlike;
    /** Written from {@link #identity} on; allocated at the first character past it. */
    private int[] starts;
    private int[] ends;
    private int identity;
    private int length;
    private boolean mayHaveEmoji;
    /** Whether {@link #foldTwins} folded a character. */
    private boolean foldedToAscii;
    private final boolean lowerCase;
    /**
     * Where {@link #foldAndCutAscii} stopped and what it had cut: the first character outside
     * ASCII, the last word it started, and the words and digit runs before that word, from which
     * {@link #cutAny} carries on.
     */
    private int resumeFold;
    private int resumeCut;
    private int resumeCount;
    private boolean resumeLowered;
    private int resumeLettered;
    private int resumeSyllables;
    private int resumeRun;
    private int resumeLongestRun;
    private int[] resumeStarts;
    private int[] resumeEnds;
    private long[] resumeHashes;
    private byte[] resumeFlags;

    Builder(String original, boolean lowerCase) {
      this.original = original;
      this.lowerCase = lowerCase;
      this.out = new char[original.length() + 16];
    }

    NormalizedText build() {
      original.getChars(0, original.length(), out, 0);
      NormalizedText whole = cutAscii();
      if (whole != null) {
        return whole;
      }
      NormalizedText ascii = foldAndCutAscii();
      if (ascii == null && foldTwins()) {
        ascii = foldAndCutAscii();
      }
      if (ascii != null) {
        return ascii;
      }
      foldRest(resumeFold);
      return cutAny();
    }

    /** Eight bytes of an array as one {@code long}, the first the lowest ("lanes" below). */
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bit 0 of every lane. */
    private static final long LANES = 0x0101010101010101L;
    /** Gathers bit 0 of each lane into the low eight bits (lane {@code j} to bit {@code j}). */
    private static final long GATHER = 0x0102040810204080L;
    /**
     * What {@link #cutAscii} needs of each ASCII character, one byte each. A letter or digit is
     * only ever read inside a word and any other character only between words, so the low bits
     * mean one thing in a word and another in a gap: 0x01 a letter, or {@code . ! ?} (starts a
     * run that ends a sentence, {@link #GAP_CLASS}); 0x02 a digit, or {@code . ! ? " ' )} (carries
     * such a run on); 0x04 a vowel ({@link Syllables#VOWEL}, either case), or white space; 0x08 a
     * line break; 0x10 a character that ends a digit run ({@link #ASCII_CLASS} 0); 0x20 a capital
     * (the bit that lower-cases it); 0x40 a letter or digit; 0x80 an apostrophe, which is in a
     * word when a letter or digit is on both sides (where its 0x02 is not a digit's: a word's
     * digits are counted from {@code kind & ~(kind >>> 6)}).
     */
    private static final byte[] KIND = new byte[0x80];

    static {
      for (char c = 0; c < 0x80; c++) {
        int k = 0;
        int g = GAP_CLASS[c];
        int a = ASCII_CLASS[c];
        if ((a & 3) != 0) {
          k |= 0x40;
          k |= (a & 1) != 0 ? 0x01 : 0x02;
          k |= Syllables.VOWEL[c | ((a & 1) != 0 ? 0x20 : 0)] != 0 ? 0x04 : 0;
          k |= c >= 'A' && c <= 'Z' ? 0x20 : 0;
        } else {
          k |= (g & 1) != 0 ? 0x01 : 0;
          k |= (g & 2) != 0 ? 0x02 : 0;
          k |= (g & 4) != 0 ? 0x04 : 0;
          k |= (g & 8) != 0 ? 0x08 : 0;
          k |= a == 0 ? 0x10 : 0;
          k |= c == '\'' ? 0x80 : 0;
        }
        KIND[c] = (byte) k;
      }
    }

    /**
     * {@code h = 31 * h + c} over the eight lanes of {@code x}, the lowest first (lanes below a
     * word are 0 and add nothing): pairs, then quadruples, then the two halves, three
     * multiplications in all instead of a chain of eight. Exact, as every lane is below 0x80.
     */
    private static long hash8(long x) {
      long p = (x & 0x00FF00FF00FF00FFL) * 31 + ((x >>> 8) & 0x00FF00FF00FF00FFL);
      long q = (p & 0x0000FFFF0000FFFFL) * 961 + ((p >>> 16) & 0x0000FFFF0000FFFFL);
      return (q & 0xFFFFFFFFL) * 923521 + (q >>> 32);
    }

    /**
     * Folds and cuts a text all ASCII, as {@link #foldAndCutAscii} does, from the words' edges
     * rather than character by character; {@code null} for any other text (left as it was).
     *
     * <p>The loop over the characters has no branch but the one for a character outside ASCII:
     * each gets its {@link #KIND}. Eight at a time then, the capitals are lowered and the letters
     * and digits and the apostrophes become bit masks, and from those the words' starts and ends
     * come by bit scans. Each word and the gap before it are then read as one {@code long} each
     * (nearly every word and gap has at most eight characters): counts are bit counts, the hash
     * is {@link #hash8}, the syllables' vowel groups are lanes after a non-vowel, and whether the
     * gap ends a sentence is a run of {@code . ! ?} (carried on by {@code . ! ? " ' )}) that white
     * space follows, or a line break, found in three steps over the lanes. The character loop of
     * {@link #foldAndCutAscii} mispredicts a branch at the end of most words and runs a chain of
     * multiplications through each; here a word is some sixty operations, and the only branches
     * that depend on the text are the rare word or gap longer than eight and the end of the bit
     * scans, once in 64 characters. Arrays have eight bytes before the text, so a word or gap at
     * its start is read as a {@code long} like any other. On the benchmark's drafts a check is
     * 2-3% faster, with the message or without (the pass alone about 10%).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a copy for ASCII
    private NormalizedText cutAscii() {
      char[] out = this.out;
      int n = original.length();
      byte[] kinds = new byte[n + 16];
      for (int i = 0; i < n; i++) {
        char c = out[i];
        if (c >= 0x80) {
          return null;
        }
        kinds[i + 8] = KIND[c];
      }
      byte[] folded = new byte[n + 16];
      original.getBytes(0, n, folded, 8);
      // Bit i of alnum[i >> 6]: character i is a letter or digit (and of apostrophes: is ').
      long lowerLanes = lowerCase ? 0x20 * LANES : 0;
      int chunks = (n + 63) >>> 6;
      long[] alnum = new long[chunks + 1];
      long[] apostrophes = new long[chunks + 1];
      long capitalLanes = 0;
      for (int p = 8; p < n + 8; p += 8) {
        long k = (long) LONGS.get(kinds, p);
        long up = k & lowerLanes;
        capitalLanes |= up;
        LONGS.set(folded, p, (long) LONGS.get(folded, p) | up);
        int at = p - 8;
        alnum[at >>> 6] |= ((k >>> 6 & LANES) * GATHER >>> 56) << at;
        apostrophes[at >>> 6] |= ((k >>> 7 & LANES) * GATHER >>> 56) << at;
      }
      // Sized as foldAndCutAscii sizes them, grown before a stretch of 64 characters that
      // would not fit.
      int capacity = n / 4 + 8;
      int[] tokenStarts = new int[capacity];
      int[] tokenEnds = new int[capacity];
      int words = 0;
      int ended = 0;
      long carry = 0; // whether the character before the stretch is in a word
      for (int c = 0; c < chunks; c++) {
        long a = alnum[c];
        // An apostrophe between two letters or digits is in the word: the one before it is a
        // letter or digit itself, as an apostrophe before an apostrophe never is in a word.
        long w = a | apostrophes[c] & (a << 1 | carry) & (a >>> 1 | alnum[c + 1] << 63);
        long wordBefore = w << 1 | carry;
        carry = w >>> 63;
        long starts = w & ~wordBefore;
        long ends = ~w & wordBefore;
        if (words + Long.bitCount(starts) >= capacity) {
          capacity = Math.max(capacity * 2, words + 66);
          tokenStarts = Arrays.copyOf(tokenStarts, capacity);
          tokenEnds = Arrays.copyOf(tokenEnds, capacity);
        }
        int base = c << 6;
        while (starts != 0) {
          tokenStarts[words++] = base + Long.numberOfTrailingZeros(starts);
          starts &= starts - 1;
        }
        while (ends != 0) {
          tokenEnds[ended++] = base + Long.numberOfTrailingZeros(ends);
          ends &= ends - 1;
        }
      }
      tokenEnds[ended] = n; // a word that runs to the end
      long[] tokenHashes = new long[words];
      byte[] tokenFlags = new byte[words + 1];
      int run = 0;
      int longestRun = 0;
      int letteredWords = 0;
      int syllables = 0;
      int previousEnd = 0;
      for (int t = 0; t < words; t++) {
        int start = tokenStarts[t];
        int end = tokenEnds[t];
        int gapLength = start - previousEnd;
        int reset;
        int startsSentence;
        if (gapLength <= 8) {
          // The lanes of the gap: the highest gapLength of the eight before the word.
          long g = (long) LONGS.get(kinds, start) & (-1L << ((8 - gapLength) << 3));
          long resets = g & 0x10 * LANES;
          reset = (int) ((resets | -resets) >>> 63);
          // Lanes in a run: a . ! ? and any carrying it on up to them, as GAP_STEP reads them,
          // found for runs of 2, 4, then 8 lanes (each lane asks the one 1, 2, 4 before it).
          long stops = g & LANES;
          long carries = g >>> 1 & LANES;
          long runs = stops | carries & stops << 8;
          long carries2 = carries & carries << 8;
          runs |= carries2 & runs << 16;
          runs |= carries2 & carries2 << 16 & runs << 32;
          long endings = g >>> 3 & LANES | g >>> 2 & LANES & runs << 8;
          startsSentence = (int) ((endings | -endings) >>> 63);
        } else {
          // A long gap ("...   ", blank lines): as foldAndCutAscii reads it.
          int state = 0;
          reset = 0;
          for (int j = previousEnd; j < start; j++) {
            state = GAP_STEP[state << 7 | out[j]];
            reset |= kinds[j + 8] & 0x10;
          }
          startsSentence = state & STARTS_SENTENCE;
          reset >>>= 4;
        }
        int length = end - start;
        int letters;
        int capitals;
        int digits;
        int groups;
        long hash;
        int silent;
        if (length <= 8) {
          // The word's lanes: the highest length of the eight that end with it.
          long mask = -1L << ((8 - length) << 3);
          long kw = (long) LONGS.get(kinds, end) & mask;
          long fw = (long) LONGS.get(folded, end) & mask;
          letters = Long.bitCount(kw & LANES);
          capitals = Long.bitCount(kw & 0x20 * LANES);
          digits = Long.bitCount(kw & ~(kw >>> 6) & 0x02 * LANES);
          long vowels = kw & 0x04 * LANES;
          groups = Long.bitCount(vowels & ~(vowels << 8));
          hash = hash8(fw);
          // Syllables.ofWord's silent e, at bit 63: the last lane an e, the one before (lane 6,
          // vowel bit 50) no vowel, and not an l after a consonant (lane 5, bit 42) in a word of
          // four or more. Read from the lanes' kinds: the same as from the folded characters in
          // a lower-cased text (the only one whose syllables are read).
          long silentE = ((fw >>> 56 ^ 'e') - 1) & ~(vowels << 13)
              & ~(((fw >>> 48 & 0xFF ^ 'l') - 1) & (3L - length) & ~(vowels << 21));
          silent = (int) (silentE >>> 63) & (1 - groups) >>> 31;
        } else {
          // A long word: character by character, with the same arithmetic.
          letters = 0;
          capitals = 0;
          digits = 0;
          groups = 0;
          hash = 0;
          int inVowels = 0;
          for (int j = start + 8; j < end + 8; j++) {
            int kj = kinds[j];
            letters += kj & 1;
            capitals += kj >>> 5 & 1;
            digits += (kj & ~(kj >>> 6)) >>> 1 & 1;
            int vowel = kj >>> 2 & 1;
            groups += vowel & ~inVowels;
            inVowels = vowel;
            hash = hash * 31 + folded[j];
          }
          int last = folded[end + 7];
          int beforeLast = folded[end + 6];
          int third = folded[end + 5];
          silent = (1 - groups) >>> 31 & ((last ^ 'e') - 1) >>> 31
              & (1 - Syllables.VOWEL[beforeLast])
              & (1 - (((beforeLast ^ 'l') - 1) >>> 31 & (3 - length) >>> 31
                  & (1 - Syllables.VOWEL[third])));
        }
        // As in foldAndCutAscii, without a branch: whether the word has a letter, shouts, ends
        // the digit run before it or starts one.
        int lettered = -letters >>> 31;
        letteredWords += lettered;
        syllables += lettered * Math.max(1, groups - silent);
        int shouts = ((((letters - capitals) | digits) - 1) & (1 - capitals)) >>> 31;
        tokenHashes[t] = hash;
        tokenFlags[t] = (byte) (startsSentence | shouts << 1);
        run &= reset - 1;
        run += digits;
        longestRun = Math.max(longestRun, run);
        run ^= (run ^ digits) & -lettered;
        previousEnd = end;
      }
      tokenFlags[0] |= STARTS_SENTENCE;
      String text = original;
      if (capitalLanes != 0) {
        text = new String(folded, 8, n, StandardCharsets.ISO_8859_1);
        text.getChars(0, n, out, 0);
      }
      return new NormalizedText(original, text, out, null, null, n, longestRun, false, words,
          tokenStarts, tokenEnds, tokenHashes, tokenFlags, words, lowerCase ? letteredWords : -1,
          lowerCase ? syllables : -1, true, true);
    }

    /**
     * Folds and cuts the words of a text's ASCII start (a text with a character outside ASCII:
     * {@link #cutAscii} takes the others) in one pass over its characters (lower-casing
     * capitals, cutting and hashing words, flagging those that start a sentence and counting digit
     * runs as {@link #cutAny} does; flagging the words that shout and counting syllables, which
     * it and {@link #cutAscii} alone do), in a loop of its own, so the JIT compiles it without
     * the branches for other characters that texts in other scripts or with emoji would otherwise
     * make hot in it.
     * At the first character outside ASCII it answers {@code null}, leaving the part before it
     * lower-cased and where to carry on in the {@code resume} fields: the last word it started is
     * cut again, since what follows can change it (a combining mark joins the character before
     * it). Called again after {@link #foldTwins}, it carries on from there itself.
     */
    private NormalizedText foldAndCutAscii() {
      char[] out = this.out;
      int length = original.length();
      boolean lowerCase = this.lowerCase;
      int[] tokenStarts = resumeStarts;
      int[] tokenEnds = resumeEnds;
      long[] tokenHashes = resumeHashes;
      byte[] tokenFlags = resumeFlags;
      if (tokenStarts == null) {
        // Sized once for most texts: English words and their separators average five or six
        // characters.
        int capacity = length / 4 + 8;
        tokenStarts = new int[capacity];
        tokenEnds = new int[capacity];
        tokenHashes = new long[capacity];
        tokenFlags = new byte[capacity];
      }
      int capacity = tokenStarts.length;
      int count = resumeCount;
      int run = resumeRun;
      int longestRun = resumeLongestRun;
      boolean lowered = resumeLowered;
      int letteredWords = resumeLettered;
      int syllables = resumeSyllables;
      int i = resumeCut;
      // The state of the gap being read (GAP_STEP); the first word starts a sentence anyway.
      int gap = gapBefore(count, i);
      int lastStart = 0;
      int lastRun = 0;
      int lastLongestRun = 0;
      int stop = -1;
      outer:
      while (i < length) {
        char c = out[i];
        if (c >= 0x80) {
          // Between words: carry on from the start of the last word, as it was then.
          stop = i;
          if (count > 0) {
            count--;
            run = lastRun;
            longestRun = lastLongestRun;
            if (lowerCase) {
              int uncounted = Syllables.ofLetteredWord(out, tokenStarts[count], tokenEnds[count]);
              letteredWords -= Integer.signum(uncounted);
              syllables -= uncounted;
            }
          } else {
            lastStart = 0;
          }
          break;
        }
        int k = ASCII_CLASS[c];
        if ((k & 3) == 0) {
          if (k == 0) {
            run = 0;
          }
          gap = GAP_STEP[gap << 7 | c];
          i++;
          continue;
        }
        int start = i;
        lastStart = start;
        lastRun = run;
        lastLongestRun = longestRun;
        int wordDigits = 0;
        int letters = 0;
        int capitals = 0;
        int vowelGroups = 0;
        int inVowels = 0;
        long hash = 0;
        while (i < length) {
          char d = out[i];
          if ((char) (d - 'a') < 26) {
            letters++;
            int vowel = Syllables.VOWEL[d];
            vowelGroups += vowel & ~inVowels;
            inVowels = vowel;
          } else if ((char) (d - 'A') < 26) {
            capitals++;
            letters++;
            int vowel = Syllables.VOWEL[d + 32];
            vowelGroups += vowel & ~inVowels;
            inVowels = vowel;
            if (lowerCase) {
              d += 32;
              out[i] = d;
              lowered = true;
            }
          } else if (d >= 0x80) {
            stop = i;
            break outer;
          } else {
            int kind = ASCII_CLASS[d];
            inVowels = 0;
            if ((kind & 3) != 0) {
              wordDigits += kind >> 1;
              letters += kind & 1;
            } else if (d != '\'' || i + 1 == length) {
              break;
            } else {
              char e = out[i + 1];
              if (e >= 0x80) {
                stop = i + 1;
                break outer;
              }
              if ((ASCII_CLASS[e] & 3) == 0) {
                break;
              }
            }
          }
          hash = hash * 31 + d;
          i++;
        }
        if (count == capacity) {
          capacity *= 2;
          tokenStarts = Arrays.copyOf(tokenStarts, capacity);
          tokenEnds = Arrays.copyOf(tokenEnds, capacity);
          tokenHashes = Arrays.copyOf(tokenHashes, capacity);
          tokenFlags = Arrays.copyOf(tokenFlags, capacity);
        }
        // Every letter a capital, no digit, two capitals or more, as arithmetic: whether a word
        // shouts is no branch to predict.
        int shouts = ((((letters - capitals) | wordDigits) - 1) & (1 - capitals)) >>> 31;
        tokenStarts[count] = start;
        tokenEnds[count] = i;
        tokenHashes[count] = hash;
        tokenFlags[count] = (byte) ((gap & STARTS_SENTENCE) | shouts << 1);
        count++;
        if (letters != 0) {
          letteredWords++;
          syllables += Syllables.ofWord(out, start, i, vowelGroups);
        }
        gap = 0;
        run += wordDigits;
        longestRun = Math.max(longestRun, run);
        if (letters != 0) {
          run = wordDigits;
        }
      }
      if (stop >= 0) {
        resumeFold = stop;
        resumeCut = lastStart;
        resumeCount = count;
        resumeLowered = lowered;
        resumeLettered = letteredWords;
        resumeSyllables = syllables;
        resumeRun = run;
        resumeLongestRun = longestRun;
        resumeStarts = tokenStarts;
        resumeEnds = tokenEnds;
        resumeHashes = tokenHashes;
        resumeFlags = tokenFlags;
        return null;
      }
      identity = length;
      this.length = length;
      return new NormalizedText(original,
          lowered || foldedToAscii ? new String(out, 0, length) : original, out, null, null,
          length, longestRun, mayHaveEmoji, count, tokenStarts, tokenEnds, tokenHashes, tokenFlags,
          count, lowerCase ? letteredWords : -1, lowerCase ? syllables : -1, !foldedToAscii, true);
    }

    /**
     * Folds in place, from where {@link #foldAndCutAscii} stopped up to the next character it
     * cannot fold so, every character outside ASCII that the fold makes one ASCII character that is
     * not a letter or digit whatever follows ({@link Characters#asciiTwin}: a curly quote, a dash,
     * a no-break space), and answers whether it folded the one it stopped at; then the ASCII pass
     * can carry on, the text keeping its length and its map the identity. Such a character is
     * nothing to a word but what its twin is (white space, punctuation, an apostrophe), and no
     * letter or digit where shouting is told from the original; a combining mark after it stops
     * the pass at the mark, from where {@link #foldRest} takes the cluster from the original
     * again. The hot loop of the pass stays as it is: the twins are found here, after it stops.
     */
    private boolean foldTwins() {
      char[] out = this.out;
      int length = original.length();
      int i = resumeFold;
      for (; i < length; i++) {
        char c = out[i];
        if (c >= 0x80) {
          char twin = Characters.asciiTwin(c);
          if (twin == 0) {
            break;
          }
          out[i] = twin;
          mayHaveEmoji |= c >= 0x2000;
        }
      }
      if (i == resumeFold) {
        return false;
      }
      foldedToAscii = true;
      // The word cut again had its capitals lowered: it is read again as written.
      original.getChars(resumeCut, resumeFold, out, resumeCut);
      return true;
    }

    /**
     * The state of the gap ({@link #GAP_STEP}) before the word at {@code i}, the first after
     * {@code count} words, from the end of the last of them.
     */
    private int gapBefore(int count, int i) {
      if (count == 0) {
        return STARTS_SENTENCE;
      }
      int gap = 0;
      for (int k = resumeEnds[count - 1]; k < i; k++) {
        gap = GAP_STEP[gap << 7 | out[k]];
      }
      return gap;
    }

    /** Cuts the words of any text and folds look-alike letters in them. */
    private NormalizedText cutAny() {
      int[] tokenStarts = resumeStarts;
      int[] tokenEnds = resumeEnds;
      long[] tokenHashes = resumeHashes;
      byte[] tokenFlags = resumeFlags;
      int count = resumeCount;
      int digits = 0;
      int letters = 0;
      int run = resumeRun;
      int longestRun = resumeLongestRun;
      char[] out = this.out;
      int length = this.length;
      int i = resumeCut;
      // The gap being read, as in foldAndCutAscii: from the end of the last word kept, which the
      // fold left as it was (ASCII).
      int gap = gapBefore(count, i);
      while (i < length) {
        char c = out[i];
        if (c < 0x80) {
          int k = ASCII_CLASS[c];
          if ((k & 3) == 0) {
            if (k == 0) {
              run = 0;
            }
            gap = GAP_STEP[gap << 7 | c];
            i++;
            continue;
          }
        } else {
          int cp = Character.codePointAt(out, i, length);
          if (!Characters.isWordPart(cp)) {
            gap = gapStep(gap, gapClass(cp));
            i += Character.charCount(cp);
            continue;
          }
        }
        int start = i;
        int digitsBefore = digits;
        int lettersBefore = letters;
        long hash = 0;
        while (i < length) {
          char d = out[i];
          if ((char) (d - 'a') < 26) {
            // most characters of most words: a lower-case letter, no table needed
            letters++;
            hash = hash * 31 + d;
            i++;
          } else if (d < 0x80) {
            int k = ASCII_CLASS[d];
            if ((k & 3) != 0) {
              digits += k >> 1;
              letters += k & 1;
              i++;
            } else if (d == '\'' && i + 1 < length && isWordPart(out, i + 1, length)) {
              i++; // an apostrophe inside a word: don't, we'll, customer's
            } else {
              break;
            }
            hash = hash * 31 + d;
          } else {
            int next = Character.codePointAt(out, i, length);
            int kind = Characters.kindOf(next);
            if ((kind & Characters.WORD_PART) == 0) {
              break;
            }
            digits += (kind & Characters.DIGIT) >> 1;
            hash = hash * 31 + d;
            if (next >= 0x10000) {
              hash = hash * 31 + out[i + 1];
            }
            i += Character.charCount(next);
          }
        }
        if (count == tokenStarts.length) {
          // Sized once for most texts: English words and their separators average five or six
          // characters.
          int capacity = Math.max(count * 2, length / 4 + 8);
          tokenStarts = Arrays.copyOf(tokenStarts, capacity);
          tokenEnds = Arrays.copyOf(tokenEnds, capacity);
          tokenHashes = Arrays.copyOf(tokenHashes, capacity);
          tokenFlags = Arrays.copyOf(tokenFlags, capacity);
        }
        if (foldLookAlikes(start, i)) {
          hash = 0;
          for (int k = start; k < i; k++) {
            hash = hash * 31 + out[k];
          }
        }
        tokenStarts[count] = start;
        tokenEnds[count] = i;
        tokenHashes[count] = hash;
        // Whether it shouts is told on first ask (NormalizedText.shouts), from the original.
        tokenFlags[count] = (byte) (gap & STARTS_SENTENCE);
        gap = 0;
        count++;
        // A word's digits join the run before it; after a letter only its own digits (at most)
        // carry on into the next.
        int wordDigits = digits - digitsBefore;
        run += wordDigits;
        longestRun = Math.max(longestRun, run);
        if (letters != lettersBefore) {
          run = wordDigits;
        }
      }
      // Here the fold has left the identity-mapped part, so the folded text is a new one.
      return new NormalizedText(original, new String(out, 0, length), out, starts, ends, identity,
          longestRun, mayHaveEmoji, count, tokenStarts, tokenEnds, tokenHashes, tokenFlags,
          resumeCount, lowerCase ? resumeLettered : -1, lowerCase ? resumeSyllables : -1, false,
          false);
    }

    /** {@link #GAP_CLASS} for a character outside ASCII. */
    private static int gapClass(int cp) {
      if (cp == '\u2026') {
        return 1 | 2;
      }
      return cp == '\u2028' || cp == '\u2029' ? 4 | 8 : Character.isWhitespace(cp) ? 4 : 0;
    }

    private static boolean isWordPart(char[] out, int i, int length) {
      char c = out[i];
      return c < 0x80 ? (ASCII_CLASS[c] & 3) != 0
          : Characters.isWordPart(Character.codePointAt(out, i, length));
    }

    /**
     * Folds look-alike letters in a word that mixes them with Latin letters ("сompensate" with a
     * Cyrillic "с") or consists of nothing else ("соре" spelled in Cyrillic). A Cyrillic or Greek
     * word with any letter that has no Latin twin is left alone, so real Russian or Greek text
     * still matches Russian or Greek phrases. Answers whether it folded any.
     */
    private boolean foldLookAlikes(int start, int end) {
      if (lookAlike == null) {
        return false;
      }
      int first = start;
      while (first < end && lookAlike[first] == 0) {
        first++;
      }
      if (first == end) {
        return false; // nearly every word: nothing to fold
      }
      boolean anyLookAlike = false;
      boolean onlyLatinOrLookAlike = true;
      boolean anyLatin = false;
      for (int k = start; k < end; k++) {
        char c = out[k];
        if (lookAlike[k] != 0) {
          anyLookAlike = true;
        } else if (c < 0x80) {
          anyLatin |= Character.isLetter(c);
        } else if (Character.isLetter(c)) {
          onlyLatinOrLookAlike = false;
        }
      }
      if (anyLookAlike && (anyLatin || onlyLatinOrLookAlike)) {
        for (int k = start; k < end; k++) {
          if (lookAlike[k] != 0) {
            out[k] = lookAlike[k];
          }
        }
        return true;
      }
      return false;
    }

    /** Folds the text from {@code i}, its first character outside ASCII, on. */
    private void foldRest(int i) {
      String text = original;
      int n = text.length();
      // The ASCII character before a combining mark starts a cluster with it.
      if (i > 0 && startsMark(text, i)) {
        i--;
      }
      identity = i;
      length = i;
      starts = new int[out.length];
      ends = new int[out.length];
      while (i < n) {
        char c = text.charAt(i);
        if (c >= 0x2000) {
          mayHaveEmoji = true;
        }
        if (c < 0x80) {
          int next = appendAscii(text, i);
          if (next > i) {
            i = next;
            continue;
          }
        }
        int cp = text.codePointAt(i);
        int j = i + Character.charCount(cp);
        // A cluster is a character and the combining marks after it, so NFKC can compose
        // "e" + U+0301 into "é" and both map back to the same original range.
        while (j < n) {
          int next = text.codePointAt(j);
          if (next >= 0x2000) {
            mayHaveEmoji = true; // a keycap's U+20E3 is a mark
          }
          if (!Characters.isMark(next) || Characters.isInvisible(next)) {
            break;
          }
          j += Character.charCount(next);
        }
        if (Characters.isInvisible(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        if (j == i + Character.charCount(cp) && cp < 0x300) {
          appendCodePoint(cp, i, j); // Latin-1 and Latin Extended: already NFKC except a few
        } else if (j == i + Character.charCount(cp) && Characters.isNfkcStable(cp)) {
          appendCodePoint(cp, i, j); // a curly quote, a dash, most emoji: no string needed
        } else {
          String cluster = text.substring(i, j);
          String nfkc = Normalizer.isNormalized(cluster, Normalizer.Form.NFKC)
              ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFKC);
          for (int k = 0; k < nfkc.length(); ) {
            int c2 = nfkc.codePointAt(k);
            k += Character.charCount(c2);
            appendCodePoint(c2, i, j);
          }
        }
        i = j;
      }
    }

    /**
     * Appends the run of ASCII characters from {@code i} on, one for one, in a loop of its own (the
     * part of a text after its first other character is still mostly ASCII), and answers where
     * the run ends: before its last character when a combining mark follows that, which then
     * starts a cluster.
     */
    private int appendAscii(String text, int i) {
      int n = text.length();
      if (out.length - length < n - i) {
        grow(length + n - i);
      }
      char[] out = this.out;
      int[] starts = this.starts;
      int[] ends = this.ends;
      int length = this.length;
      while (i < n) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          break;
        }
        out[length] = lowerCase && (char) (c - 'A') < 26 ? (char) (c + 32) : c;
        starts[length] = i;
        ends[length] = i + 1;
        length++;
        i++;
      }
      if (i < n && startsMark(text, i)) {
        i--;
        length--;
      }
      this.length = length;
      return i;
    }

    private static boolean startsMark(String text, int i) {
      return text.charAt(i) >= 0x300 && Characters.isMark(text.codePointAt(i));
    }

    private void appendCodePoint(int cp, int from, int to) {
      if (Characters.isInvisible(cp)) {
        return;
      }
      if ((cp >= 0xA0 && cp < 0x300) && cp != 0xAB && cp != 0xB4 && cp != 0xBB
          && !Characters.isNfkcStable(cp)) {
        // NFKC-relevant compatibility characters in this range (ª, ², ¼, Ŀ ...) are rare in
        // practice but cheap to honour; accented letters, the common ones, are stable.
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        for (int k = 0; k < s.length(); ) {
          int c2 = s.codePointAt(k);
          k += Character.charCount(c2);
          appendFolded(c2, from, to);
        }
        return;
      }
      appendFolded(cp, from, to);
    }

    private void appendFolded(int cp, int from, int to) {
      char latin = Characters.latinLookAlike(cp);
      int folded = Characters.foldPunctuation(lowerCase ? Character.toLowerCase(cp) : cp);
      if (folded < 0x10000) {
        append((char) folded, latin, from, to);
      } else {
        append(Character.highSurrogate(folded), (char) 0, from, to);
        append(Character.lowSurrogate(folded), (char) 0, from, to);
      }
    }

    private void grow(int needed) {
      int capacity = Math.max(out.length * 2, needed);
      out = Arrays.copyOf(out, capacity);
      lookAlike = lookAlike == null ? null : Arrays.copyOf(lookAlike, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }

    private void append(char c, char latin, int from, int to) {
      if (length == out.length) {
        grow(length + 1);
      }
      out[length] = c;
      if (latin != 0) {
        if (lookAlike == null) {
          lookAlike = new char[out.length];
        }
        lookAlike[length] = latin;
      }
      starts[length] = from;
      ends[length] = to;
      length++;
    }
  }
}
