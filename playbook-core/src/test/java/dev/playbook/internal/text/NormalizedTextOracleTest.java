package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The normaliser reads a leading ASCII part without mapping it position by position, tokenises
 * ASCII by a table and records facts for the detectors; everything it answers must be what the
 * previous normaliser ({@link ReferenceNormalizer}) answered.
 */
class NormalizedTextOracleTest {

  private static void assertSameAsReference(String s) {
    for (boolean lowerCase : new boolean[] {true, false}) {
      NormalizedText plain = NormalizedText.of(s);
      NormalizedText t = lowerCase ? plain : plain.casePreserved();
      ReferenceNormalizer.Result r = ReferenceNormalizer.of(s, lowerCase);
      String what = (lowerCase ? "folded " : "cased ") + escape(s);
      assertThat(t.folded()).as(what).isEqualTo(r.folded());
      int n = r.folded().length();
      for (int i = 0; i < n; i++) {
        assertThat(t.originalStart(i)).as("start %d of %s", i, what).isEqualTo(r.starts()[i]);
        assertThat(t.originalStartOf(i)).as("startOf %d of %s", i, what).isEqualTo(r.starts()[i]);
        assertThat(t.originalEnd(i)).as("end %d of %s", i, what).isEqualTo(r.ends()[i]);
        assertThat(t.originalEndOf(i + 1)).as("endOf %d of %s", i + 1, what)
            .isEqualTo(r.ends()[i]);
      }
      assertThat(t.originalStartOf(n)).isEqualTo(s.length());
      assertThat(t.originalStart(n)).isEqualTo(s.length());
      assertThat(t.originalEndOf(0)).isEqualTo(n == 0 ? s.length() : r.starts()[0]);
      assertThat(t.tokenCount()).as(what).isEqualTo(r.tokenStarts().length);
      for (int i = 0; i < t.tokenCount(); i++) {
        assertThat(t.tokenStart(i)).as("token %d of %s", i, what).isEqualTo(r.tokenStarts()[i]);
        assertThat(t.tokenEnd(i)).as("token %d of %s", i, what).isEqualTo(r.tokenEnds()[i]);
        long hash = 0;
        for (char c : t.token(i).toCharArray()) {
          hash = hash * 31 + c;
        }
        assertThat(t.tokenHash(i)).as("hash of token %d of %s", i, what).isEqualTo(hash);
      }
      assertThat(t.digitRun()).as("digit run of %s", what)
          .isLessThanOrEqualTo((int) t.folded().chars().filter(Character::isDigit).count());
      if (Detectors.hasCardDigits(t.folded())) {
        assertThat(t.digitRun()).as("digit run of %s", what).isGreaterThanOrEqualTo(13);
      }
      if (DigitRunsTest.phoneOracle(s)) {
        assertThat(t.digitRun()).as("digit run of %s", what).isGreaterThanOrEqualTo(7);
      }
      Spans emoji = new Spans(1);
      Emoji.findAll(s, emoji);
      if (emoji.size() > 0) {
        assertThat(t.mayHaveEmoji()).as("emoji in %s", what).isTrue();
      }
      assertThat(t.mayHaveEmoji()).isEqualTo(s.chars().anyMatch(c -> c >= 0x2000));
      assertThat(t.isAscii()).as("ASCII %s", what).isEqualTo(s.chars().allMatch(c -> c < 0x80));
      for (int i = 0; i < t.tokenCount(); i++) {
        String word = s.substring(t.originalStartOf(t.tokenStart(i)),
            t.originalEndOf(t.tokenEnd(i)));
        assertThat(t.shouts(i)).as("%s in %s", word, what).isEqualTo(capitalsOnly(word));
      }
    }
  }

