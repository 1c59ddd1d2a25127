package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ASCII pass folds curly quotes, dashes and typographic spaces in place and carries on
 * ({@link Characters#asciiTwin}); everything the normalised text answers must be what it answered
 * when such a character sent the rest of the text the long way ({@link NormalizedTextBefore}).
 */
class AsciiTwinOracleTest {

  /** Every character {@link Characters#asciiTwin} folds, and a few it does not. */
  private static final String TWINS;

  static {
    StringBuilder twins = new StringBuilder();
    for (char c = 0x80; c < 0xFFFF; c++) {
      if (Characters.asciiTwin(c) != 0) {
        twins.append(c);
      }
    }
    TWINS = twins.toString();
  }

  static void assertSameAsBefore(String s) {
    NormalizedText now = NormalizedText.of(s);
    NormalizedTextBefore before = NormalizedTextBefore.of(s);
    assertSame(s, now, before, true);
    assertSame(s, now.casePreserved(), before.casePreserved(), false);
  }

  private static void assertSame(String s, NormalizedText t, NormalizedTextBefore r,
      boolean lowerCase) {
    String what = (lowerCase ? "folded " : "cased ") + escape(s);
    assertThat(t.folded()).as(what).isEqualTo(r.folded());
    int n = r.folded().length();
    for (int i = 0; i < n; i++) {
      assertThat(t.originalStart(i)).as("start %d of %s", i, what).isEqualTo(r.originalStart(i));
      assertThat(t.originalEnd(i)).as("end %d of %s", i, what).isEqualTo(r.originalEnd(i));
    }
    for (int i = 0; i <= n; i++) {
      assertThat(t.originalStartOf(i)).as("startOf %d of %s", i, what)
          .isEqualTo(r.originalStartOf(i));
      assertThat(t.originalEndOf(i)).as("endOf %d of %s", i, what).isEqualTo(r.originalEndOf(i));
    }
    assertThat(t.tokenCount()).as(what).isEqualTo(r.tokenCount());
    for (int i = 0; i < t.tokenCount(); i++) {
      assertThat(new long[] {t.tokenStart(i), t.tokenEnd(i), t.tokenHash(i)})
          .as("token %d of %s", i, what)
          .containsExactly(r.tokenStart(i), r.tokenEnd(i), r.tokenHash(i));
      assertThat(t.shouts(i)).as("shouting of token %d of %s", i, what).isEqualTo(r.shouts(i));
    }
    assertThat(t.sentenceCount()).as(what).isEqualTo(r.sentenceCount());
    for (int i = 0; i < t.sentenceCount(); i++) {
      assertThat(t.sentenceFirstToken(i)).as(what).isEqualTo(r.sentenceFirstToken(i));
      assertThat(t.sentenceEndToken(i)).as(what).isEqualTo(r.sentenceEndToken(i));
    }
    assertThat(t.digitRun()).as("digit run of %s", what).isEqualTo(r.digitRun());
    assertThat(t.mayHaveEmoji()).as("emoji in %s", what).isEqualTo(r.mayHaveEmoji());
    assertThat(t.isAscii()).as("ASCII %s", what).isEqualTo(r.isAscii());
    if (t.foldedAscii()) {
      assertThat(t.folded().chars().allMatch(c -> c < 0x80)).as(what).isTrue();
    }
    if (lowerCase) {
      assertThat(Syllables.tally(t)).as("syllables of %s", what).isEqualTo(tally(r));
    }
  }

  /** {@link Syllables#tally} as it read a text before. */
  private static Syllables.Tally tally(NormalizedTextBefore r) {
    if (r.letteredWords() >= 0) {
      return new Syllables.Tally(r.letteredWords(), r.syllables());
    }
    char[] chars = r.chars();
    int words = 0;
    int syllables = 0;
    for (int t = 0; t < r.tokenCount(); t++) {
      int start = r.tokenStart(t);
      int end = r.tokenEnd(t);
      boolean letter = false;
      for (int i = start; i < end; i++) {
        letter |= Character.isLetter(chars[i]);
      }
      if (letter) {
        words++;
        syllables += Syllables.count(chars, start, end);
      }
    }
    return new Syllables.Tally(words, syllables);
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }

  /** Each twin is what the fold made of the character alone and beside ASCII, in both cases. */
  @Test
  void eachTwinIsTheFoldOfItsCharacter() {
    assertThat(TWINS).contains("\u2019", "\u2018", "\u201C", "\u201D", "\u2013", "\u2014",
        "\u00A0", "\u2009", "\u202F", "\u2212");
    for (char c : TWINS.toCharArray()) {
      char twin = Characters.asciiTwin(c);
      assertThat(Character.isLetterOrDigit(twin)).as("U+%04X", (int) c).isFalse();
      for (String s : List.of(String.valueOf(c), "Ab" + c + "9", c + "X")) {
        for (NormalizedTextBefore r : List.of(NormalizedTextBefore.of(s),
            NormalizedTextBefore.of(s).casePreserved())) {
          assertThat(r.folded()).as("U+%04X in %s", (int) c, escape(s))
              .hasSameSizeAs(s)
              .isEqualToIgnoringCase(s.replace(c, twin));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We\u2019ll look into it \u2013 sorry!",
      "DON\u2019T SHOUT\u2014PLEASE",
      "\u201CQuoted.\u201D Next sentence\u2026 and \u201Cmore\u201D",
      "call 0207\u00A0946\u00A00018 or 4111\u20091111\u20091111\u20091111",
      "don\u2019\u0301t a mark after the apostrophe",
      "\u2019\u0301 a mark after the first",
      "ab\u2013\u0338cd",
      "it\u2019s caf\u00E9 time \u2014 \uD83D\uDE00",
      "\uD83D\uDE00 then it\u2019s",
      "zero\u200Bwidth then it\u2019s",
      "it\u2019\u2019s two",
      "it\u2019",
      "\u2019",
      "I\u2019M",
      "O\u2019NEIL\u2019S",
      "x\u2019\u00E9",
      "12\u201334\u201456",
      "end.\u00A0Next",
      "end.\u201D Next",
      "end.\u2019\u2019 Next",
      "\u3000ideographic space\u3000",
      "\u00AB guillemets \u00BB and \u00B4acute\u00B4 and \u2032prime\u2032 and \u2033double",
      "\u2024leader\u2024 and \u2025two",
      "\u2011non-breaking\u2010hyphen\u2212minus"
  })
  void answersAsBefore(String s) {
    assertSameAsBefore(s);
  }

  /** Every character of the common scripts and punctuation, alone and in and between words. */
  @Test
  void everyCommonCharacterAnswersAsBefore() {
    for (int cp = 0x80; cp < 0x3100; cp++) {
      String c = new String(Character.toChars(cp));
      assertSameAsBefore(c);
      assertSameAsBefore("Ab" + c + "9 " + c);
      assertSameAsBefore("IT'S" + c + "X it\u2019" + c + "s \u2014" + c);
    }
  }

  /** Texts of ASCII and twins with now and then another character, marks among them. */
  @Test
  void answersAsBeforeOnRandomTexts() {
    Random random = new Random(23);
    String ascii = "aZqE7 0.'-/(+@,x9\nAB!?\"";
    int[] other = {0x00E9, 0x00C9, 0x0301, 0x0338, 0x20E3, 0x0430, 0x0441, 0x0664, 0xFF11,
        0xFB01, 0x200B, 0x00AD, 0x1F600, 0x4E00, 0x00B2, 0x0130, 0x2026, 0x2033, 0xFF07};
    for (int n = 0; n < 6000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      boolean others = n % 3 == 0;
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 2) {
          sb.append(TWINS.charAt(random.nextInt(TWINS.length())));
        } else if (pick == 2 && others) {
          sb.appendCodePoint(other[random.nextInt(other.length)]);
        } else {
          sb.append(ascii.charAt(random.nextInt(ascii.length())));
        }
      }
      assertSameAsBefore(sb.toString());
    }
  }

  @Test
  void answersAsBeforeOnRealReplies() throws IOException {
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    List<String> texts = new ArrayList<>(List.of("We\u2019ll pay \u2013 it\u2019s our fault"));
    if (Files.isRegularFile(corpus)) {
      // Whole lines: the reply, its inbound and the JSON around them, as one text each.
      texts.addAll(Files.readAllLines(corpus, StandardCharsets.UTF_8));
    }
    int twins = 0;
    for (String s : texts) {
      assertSameAsBefore(s);
      if (NormalizedText.of(s).foldedAscii() && !NormalizedText.of(s).isAscii()) {
        twins++;
      }
    }
    assertThat(twins).as("texts the twins keep on the ASCII pass, so the test can fail")
        .isGreaterThan(0);
  }
}
