package dev.playbook.internal.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link NormalizedText} as it was before its ASCII pass folded curly quotes, dashes and
 * typographic spaces in place (round twelve): the oracle {@link AsciiTwinOracleTest} holds the
 * normaliser to. Kept whole, so it folds, maps and cuts exactly as that code did.
 */
final class NormalizedTextBefore {

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
   * The folded characters below this position are the original ones (lower-cased ASCII), one for
   * one: folded character {@code i} is original {@code [i, i + 1)}. Most replies are ASCII for
   * most or all of their length, so the maps are only written from the first other character on.
   */
  private final int identity;
  private final int digitRun;
  private final boolean mayHaveEmoji;
  private final int tokenCount;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final long[] tokenHashes;
  /**
   * Per word, {@link #STARTS_SENTENCE} and {@link #SHOUTS}, written while the words are cut; in a
   * text not all ASCII, {@link #SHOUTS} only once {@link #shoutsKnown}.
   */
  private final byte[] tokenFlags;
  private int sentenceCount;
  /**
   * The words with a letter and their syllables ({@link Syllables}), counted while the words of
   * a lower-cased ASCII text are cut; {@code -1} and 0 for any other text.
   */
  private final int letteredWords;
  private final int syllables;
  /** Where each sentence starts, then the word count; {@code null} until asked. */
  private int[] sentenceFirstToken;
  private boolean shoutsKnown;
  /** Whether every character of the text is ASCII (it was cut by the ASCII pass alone). */
  private final boolean ascii;
  /** This text with letters in their case; {@code this} when it is one, else built on first use. */
  private NormalizedTextBefore casePreserved;

  private NormalizedTextBefore(
      String original, String folded, char[] chars, int[] starts, int[] ends, int identity, int digitRun,
      boolean mayHaveEmoji, int tokenCount, int[] tokenStarts,
      int[] tokenEnds, long[] tokenHashes, byte[] tokenFlags, boolean shoutsKnown,
      int letteredWords, int syllables, boolean ascii) {
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
    this.shoutsKnown = shoutsKnown;
    this.letteredWords = letteredWords;
    this.syllables = syllables;
    this.ascii = ascii;
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
  public static NormalizedTextBefore of(String original) {
    return new Builder(original, true).build();
  }

  /**
   * The same text normalised the same way except that letters keep their case, for patterns that
   * write a part case-sensitive ({@code (?-i:[A-Z]{2})}): such a part can never match a lower-cased
   * text. Built on first use (most playbooks never ask), then kept.
   */
  public NormalizedTextBefore casePreserved() {
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
   * Whether the original has a character at or above U+2000: every emoji {@link Emoji} finds has
   * one (pictographs, regional indicators, the keycap U+20E3), so without one there is none.
   */
  public boolean mayHaveEmoji() {
    return mayHaveEmoji;
  }

  /**
   * Whether word {@code i}, as written in the original, has two or more letters, every one upper
   * case, and no digit ("NOW" and "DON'T" do; "I", "SW1A" and Arabic, which has no case, do not).
   * An ASCII text's words were told while they were cut; any other text's are told on first ask.
   */
  public boolean shouts(int i) {
    if (!shoutsKnown) {
      tellShouts();
    }
    return (tokenFlags[Objects.checkIndex(i, tokenCount)] & SHOUTS) != 0;
  }

  /** Flags the words of a text not all ASCII that shout, reading each in the original. */
  private void tellShouts() {
    for (int t = 0; t < tokenCount; t++) {
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
   * The words with a letter, counted while they were cut, or {@code -1} when they were not (a
   * text not all ASCII or not lower-cased): see {@link Syllables#tally}.
   */
  int letteredWords() {
    return letteredWords;
  }

  /** The syllables of the words {@link #letteredWords} counts. */
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
   * Builds the folded text, its maps and its words: an ASCII text in one pass over it, any other
   * from its first character outside ASCII on in a second.
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
    private final boolean lowerCase;
    /**
     * Where {@link #foldAndCutAscii} stopped and what it had cut: the first character outside
     * ASCII, the last word it started, and the words and digit runs before that word, from which
     * {@link #cutAny} carries on.
     */
    private int resumeFold;
    private int resumeCut;
    private int resumeCount;
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

    NormalizedTextBefore build() {
      original.getChars(0, original.length(), out, 0);
      NormalizedTextBefore ascii = foldAndCutAscii();
      if (ascii != null) {
        return ascii;
      }
      foldRest(resumeFold);
      return cutAny();
    }

    /**
     * Folds and cuts the words of an ASCII text in one pass over its characters (lower-casing
     * capitals, cutting and hashing words, flagging those that start a sentence and counting digit
     * runs as {@link #cutAny} does; flagging the words that shout and counting syllables, which
     * it alone does), in a loop of its own, so the JIT compiles it without the branches for
     * other characters that texts in other scripts, with emoji or with curly quotes would otherwise
     * make hot in it. At the first character outside ASCII it answers {@code null}, leaving the
     * part before it lower-cased and where to carry on in the {@code resume} fields: the last word
     * it started is cut again, since what follows can change it (a combining mark joins the
     * character before it).
     */
    private NormalizedTextBefore foldAndCutAscii() {
      char[] out = this.out;
      int length = original.length();
      boolean lowerCase = this.lowerCase;
      // Sized once for most texts: English words and their separators average five or six
      // characters.
      int capacity = length / 4 + 8;
      int[] tokenStarts = new int[capacity];
      int[] tokenEnds = new int[capacity];
      long[] tokenHashes = new long[capacity];
      byte[] tokenFlags = new byte[capacity];
      int count = 0;
      int run = 0;
      int longestRun = 0;
      boolean lowered = false;
      int letteredWords = 0;
      int syllables = 0;
      // The state of the gap being read (GAP_STEP); the first word starts a sentence anyway.
      int gap = STARTS_SENTENCE;
      int lastStart = 0;
      int lastRun = 0;
      int lastLongestRun = 0;
      int i = 0;
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
      return new NormalizedTextBefore(original, lowered ? new String(out, 0, length) : original, out,
          null, null, length, longestRun, false, count, tokenStarts, tokenEnds, tokenHashes,
          tokenFlags, true, lowerCase ? letteredWords : -1, syllables, true);
    }

    /** Cuts the words of any text and folds look-alike letters in them. */
    private NormalizedTextBefore cutAny() {
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
      int gap = STARTS_SENTENCE;
      if (count > 0) {
        gap = 0;
        for (int k = tokenEnds[count - 1]; k < i; k++) {
          gap = GAP_STEP[gap << 7 | out[k]];
        }
      }
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
        // Whether it shouts is told on first ask (NormalizedTextBefore.shouts), from the original.
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
      return new NormalizedTextBefore(original, new String(out, 0, length), out, starts, ends, identity,
          longestRun, mayHaveEmoji, count, tokenStarts, tokenEnds, tokenHashes, tokenFlags, false,
          -1, 0, false);
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