  /** A word of two or more letters, every one a capital, and no digit: what could shout. */
  private static boolean capitalsOnly(String word) {
    long letters = word.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && word.codePoints().noneMatch(Character::isDigit)
        && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "a",
      "A",
      "Hello there, we'll look into it. Call 0207 946 0018!",
      "plain ascii then caf\u00E9 and back to ascii",
      "ASCII then \u2019curly\u2019 QUOTES",
      "e\u0301 mark right after the first letter",
      "mark after ascii: cafe\u0301",
      "cafe\u0301",
      "\u0301 a mark first",
      "ab\u0301\u0302c stacked marks",
      "ends in a surrogate pair \uD83D\uDC4D",
      "\uD83D\uDC4D starts with one",
      "lone high \uD800 and lone low \uDC00 surrogates",
      "trailing lone high \uD800",
      "keycap 1\u20E3 and 1\uFE0F\u20E3",
      "1\u20E3",
      "ﬁne ligature expands, then ascii after it",
      "ＦＵＬＬＷＩＤＴＨ then ascii",
      "gu\u0430rantee look-alike after ascii",
      "zero\u200Bwidth after ascii",
      "soft\u00ADhyphen",
      "don't won't customer's 'quoted' it''s",
      "digits 4111 1111 1111 1111 and \u0664\u0665\u0666 Arabic-Indic, \uFF11\uFF12 fullwidth",
      "card at the end 4111-1111-1111-1111",
      "\u00AA\u00B2\u00BC Latin-1 compatibility",
      "\u0130stanbul dotted capital I",
      "tab\tand\nnew lines\r\n\u2028\u2029",
      "\u0000 control \u007F chars",
      "SHOUTING in ascii",
      "I'M shouting across an apostrophe",
      "I'm not, nor is A B C or I'd or Ok",
      "DON'T",
      "X'Y",
      "ascii then N\u00D6 in capitals",
      "A\u0301B a mark between capitals",
      "\u0441\u043E\u0440\u0435 folded look-alikes, \u0441ompensate mixed, \u0441\u043E\u0436 not",
      "surrogates in a word: x\uD835\uDC00y \uD835\uDFCE7",
      "\u00E9a\u0301 one ASCII letter between others, a mark after it",
      "\u00E9 ASCII run in the tail ending in a marked lette\u0301r",
      "\u00E9ABC\u0301 capitals in the tail, DEF",
      "\u00E9Z",
      "words then \u00E9",
      "words then caf\u00E9 in a word",
      "an apostrophe before it: don'\u00E9 and don'\u2019t",
      "a separator before a mark: ab.\u0301 and 12 =\u0338 34 and 12 3\u0301",
      "digits up to it 0207 946\u00A0 0018 and 4111 1111\u2009 1111 1111",
      "CAPS UP TO IT\u00C9 AND After",
      "I'\u00C9",
      "x\u00E9",
      "\u00E9",
      "\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01\uFB01"
          + "\uFB01\uFB01\uFB01\uFB01 ligatures grow the text, then a long ASCII run after them"
  })
  void answersAsBefore(String s) {
    assertSameAsReference(s);
  }

  @Test
  void answersAsBeforeOnRandomTexts() {
    Random random = new Random(7);
    int[] pool = {'a', 'Z', 'q', '7', '0', ' ', '.', '\'', '-', '@', '\u200B', '\u00AD', 0x0301,
        0x0338, 0x0430, 0x0441, 0xFB01, 0xFF21, 0xFF11, 0x0664, 0x1F600, 0x1F3FD, 0x200D, 0x20E3,
        0xFE0F, 0x05D0, 0x0627, 0xD800, 0xDC00, '\n', 0x2019, 0x0130, 0xFDFA, 0x00E9, 0x00B2,
        0x1D7CE};
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      // An ASCII prefix of any length, then anything: where the identity part ends varies.
      int ascii = random.nextInt(12);
      for (int i = 0; i < ascii; i++) {
        sb.append((char) (0x20 + random.nextInt(0x5F)));
      }
      int length = random.nextInt(20);
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      assertSameAsReference(sb.toString());
    }
    // All ASCII, capitals often next to each other or an apostrophe apart.
    String ascii = "AZa' 1-.";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(ascii.charAt(random.nextInt(ascii.length())));
      }
      assertSameAsReference(sb.toString());
    }
  }

  /**
   * Every character of the scripts and punctuation replies use most (Latin-1 and Latin Extended,
   * whose NFKC answer is remembered, Greek, Cyrillic, general punctuation, kana), alone and inside
   * a word, as the reference answers.
   */
  @Test
  void everyCommonCharacterAnswersAsBefore() {
    for (int cp = 0x80; cp < 0x3100; cp++) {
      String c = new String(Character.toChars(cp));
      assertSameAsReference(c);
      assertSameAsReference("Ab" + c + "9 " + c);
    }
  }

  /**
   * An all-ASCII text has a word cutter of its own; it must cut, hash and count digit runs as the
   * cutter for every other text does, which the same text followed by "©" (outside ASCII, not part
   * of a word, no separator and no digit) goes through.
   */
  @Test
  void asciiTextsCutAsAnyOther() {
    Random random = new Random(11);
    String pool = "aZq7 0.'-/(+@,x9\n";
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      String s = sb.toString();
      for (boolean lowerCase : new boolean[] {true, false}) {
        NormalizedText ascii = lowerCase ? NormalizedText.of(s) : NormalizedText.of(s).casePreserved();
        NormalizedText any = lowerCase ? NormalizedText.of(s + "\u00A9")
            : NormalizedText.of(s + "\u00A9").casePreserved();
        String what = (lowerCase ? "folded " : "cased ") + s;
        assertThat(ascii.folded() + "\u00A9").as(what).isEqualTo(any.folded());
        assertThat(ascii.tokenCount()).as(what).isEqualTo(any.tokenCount());
        for (int i = 0; i < ascii.tokenCount(); i++) {
          assertThat(ascii.tokenStart(i)).as(what).isEqualTo(any.tokenStart(i));
          assertThat(ascii.tokenEnd(i)).as(what).isEqualTo(any.tokenEnd(i));
          assertThat(ascii.tokenHash(i)).as(what).isEqualTo(any.tokenHash(i));
        }
        assertThat(ascii.digitRun()).as(what).isEqualTo(any.digitRun());
        assertThat(ascii.sentenceCount()).as(what).isEqualTo(any.sentenceCount());
        for (int i = 0; i < ascii.sentenceCount(); i++) {
          assertThat(ascii.sentenceFirstToken(i)).as(what).isEqualTo(any.sentenceFirstToken(i));
          assertThat(ascii.sentenceEndToken(i)).as(what).isEqualTo(any.sentenceEndToken(i));
        }
      }
    }
  }

  /**
   * An ASCII part is folded and cut in one pass up to the first other character, after which the
   * cutter for every other text carries on from the last word started. It must cut, hash and count
   * digit runs as that cutter does on its own from the start, which the same text after "\u00A9"
   * (outside ASCII, not part of a word, no separator and no digit) goes through.
   */
  @Test
  void mixedTextsCutAsFromTheStart() {
    Random random = new Random(13);
    String ascii = "aZq7 0.'-/(+@,x9\nAB";
    int[] other = {0x00E9, 0x00C9, 0x0301, 0x0338, 0x2019, 0x2014, 0x00A0, 0x2009, 0x0430, 0x0441,
        0x0664, 0xFF11, 0xFB01, 0x200B, 0x00AD, 0x1F600, 0x20E3, 0x4E00, 0x00B2, 0x0130};
    for (int n = 0; n < 4000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(8) == 0) {
          sb.appendCodePoint(other[random.nextInt(other.length)]);
        } else {
          sb.append(ascii.charAt(random.nextInt(ascii.length())));
        }
      }
      String s = sb.toString();
      if (!s.isEmpty() && Characters.isMark(s.codePointAt(0))) {
        continue; // it would join the "\u00A9" before it
      }
      for (boolean lowerCase : new boolean[] {true, false}) {
        NormalizedText text = NormalizedText.of(s);
        NormalizedText fromStart = NormalizedText.of("\u00A9" + s);
        if (!lowerCase) {
          text = text.casePreserved();
          fromStart = fromStart.casePreserved();
        }
        String what = (lowerCase ? "folded " : "cased ") + escape(s);
        assertThat("\u00A9" + text.folded()).as(what).isEqualTo(fromStart.folded());
        assertThat(text.tokenCount()).as(what).isEqualTo(fromStart.tokenCount());
        for (int i = 0; i < text.tokenCount(); i++) {
          assertThat(text.tokenStart(i) + 1).as(what).isEqualTo(fromStart.tokenStart(i));
          assertThat(text.tokenEnd(i) + 1).as(what).isEqualTo(fromStart.tokenEnd(i));
          assertThat(text.tokenHash(i)).as(what).isEqualTo(fromStart.tokenHash(i));
        }
        assertThat(text.digitRun()).as(what).isEqualTo(fromStart.digitRun());
        assertThat(text.mayHaveEmoji()).as(what).isEqualTo(fromStart.mayHaveEmoji());
      }
    }
  }

  /**
   * The detectors skip a text whose digit runs are too short, counted in the folded text: every
   * digit of the original, alone or with a mark after it, is still a digit there.
   */
  @Test
  void everyDigitStaysADigit() {
    String[] after = {"", "\u0301", "\u0338", "\u20E3", "\u0E31", "\u093C", "\u200B"};
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Character.isDigit(cp)) {
        continue;
      }
      for (String mark : after) {
        String s = new String(Character.toChars(cp)) + mark;
        assertThat(NormalizedText.of(s).digitRun()).as("U+%04X%s", cp, escape(mark))
            .isGreaterThanOrEqualTo(1);
      }
    }
  }

  @Test
  void noCharacterBeforeTheFirstMarkIsOne() {
    for (int cp = 0; cp < Characters.FIRST_MARK; cp++) {
      int type = Character.getType(cp);
      assertThat(type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK).as("U+%04X", cp).isFalse();
    }
    assertThat(Characters.isMark(Characters.FIRST_MARK)).isTrue();
  }

  /**
   * Word parts, marks and digits come from a table for most characters; for every code point the
   * answer must be {@link Character}'s own, which the reference normaliser's word cutting relied on.
   */
  @Test
  void characterClassesAreCharactersOwn() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      if (Characters.isMark(cp) != mark
          || Characters.isWordPart(cp) != (Character.isLetterOrDigit(cp) || mark)
          || Characters.isDigit(cp) != Character.isDigit(cp)) {
        assertThat(new boolean[] {Characters.isMark(cp), Characters.isWordPart(cp),
            Characters.isDigit(cp)}).as("mark, word part, digit: U+%04X", cp)
            .containsExactly(mark, Character.isLetterOrDigit(cp) || mark, Character.isDigit(cp));
      }
    }
  }

  /** Asked twice (the second answer comes from the table), NFKC stability is what NFKC says. */
  @ParameterizedTest
  @ValueSource(ints = {0x2019, 0x2014, 0x2026, 0xFB01, 0xFF21, 0x2122, 0x1F600, 0x1F44D, 0x1F100,
      0x1F1E6, 0x1D400, 0x1D7CE, 0x20000, 0x2F800, 0x0301, 0x0628, 0xFDFA})
  void nfkcStabilityIsNormalizersAnswer(int cp) {
    boolean expected = java.text.Normalizer.isNormalized(new String(Character.toChars(cp)),
        java.text.Normalizer.Form.NFKC);
    assertThat(Characters.isNfkcStable(cp)).as("U+%04X", cp).isEqualTo(expected);
    assertThat(Characters.isNfkcStable(cp)).as("U+%04X again", cp).isEqualTo(expected);
  }
}
