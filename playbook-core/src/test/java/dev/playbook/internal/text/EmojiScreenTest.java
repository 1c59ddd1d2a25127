package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Emoji#mayHaveAny} against what it screens: whenever it says no, {@link Emoji#findAll}
 * finds nothing in the original; and {@link Emoji#findAll(NormalizedText, Spans)}, which starts
 * where the fold left ASCII, against reading the whole original.
 */
class EmojiScreenTest {

  private static int found(String text) {
    Spans spans = new Spans(2);
    Emoji.findAll(text, spans);
    return spans.size();
  }

  /** Every character the ASCII pass folds into ASCII punctuation (U+0080 to U+FFFF). */
  private static List<Character> twins() {
    List<Character> twins = new ArrayList<>();
    for (int c = 0x80; c <= 0xFFFF; c++) {
      if (Characters.asciiTwin((char) c) != 0) {
        twins.add((char) c);
      }
    }
    return twins;
  }

  @Test
  void noTwinStartsOrEndsAnEmoji() {
    List<Character> twins = twins();
    assertThat(twins).hasSizeGreaterThan(20);
    for (char twin : twins) {
      // Alone, after a keycap's base, beside itself and beside a joiner's neighbours.
      for (String s : new String[] {"" + twin, "1" + twin, "#" + twin + "x", twin + "" + twin,
          "a" + twin + "*"}) {
        assertThat(found(s)).as("U+%04X in %s", (int) twin, s).isZero();
        NormalizedText text = NormalizedText.of(s);
        assertThat(Emoji.mayHaveAny(text)).as("U+%04X in %s", (int) twin, s).isFalse();
      }
    }
  }

  @Test
  void saysNoOnlyWhereThereIsNone() {
    List<Character> twins = twins();
    String[] pieces = {"👍", "👍🏽", "👩\u200D💻", "🇬🇧", "1\uFE0F\u20E3", "#\u20E3", "☕", "⭐",
        "\u200D", "\uFE0F", "é", "e\u0301", "ß", "ＡＢ", "Ⅻ", "\u00AD", "\u200B", "中", "!", "?"};
    Random random = new Random(13);
    int screened = 0;
    int withEmoji = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 4) {
          s.append((char) (' ' + random.nextInt(95)));
        } else if (pick < 8) {
          s.append(twins.get(random.nextInt(twins.size())));
        } else if (random.nextInt(8) == 0) {
          s.append(pieces[random.nextInt(pieces.length)]);
        } else {
          s.append("word ");
        }
      }
      String text = s.toString();
      int emoji = found(text);
      withEmoji += emoji > 0 ? 1 : 0;
      NormalizedText normalized = NormalizedText.of(text);
      if (!Emoji.mayHaveAny(normalized)) {
        assertThat(emoji).as(text).isZero();
        screened += normalized.mayHaveEmoji() ? 1 : 0;
      }
    }
    // Both sides seen many times: texts screened out past the old screen, and texts with emoji.
    assertThat(screened).isGreaterThan(5_000);
    assertThat(withEmoji).isGreaterThan(1_000);
  }

  @Test
  void findsFromWhereTheFoldLeftAsciiWhatTheWholeTextHolds() {
    List<Character> twins = twins();
    String[] pieces = {"👍", "👍🏽", "👩\u200D💻", "🇬🇧", "🇬", "1\uFE0F\u20E3", "#\u20E3", "*\uFE0F",
        "\uFE0F\u20E3", "\u20E3", "☕", "⭐", "\u200D", "\uFE0F", "é", "e\u0301", "\u0301", "ß",
        "ＡＢ", "\u00AD", "\u200B", "中", "1", "#", "*", "9", " ", "ok", "!"};
    Random random = new Random(17);
    int withEmoji = 0;
    for (int round = 0; round < 40_000; round++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        int pick = random.nextInt(8);
        if (pick == 0) {
          s.append(twins.get(random.nextInt(twins.size())));
        } else if (pick == 1) {
          s.append((char) (' ' + random.nextInt(95)));
        } else {
          s.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String text = s.toString();
      Spans whole = new Spans(2);
      Emoji.findAll(text, whole);
      Spans fromFold = new Spans(2);
      Emoji.findAll(NormalizedText.of(text), fromFold);
      assertThat(spans(fromFold)).as(text).isEqualTo(spans(whole));
      withEmoji += whole.size() > 0 ? 1 : 0;
    }
    assertThat(withEmoji).isGreaterThan(10_000);
  }

  private static List<Integer> spans(Spans spans) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      all.add(spans.start(i));
      all.add(spans.end(i));
    }
    return all;
  }
}
