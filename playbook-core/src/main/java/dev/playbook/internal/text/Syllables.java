package dev.playbook.internal.text;

/**
 * Counts syllables the way readability formulas usually do for English: one per group of vowels
 * ({@code a e i o u y}), less a silent final {@code e} ("make"; not "table"), at least one per
 * word. Letters outside ASCII count as vowels when they are accented vowels (é, ü, å ...), so a
 * café has two syllables. Good to a syllable or so per word, which is what the Flesch-Kincaid grade
 * needs; it is not a dictionary.
 */
public final class Syllables {

  /** Which ASCII characters are vowels, looked up rather than compared six times a letter. */
  private static final boolean[] ASCII_VOWEL = new boolean[0x80];

  static {
    for (char c : "aeiouy".toCharArray()) {
      ASCII_VOWEL[c] = true;
    }
  }

  private Syllables() {}

  /** The syllables in one folded word. */
  public static int count(String text, int start, int end) {
    int count = 0;
    boolean inVowels = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean vowel = c < 0x80 ? ASCII_VOWEL[c] : isVowel(c);
      if (vowel && !inVowels) {
        count++;
      }
      inVowels = vowel;
    }
    int length = end - start;
    if (count > 1 && length > 2 && text.charAt(end - 1) == 'e'
        && !isVowel(text.charAt(end - 2)) && !(text.charAt(end - 2) == 'l' && length > 3
            && !isVowel(text.charAt(end - 3)))) {
      count--;
    }
    return Math.max(1, count);
  }

  private static boolean isVowel(char c) {
    if (c < 0x80) {
      return ASCII_VOWEL[c];
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
