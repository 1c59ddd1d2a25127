package dev.playbook.internal.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.danishStemmer;
import org.tartarus.snowball.ext.dutchStemmer;
import org.tartarus.snowball.ext.englishStemmer;
import org.tartarus.snowball.ext.finnishStemmer;
import org.tartarus.snowball.ext.frenchStemmer;
import org.tartarus.snowball.ext.germanStemmer;
import org.tartarus.snowball.ext.hungarianStemmer;
import org.tartarus.snowball.ext.italianStemmer;
import org.tartarus.snowball.ext.norwegianStemmer;
import org.tartarus.snowball.ext.portugueseStemmer;
import org.tartarus.snowball.ext.romanianStemmer;
import org.tartarus.snowball.ext.russianStemmer;
import org.tartarus.snowball.ext.spanishStemmer;
import org.tartarus.snowball.ext.swedishStemmer;
import org.tartarus.snowball.ext.turkishStemmer;

/**
 * How words of one language are reduced to a key, so "refunds" in a draft meets "refund" in a
 * phrase.
 *
 * <p>A word's key is its Snowball stem. Snowball alone leaves gaps that matter here: it stems
 * {@code sue} to "sue" but {@code sued} and {@code suing} to "su"; {@code injury} to "injuri" but
 * {@code injured} to "injur"; British {@code hospitalised} to "hospitalis" but {@code hospital} to
 * "hospit"; and it knows no irregular verbs ({@code stole}, {@code stolen}). So for English a
 * phrase word is first expanded into its inflections (regular suffixes with the usual spelling
 * changes, plus a table of irregular forms), and the phrase accepts the key of any of them; British
 * {@code -ise}/{@code -yse} spellings are folded to {@code -ize}/{@code -yze} on both sides before
 * stemming. The text side only ever computes one key per word, so checking stays cheap; all the
 * expansion happens once, when a playbook is compiled. Words of one or two letters are not
 * expanded ({@code hi} must not accept "his").
 *
 * <p>Languages without a Snowball stemmer (Welsh, for example) match words as written (after
 * normalisation). Immutable and thread-safe; {@link #newStemmer()} hands out a stemmer for one
 * thread.
 */
public final class Lexicon {

