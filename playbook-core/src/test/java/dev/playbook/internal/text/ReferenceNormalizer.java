package dev.playbook.internal.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normaliser as it was before the ASCII fast path (round 5 of issue 3), kept verbatim as the
 * oracle the fast path is compared against: same folded text, same map back to the original, same
 * words.
 */
final class ReferenceNormalizer {

  private ReferenceNormalizer() {}

  private static final int[] NO_INTS = new int[0];

  /** The old normaliser's output. */
  record Result(String folded, int[] starts, int[] ends, int[] tokenStarts, int[] tokenEnds) {}

  static Result of(String original, boolean lowerCase) {
    return new Builder(original, lowerCase).build();
  }

  /** Builds the folded text and its maps in one pass over the original. */
  static final class Builder {
    private final String original;
    private char[] out;
    /** The Latin twin of each look-alike character; {@code null} until the first one. */
    private char[] lookAlike;
    private int[] starts;
    private int[] ends;
    private int length;
    private final boolean lowerCase;

    Builder(String original, boolean lowerCase) {
      this.original = original;
      this.lowerCase = lowerCase;
      int capacity = original.length() + 16;
      this.out = new char[capacity];
      this.starts = new int[capacity];
      this.ends = new int[capacity];
    }

    Result build() {
      fold();
      int[] tokenStarts = NO_INTS;
      int[] tokenEnds = NO_INTS;
      int count = 0;
      int i = 0;
      while (i < length) {
        int cp = Character.codePointAt(out, i, length);
        if (!Characters.isWordPart(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int start = i;
        i += Character.charCount(cp);
        while (i < length) {
          int next = Character.codePointAt(out, i, length);
          if (Characters.isWordPart(next)) {
            i += Character.charCount(next);
          } else if (next == '\'' && i + 1 < length
              && Characters.isWordPart(Character.codePointAt(out, i + 1, length))) {
            i++; // an apostrophe inside a word: don't, we'll, customer's
          } else {
            break;
          }
        }
        if (count == tokenStarts.length) {
          tokenStarts = Arrays.copyOf(tokenStarts, Math.max(16, count * 2));
          tokenEnds = Arrays.copyOf(tokenEnds, tokenStarts.length);
        }
        tokenStarts[count] = start;
        tokenEnds[count] = i;
        count++;
        foldLookAlikes(start, i);
      }
      return new Result(new String(out, 0, length), Arrays.copyOf(starts, length),
          Arrays.copyOf(ends, length), Arrays.copyOf(tokenStarts, count),
          Arrays.copyOf(tokenEnds, count));
    }

    /**
     * Folds look-alike letters in a word that mixes them with Latin letters ("сompensate" with a
     * Cyrillic "с") or consists of nothing else ("соре" spelled in Cyrillic). A Cyrillic or Greek
     * word with any letter that has no Latin twin is left alone, so real Russian or Greek text
     * still matches Russian or Greek phrases.
     */
    private void foldLookAlikes(int start, int end) {
      if (lookAlike == null) {
        return;
      }
      int first = start;
      while (first < end && lookAlike[first] == 0) {
        first++;
      }
      if (first == end) {
        return; // nearly every word: nothing to fold
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
      }
    }

    private void fold() {
      String text = original;
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c < 0x80 && (i + 1 == n || !startsMark(text, i + 1))) {
          append(lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, (char) 0, i, i + 1);
          i++;
          continue;
        }
        int cp = text.codePointAt(i);
        int j = i + Character.charCount(cp);
        // A cluster is a character and the combining marks after it, so NFKC can compose
        // "e" + U+0301 into "é" and both map back to the same original range.
        while (j < n) {
          int next = text.codePointAt(j);
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

    private static boolean startsMark(String text, int i) {
      return text.charAt(i) >= 0x300 && Characters.isMark(text.codePointAt(i));
    }

    private void appendCodePoint(int cp, int from, int to) {
      if (Characters.isInvisible(cp)) {
        return;
      }
      if ((cp >= 0xA0 && cp < 0x300) && cp != 0xAB && cp != 0xB4 && cp != 0xBB) {
        // NFKC-relevant compatibility characters in this range (ª, ², ¼, Ŀ ...) are rare in
        // practice but cheap to honour.
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (s.length() != 1 || s.charAt(0) != cp) {
          for (int k = 0; k < s.length(); ) {
            int c2 = s.codePointAt(k);
            k += Character.charCount(c2);
            appendFolded(c2, from, to);
          }
          return;
        }
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

    private void append(char c, char latin, int from, int to) {
      if (length == out.length) {
        int capacity = length * 2;
        out = Arrays.copyOf(out, capacity);
        lookAlike = lookAlike == null ? null : Arrays.copyOf(lookAlike, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
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
