package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {

  private static List<String> words(NormalizedText t) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.tokenCount(); i++) {
      words.add(t.token(i));
    }
    return words;
  }

  private static List<String> originalWords(NormalizedText t) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.tokenCount(); i++) {
      words.add(t.original().substring(t.originalStartOf(t.tokenStart(i)),
          t.originalEndOf(t.tokenEnd(i))));
    }
    return words;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "zero-width space | guar\u200Bantee | guarantee | guar\u200Bantee",
      "soft hyphen | com\u00ADpensate | compensate | com\u00ADpensate",
      "ligature expands | ﬁne | fine | ﬁne",
      "fullwidth | ＧＵＡＲＡＮＴＥＥ | guarantee | ＧＵＡＲＡＮＴＥＥ",
      "decomposed accent composes | cafe\u0301 | café | cafe\u0301",
      "Cyrillic look-alike in a Latin word | gu\u0430rantee | guarantee | gu\u0430rantee",
      "all look-alikes | \u0441\u043E\u0440\u0435 | cope | \u0441\u043E\u0440\u0435",
      "real Russian stays Russian | суд | суд | суд",
      "curly apostrophe | we’ll | we'll | we’ll",
      "mathematical bold | \uD835\uDC1Bank | bank | \uD835\uDC1Bank"
  })
  void foldsAndMapsBack(String name, String original, String folded, String mapped) {
    NormalizedText t = NormalizedText.of(original);
    assertThat(words(t)).containsExactly(folded);
    assertThat(originalWords(t)).containsExactly(mapped);
  }

  @Test
  void wordsAndSentences() {
    NormalizedText t = NormalizedText.of("Hi Sam! It costs 2.5% — don't worry.\n^PS");
    assertThat(words(t)).containsExactly("hi", "sam", "it", "costs", "2", "5", "don't", "worry",
        "ps");
    assertThat(t.sentenceCount()).isEqualTo(3);
    assertThat(t.sentenceFirstToken(1)).isEqualTo(2);
    assertThat(t.sentenceFirstToken(2)).isEqualTo(8);
    assertThat(t.sentenceOf(5)).isEqualTo(1);
  }

  /** Whatever the input, spans stay inside the text and never split a surrogate pair. */
  @Test
  void caseIsKeptOnlyWhenAsked() {
    NormalizedText t = NormalizedText.of("Ref ＱＸ7k\u200B2P, Zoë");
    assertThat(t.folded()).isEqualTo("ref qx7k2p, zoë");
    NormalizedText cased = t.casePreserved();
    // Everything else is normalised as before: fullwidth letters, the invisible character.
    assertThat(cased.folded()).isEqualTo("Ref QX7k2P, Zoë");
    assertThat(cased.originalStartOf(4)).isEqualTo(t.originalStartOf(4));
    assertThat(cased.originalEndOf(10)).isEqualTo(t.originalEndOf(10));
    assertThat(cased.casePreserved()).isSameAs(cased);
  }

  @Test
  void randomTextMapsToWholeCodePoints() {
    Random random = new Random(42);
    int[] pool = {'a', 'Z', ' ', '.', '\u200B', '\u00AD', 0x0301, 0x0430, 0xFB01, 0xFF21,
        0x1F600, 0x1F3FD, 0x200D, 0x05D0, 0x0627, 0xD800, 0xDC00, '\n', 0x2019, 0x0130, 0xFDFA};
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      String s = sb.toString();
      NormalizedText t = NormalizedText.of(s);
      for (int i = 0; i < t.tokenCount(); i++) {
        int start = t.originalStartOf(t.tokenStart(i));
        int end = t.originalEndOf(t.tokenEnd(i));
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(s.length());
        assertThat(start == 0 || !Character.isLowSurrogate(s.charAt(start))
            || !Character.isHighSurrogate(s.charAt(start - 1))).as("start in %s", s).isTrue();
        assertThat(end == s.length() || !Character.isLowSurrogate(s.charAt(end))
            || !Character.isHighSurrogate(s.charAt(end - 1))).as("end in %s", s).isTrue();
      }
      for (int i = 0; i < t.sentenceCount(); i++) {
        assertThat(t.sentenceFirstToken(i)).isLessThan(t.sentenceEndToken(i));
      }
    }
  }

  /** WordSketch reads an ASCII text's folded form as Latin-1 bytes, one per character. */
  @Test
  void anAsciiTextFoldsToAsciiOfTheSameLength() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    Random random = new Random(5);
    List<String> texts =
        new ArrayList<>(List.of(every.toString(), "", "A", "HELLO World, it's 9AM!"));
    for (int i = 0; i < 2000; i++) {
      char[] text = new char[random.nextInt(120)];
      for (int k = 0; k < text.length; k++) {
        text[k] = (char) random.nextInt(0x80);
      }
      texts.add(new String(text));
    }
    for (String original : texts) {
      NormalizedText t = NormalizedText.of(original);
      assertThat(t.isAscii()).isTrue();
      assertThat(t.folded()).hasSameSizeAs(original).matches("\\p{ASCII}*");
    }
  }
}