  private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
      Map.entry("be", List.of("am", "is", "are", "was", "were", "been", "being")),
      Map.entry("break", List.of("broke", "broken")),
      Map.entry("bring", List.of("brought")),
      Map.entry("buy", List.of("bought")),
      Map.entry("catch", List.of("caught")),
      Map.entry("child", List.of("children")),
      Map.entry("choose", List.of("chose", "chosen")),
      Map.entry("die", List.of("dying")),
      Map.entry("do", List.of("did", "done", "does")),
      Map.entry("fall", List.of("fell", "fallen")),
      Map.entry("feel", List.of("felt")),
      Map.entry("fight", List.of("fought")),
      Map.entry("find", List.of("found")),
      Map.entry("forget", List.of("forgot", "forgotten")),
      Map.entry("freeze", List.of("froze", "frozen")),
      Map.entry("get", List.of("got", "gotten")),
      Map.entry("give", List.of("gave", "given")),
      Map.entry("go", List.of("went", "gone", "goes")),
      Map.entry("have", List.of("has", "had")),
      Map.entry("hear", List.of("heard")),
      Map.entry("hide", List.of("hid", "hidden")),
      Map.entry("hold", List.of("held")),
      Map.entry("keep", List.of("kept")),
      Map.entry("leave", List.of("left")),
      Map.entry("lend", List.of("lent")),
      Map.entry("lie", List.of("lying", "lay", "lain", "lied")),
      Map.entry("lose", List.of("lost")),
      Map.entry("make", List.of("made")),
      Map.entry("man", List.of("men")),
      Map.entry("mean", List.of("meant")),
      Map.entry("mislead", List.of("misled")),
      Map.entry("pay", List.of("paid")),
      Map.entry("person", List.of("people")),
      Map.entry("run", List.of("ran")),
      Map.entry("say", List.of("said")),
      Map.entry("sell", List.of("sold")),
      Map.entry("send", List.of("sent")),
      Map.entry("speak", List.of("spoke", "spoken")),
      Map.entry("spend", List.of("spent")),
      Map.entry("steal", List.of("stole", "stolen")),
      Map.entry("swear", List.of("swore", "sworn")),
      Map.entry("take", List.of("took", "taken")),
      Map.entry("teach", List.of("taught")),
      Map.entry("tell", List.of("told")),
      Map.entry("think", List.of("thought")),
      Map.entry("tie", List.of("tying")),
      Map.entry("understand", List.of("understood")),
      Map.entry("win", List.of("won")),
      Map.entry("woman", List.of("women")),
      Map.entry("write", List.of("wrote", "written")));

  private static final Map<String, String> LEMMA_OF_IRREGULAR = lemmas();

  private final String language;
  private final Supplier<SnowballStemmer> snowball;

  private Lexicon(String language, Supplier<SnowballStemmer> snowball) {
    this.language = language;
    this.snowball = snowball;
  }

  /** The lexicon for a locale's language; English when the locale has no language. */
  public static Lexicon forLocale(Locale locale) {
    String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    return new Lexicon(language, stemmerFor(language));
  }

  private static Supplier<SnowballStemmer> stemmerFor(String language) {
    switch (language) {
      case "en": return englishStemmer::new;
      case "da": return danishStemmer::new;
      case "nl": return dutchStemmer::new;
      case "fi": return finnishStemmer::new;
      case "fr": return frenchStemmer::new;
      case "de": return germanStemmer::new;
      case "hu": return hungarianStemmer::new;
      case "it": return italianStemmer::new;
      case "no": case "nb": case "nn": return norwegianStemmer::new;
      case "pt": return portugueseStemmer::new;
      case "ro": return romanianStemmer::new;
      case "ru": return russianStemmer::new;
      case "es": return spanishStemmer::new;
      case "sv": return swedishStemmer::new;
      case "tr": return turkishStemmer::new;
      default: return null;
    }
  }

  /** The ISO 639 language whose words this lexicon stems, such as {@code en}. */
  public String language() {
    return language;
  }

  /** Whether this language has a stemmer (otherwise words match as written). */
  public boolean stems() {
    return snowball != null;
  }

  /** A stemmer for use by one thread at a time. */
  public Stemmer newStemmer() {
    return new Stemmer(snowball == null ? null : snowball.get(), "en".equals(language));
  }

  /**
   * The keys a phrase word accepts: the key of the word and of each of its inflections. Used when
   * compiling; folded input (see {@link NormalizedText}) expected.
   */
  public Set<String> acceptedKeys(String word, Stemmer stemmer) {
    Set<String> keys = new LinkedHashSet<>();
    for (String form : inflections(word)) {
      keys.add(stemmer.key(form));
    }
    return keys;
  }

  /**
   * The word and its inflected forms (English only; other languages rely on their stemmer):
   * generous on purpose, so it holds forms no one writes ("sueed" beside "sued").
   */
  public Set<String> inflections(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    if (!"en".equals(language) || word.length() < 3 || !isAsciiLetters(word)) {
      return forms;
    }
    String lemma = LEMMA_OF_IRREGULAR.getOrDefault(word, word);
    forms.add(lemma);
    forms.addAll(IRREGULAR.getOrDefault(lemma, List.of()));
    addRegular(lemma, forms);
    return forms;
  }

  private static void addRegular(String w, Set<String> forms) {
    int n = w.length();
    char last = w.charAt(n - 1);
    forms.add(w + "s");
    forms.add(w + "es");
    forms.add(w + "ed");
    forms.add(w + "ing");
    if (last == 'e') {
      forms.add(w + "d");
      forms.add(w.substring(0, n - 1) + "ing");
      if (w.endsWith("ie")) {
        forms.add(w.substring(0, n - 2) + "ying");
      }
    }
    if (last == 'y' && !isVowel(w.charAt(n - 2))) {
      String stem = w.substring(0, n - 1);
      forms.add(stem + "ies");
      forms.add(stem + "ied");
      forms.add(stem + "ed");
      forms.add(stem + "e");
    }
    if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y'
        && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))) {
      forms.add(w + last + "ed");
      forms.add(w + last + "ing");
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isAsciiLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> lemmas() {
    Map<String, String> map = new java.util.HashMap<>();
    IRREGULAR.forEach((lemma, forms) -> forms.forEach(f -> map.putIfAbsent(f, lemma)));
    return Map.copyOf(map);
  }

  /** Reduces words to keys. Not thread-safe: Snowball stemmers keep state. */
  public static final class Stemmer {
    private static final String[][] BRITISH_ENDINGS = {
      {"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"},
      {"ises", "izes"}, {"ising", "izing"}, {"iser", "izer"}, {"isers", "izers"},
      {"yse", "yze"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"ysing", "yzing"}
    };

    private final SnowballStemmer snowball;
    private final boolean english;

    Stemmer(SnowballStemmer snowball, boolean english) {
      this.snowball = snowball;
      this.english = english;
    }

    /** The key of one folded word. */
    public String key(String word) {
      if (snowball == null || !Character.isLetter(word.charAt(0))) {
        return word;
      }
      snowball.setCurrent(english ? americanSpelling(word) : word);
      snowball.stem();
      return snowball.getCurrent();
    }

    private static String americanSpelling(String word) {
      int n = word.length();
      if (n < 6 || word.indexOf('s', n - 9 < 0 ? 0 : n - 9) < 0) {
        return word;
      }
      for (String[] ending : BRITISH_ENDINGS) {
        if (word.endsWith(ending[0]) && n - ending[0].length() >= 3) {
          return word.substring(0, n - ending[0].length()) + ending[1];
        }
      }
      return word;
    }
  }
}
