package dev.playbook.internal.text;

/**
 * Counts syllables the way readability formulas usually do for English: one per group of vowels
 * ({@code a e i o u y}), less a silent final {@code e} ("make"; not "table"), at least one per
 * word. Letters outside ASCII count as vowels when they are accented vowels (é, ü, å ...), so a
 * café has two syllables. Good to a syllable or so per word, which is what the Flesch-Kincaid grade
 * needs; it is not a dictionary.
 */
public final class Syllables {

  /**
   * 1 for the ASCII vowels, looked up rather than compared six times a letter (also by the ASCII
   * word cutter, which counts vowel groups as it cuts).
   */
  static final byte[] VOWEL = new byte[0x80];

  static {
    for (char c : "aeiouy".toCharArray()) {
      VOWEL[c] = 1;
    }
  }

  private Syllables() {}

  /**
   * The words of a text that have a letter and their syllables: what the Flesch-Kincaid grade
   * needs.
   */
  public record Tally(int words, int syllables) {}

  /**
   * Counts the words with a letter in {@code text} and their syllables: those the ASCII pass cut
   * in a lower-cased text (every word of an ASCII one) were counted then (the letters were read
   * then anyway); any others are read here.
   */
  public static Tally tally(NormalizedText text) {
    int words = 0;
    int syllables = 0;
    int counted = 0;
    if (text.letteredWords() >= 0) {
      words = text.letteredWords();
      syllables = text.syllables();
      counted = text.asciiTokens();
    }
    char[] chars = text.chars();
    for (int t = counted, n = text.tokenCount(); t < n; t++) {
      int start = text.tokenStart(t);
      int end = text.tokenEnd(t);
      if (hasLetter(chars, start, end)) {
        words++;
        syllables += count(chars, start, end);
      }
    }
    return new Tally(words, syllables);
  }

  private static boolean hasLetter(char[] chars, int start, int end) {
    char first = chars[start];
    if (first >= 'a' && first <= 'z') {
      return true; // nearly every word
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetter(chars[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The syllables of a lower-cased ASCII word, 0 when it has no letter (and does not count as a
   * word).
   */
  static int ofLetteredWord(char[] chars, int start, int end) {
    return hasLetter(chars, start, end) ? count(chars, start, end) : 0;
  }

  /** The syllables in one folded word. */
  static int count(char[] chars, int start, int end) {
    // Counted without a branch on the letters: whether a vowel follows a consonant is as good as
    // random, and a mispredicted branch a letter costs more than the arithmetic. Every character
    // is looked up as if it were ASCII, without asking; the rare word with another character is
    // counted again (on 300-character replies a third less time than asking each character).
    int count = 0;
    int inVowels = 0;
    int any = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      any |= c;
      int vowel = VOWEL[c & 0x7F];
      count += vowel & ~inVowels;
      inVowels = vowel;
    }
    if (any >= 0x80) {
      return countAny(chars, start, end);
    }
    return ofWord(chars, start, end, count);
  }

  /**
   * The syllables of a lower-case ASCII word of {@code groups} groups of vowels: less a silent
   * final e, at least one.
   */
  static int ofWord(char[] chars, int start, int end, int groups) {
    // Two groups take three characters, so the ones read before the e are in the word.
    if (groups > 1 && chars[end - 1] == 'e' && VOWEL[chars[end - 2]] == 0
        && !(chars[end - 2] == 'l' && end - start > 3 && VOWEL[chars[end - 3]] == 0)) {
      groups--;
    }
    return Math.max(1, groups);
  }

  /** {@link #count} for a word with a character outside ASCII. */
  private static int countAny(char[] chars, int start, int end) {
    int count = 0;
    int inVowels = 0;
    for (int i = start; i < end; i++) {
      int vowel = isVowel(chars[i]) ? 1 : 0;
      count += vowel & ~inVowels;
      inVowels = vowel;
    }
    if (count > 1 && chars[end - 1] == 'e' && !isVowel(chars[end - 2])
        && !(chars[end - 2] == 'l' && end - start > 3 && !isVowel(chars[end - 3]))) {
      count--;
    }
    return Math.max(1, count);
  }

  private static boolean isVowel(char c) {
    if (c < 0x80) {
      return VOWEL[c] != 0;
    }
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      case 'à': case 'á': case 'â': case 'ä': case 'å': case 'æ': case 'è': case 'é': case 'ê':
      case 'ë': case 'ì': case 'í': case 'î': case 'ï': case 'ò': case 'ó': case 'ô': case 'ö':
      case 'ø': case 'ù': case 'ú': case 'û': case 'ü': case 'ŵ': case 'ŷ':
        return true;
      default:
        return false;
    }
  }
}
