package dev.playbook.hostile;

import java.util.List;
import java.util.Random;

/**
 * Seeded generators of hostile draft text: emoji and ZWJ sequences, right-to-left and bidi
 * controls, combining marks, NUL and control characters, unpaired surrogates, very long tokens,
 * and fragments of the example playbook's phrases so that rules actually fire.
 */
public final class HostileText {

  /** Tokens that are words of the example playbook's rules and topics. */
  public static final List<String> PHRASES = List.of("guarantee", "we will refund", "compensate",
      "we'll pay", "calm down", "as I already said", "you should have", "going forward",
      "utilise", "lawyer", "sue", "court", "solicitor", "injured", "hospital", "journalist",
      "BBC", "Barclays", "card", "stolen", "sorry", "thanks", "Hi", "Sam", "DM", "^PS",
      "4111 1111 1111 1111", "020 7946 0018", "sam@example.com", "https://bit.ly/x", "{{name}}",
      "GUARANTEE", "Guarantée", "ＧＵＡＲＡＮＴＥＥ", "g\u200Buarantee", "gu\u00ADarantee");

  /** Tokens no text should break the engine with. */
  public static final List<String> HOSTILE = List.of("😀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇬🇧", "👍🏽",
      "مرحبا", "שלום", "\u202E", "\u2066", "\u200F", "\u200D", "\uFEFF", "e\u0301", "\u0301\u0308",
      "\u0000", "\u0007", "\u001B[31m", "\r\n", "\t", "\uD800", "\uDC00", "\uDBFF\uDFFF",
      "\uFDFA", "ﷺ", "ǅ", "ß", "İ", "ﬁ", "𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞", "!!!", "...", "?!", "'", "\"", "\\", "$",
      "{{", "}}", "@", "#", "://", "1", "00000000000000000000");

  private HostileText() {}

  /** The tokens of one random draft, to join with one space (or more). */
  public static List<String> tokens(long seed) {
    return tokens(seed, true);
  }

  /** The tokens of one random draft; without long tokens when {@code longTokens} is false. */
  public static List<String> tokens(long seed, boolean longTokens) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(40);
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(longTokens ? 10 : 9);
      if (kind < 4) {
        tokens[i] = PHRASES.get(random.nextInt(PHRASES.size()));
      } else if (kind < 9) {
        tokens[i] = HOSTILE.get(random.nextInt(HOSTILE.size()));
      } else {
        tokens[i] = longToken(random);
      }
    }
    return List.of(tokens);
  }

  private static String longToken(Random random) {
    StringBuilder token = new StringBuilder();
    int length = 100 + random.nextInt(2_000);
    while (token.length() < length) {
      int c = random.nextInt(4) == 0 ? random.nextInt(0x110000) : 'a' + random.nextInt(26);
      // Any code point, surrogate halves included: a lone half is exactly the hostile case.
      token.appendCodePoint(c);
    }
    return token.toString();
  }
}
