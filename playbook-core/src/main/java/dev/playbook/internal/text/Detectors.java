package dev.playbook.internal.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.net.IDN;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The built-in detectors of personal data and contact details: email addresses, links, payment
 * card numbers and phone numbers. Stateless and thread-safe.
 */
public final class Detectors {

  /**
   * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
   * an address stands right against the words around it there, so their letters and marks cannot
   * be part of one, or a match would swallow the sentence (and any link in it).
   */
  private static final String UNSPACED =
      "\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Thai}\\p{Lao}\\p{Khmer}\\p{Myanmar}";
  /** A letter or mark of any other script. */
  private static final String LETTER = "[^\\PL" + UNSPACED + "]|[^\\PM" + UNSPACED + "]";

  /**
   * An email address, internationalised ones included (RFC 6531/6532): letters, marks and digits
   * of the scripts written with spaces in the local part and in the domain's labels
   * ("zoë@example.com", "anna@почта.рф"), as the folded text has them.
   */
  static final Pattern EMAIL = Pattern.compile(
      "(?:" + LETTER + "|[\\pN!#$%&'*+/=?^_`{|}~-])+(?:\\.(?:" + LETTER
          + "|[\\pN!#$%&'*+/=?^_`{|}~-])+)*"
          + "@(?:(?:" + LETTER + "|\\pN)(?:(?:" + LETTER + "|[\\pN-])*(?:" + LETTER
          + "|\\pN))?\\.)+(?:" + LETTER + ")(?:" + LETTER + ")+");

  /** The top-level domains of the bare domains that are links ("northbank.com/help"). */
  private static final List<String> LINK_DOMAINS = List.of("com", "org", "net", "edu", "gov",
      "io", "co", "uk", "us", "eu", "de", "fr", "es", "it", "nl", "be", "ie", "au", "ca", "info",
      "biz", "me", "ly", "app", "dev", "ai", "gl", "gd", "tv", "shop", "help", "bank", "link",
      "page", "site", "online", "xyz");

  /**
   * A link: anything starting with a scheme or {@code www.}, or a bare domain ending in a common
   * top-level domain ("northbank.com/help"). Bare domains with other endings are not links here,
   * so "e.g." and "file.txt" are not reported.
   */
  static final Pattern URL = Pattern.compile(
      "(?:https?://|ftp://|www\\.)[^\\s<>\"']+"
          + "|\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
          + "(?:" + String.join("|", LINK_DOMAINS) + ")\\b(?:[/?#][^\\s<>\"']*)?");

  /** The fewest digits a card number has. */
  private static final int CARD_DIGITS = 13;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private Detectors() {}

  /**
   * Every email address. No match of {@link #EMAIL} holds white space as RE2 reads {@code \s}
   * and the pattern has no assertions, so RE2/J runs only on the runs between white space that
   * hold an {@code @}, and finds there what it finds in the whole text.
   */
  public static void emails(NormalizedText text, Spans out) {
    String folded = text.folded();
    if (!mayHaveEmail(folded)) {
      return;
    }
    int n = folded.length();
    Matcher m = null;
    for (int at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at)) {
      int from = at;
      while (from > 0 && !Characters.isRe2Space(folded.charAt(from - 1))) {
        from--;
      }
      while (at < n && !Characters.isRe2Space(folded.charAt(at))) {
        at++;
      }
      String run = folded.substring(from, at);
      m = m == null ? EMAIL.matcher(run) : m.reset(run);
      while (m.find()) {
        out.add(text.originalStartOf(from + m.start()), text.originalEndOf(from + m.end()));
      }
    }
  }

  /**
   * Every link that is not part of an email address, with its host in {@code hosts}.
   *
   * <p>No match of {@link #URL} contains white space as RE2 reads {@code \s}, and a word
   * boundary at the edge of a run of other characters is the same whether the white space is there
   * or the text ends, so the pattern finds exactly the same links run on each such run on its own.
   * It is only run on the runs that show a sign of a link ({@link #nextLinkSign}): replies carry a
   * {@code t.co} link or two among fifty words, and RE2/J costs time in every character it reads.
   */
  public static void urls(NormalizedText text, Spans emails, Spans out, List<String> hosts) {
    String folded = text.folded();
    int n = folded.length();
    Matcher m = null;
    // Where the next "://" is, kept between signs: looking for it again to the end of the text
    // after every sign made a text of many links without one quadratic.
    int scheme = folded.indexOf("://");
    for (int at = nextLinkSign(folded, 0, scheme); at >= 0; ) {
      // To the run's end, noting a character that ends a link: one read of the link's characters.
      int to = at;
      boolean ended = false;
      for (; to < n; to++) {
        char c = folded.charAt(to);
        if (c < 64) {
          long bit = 1L << c;
          if ((bit & RE2_SPACES) != 0) {
            break;
          }
          ended |= (bit & LINK_ENDS) != 0;
        }
      }
      int first = firstLinkStart(folded, at);
      int prefix = ended ? -1 : wholeLinkPrefix(folded, first, to);
      if (prefix >= 0) {
        // After a scheme the host starts right after its "://", which need not be looked for.
        addUrl(text, folded, first, to, prefix == WWW.length() ? -1 : first + prefix, emails,
            out, hosts);
      } else {
        // The character before the first start, if in the run, is read only for \b.
        int read = first > 0 && !Characters.isRe2Space(folded.charAt(first - 1))
            ? first - 1 : first;
        String run = folded.substring(read, to);
        m = m == null ? URL.matcher(run) : m.reset(run);
        while (m.find()) {
          addUrl(text, folded, read + m.start(), read + m.end(), -1, emails, out, hosts);
        }
      }
      if (scheme >= 0 && scheme < to) {
        scheme = folded.indexOf("://", to);
      }
      at = nextLinkSign(folded, to, scheme);
    }
  }

  /** RE2's {@code \s} ({@code [\t\n\f\r ]}) as bits of a long. */
  private static final long RE2_SPACES =
      1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r' | 1L << ' ';
  /** The characters no match of {@link #URL} holds but for white space, as bits of a long. */
  private static final long LINK_ENDS = 1L << '<' | 1L << '>' | 1L << '"' | 1L << '\'';

  /**
   * Where the first match of {@link #URL} in a run between white space may start, the run's
   * first sign of a link being at {@code sign}: no match starts before the stretch of
   * {@code [a-z0-9.-]} that ends at the sign (none of them is white space, so the stretch is in
   * the run). Every match holds a sign ("://", "www." or the dot before its top-level domain)
   * with only such characters between its start and the sign ("https", "www", or labels and
   * dots), and the first sign of the run is at or before the match's, so the characters from the
   * match's start to the first sign are such characters too.
   * In a run of Japanese text ending in "。https://t.co/x" RE2/J need not read the Japanese.
   */
  private static int firstLinkStart(String s, int sign) {
    int i = sign;
    // Most signs are the "://" of "https", all of whose letters the walk would step over.
    if (i >= 5 && s.startsWith("https", i - 5)) {
      i -= 5;
    }
    while (i > 0 && isLinkHead(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isLinkHead(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  /**
   * Whether the rest of a run between white space, from where its first link may start
   * ({@link #firstLinkStart}), is one link to the run's end as {@link #URL} reads it, known without
   * RE2/J, the run holding no character that ends a link ({@code < > " '}; the caller knows): it
   * starts with a scheme or {@code www.} and has another character after it. Then the first
   * alternative of the pattern, which RE2 prefers at the same start, matches it all. Most links
   * in replies are such a run ("https://t.co/AbC123").
   *
   * @return the length of the scheme with its "://" or of {@link #WWW}, or -1 if not such a run
   */
  private static int wholeLinkPrefix(String s, int from, int to) {
    int prefix;
    if (s.startsWith("https://", from)) {
      prefix = 8;
    } else if (s.startsWith("http://", from) || s.startsWith("ftp://", from)) {
      prefix = s.charAt(from) == 'h' ? 7 : 6;
    } else if (s.startsWith(WWW, from)) {
      prefix = WWW.length();
    } else {
      return -1;
    }
    return to - from > prefix ? prefix : -1;
  }

  private static final String WWW = "www.";

  /**
   * Adds the link at {@code [start, end)} of the folded text, but for its trailing punctuation,
   * unless it is part of an email address. {@code hostFrom}: where its host starts when the
   * caller knows the link starts with a scheme, else -1.
   */
  private static void addUrl(NormalizedText text, String folded, int start, int end, int hostFrom,
      Spans emails, Spans out, List<String> hosts) {
    while (end > start && isIn(folded.charAt(end - 1), TRAILING_LOW, TRAILING_HIGH)) {
      end--;
    }
    if (start > 0 && folded.charAt(start - 1) == '@') {
      return;
    }
    int os = text.originalStartOf(start);
    int oe = text.originalEndOf(end);
    if (emails.overlaps(os, oe)) {
      return;
    }
    out.add(os, oe);
    hosts.add(host(text, folded, hostFrom >= 0 ? hostFrom : schemeEnd(folded, start, end), end));
  }

  /**
   * An address needs a character of its local part right before an {@code @}, a letter or digit
   * right after it and a dot further on. The dot is looked for only after such an {@code @}, and
   * forwards ({@code String.lastIndexOf} is a plain loop where {@code indexOf} is vectorised).
   */
  static boolean mayHaveEmail(String s) {
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      // A handle ("@116848") has white space before it: asked first, as it is cheaper.
      if (at > 0 && !Character.isWhitespace(s.charAt(at - 1))) {
        if (s.indexOf('.', at + 1) < 0) {
          return false; // nor after any later @
        }
        if (Character.isLetterOrDigit(s.codePointAt(at + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the next sign of a link is from {@code from} on, or -1: every match of {@link #URL} has
   * "://", "www." or a common top-level domain after a dot, which follows a letter or digit of a
   * label and is a whole ASCII word (so RE2's {@code \b} holds after it: "bit.ly", not "e.g." or
   * "3.5"). The dots and "://" are found with {@code indexOf}, which is much faster than reading
   * the text character by character, and most dots end a sentence, where nothing follows.
   * {@code scheme} is where the first "://" from {@code from} on is, or -1.
   */
  private static int nextLinkSign(String s, int from, int scheme) {
    for (int dot = s.indexOf('.', from); dot >= 0 && (scheme < 0 || dot < scheme);
        dot = s.indexOf('.', dot + 1)) {
      if ((dot > 0 && isLabelEnd(s.charAt(dot - 1)) && isTopLevelDomain(s, dot + 1))
          || (dot >= 3 && s.startsWith("www", dot - 3))) {
        return dot;
      }
    }
    return scheme;
  }

  private static boolean isLabelEnd(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Whether the ASCII word starting at {@code at} (up to the first character that is not
   * {@code [0-9A-Za-z_]}) is one of {@link #URL}'s top-level domains: packed 5 bits a letter.
   */
  private static boolean isTopLevelDomain(String s, int at) {
    int n = Math.min(s.length(), at + TOP_LEVEL_MAX + 1);
    long key = 0;
    int i = at;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        key = key << 5 | (c - 'a' + 1);
      } else if (Prefilter.isWordChar(c)) {
        return false;
      } else {
        break;
      }
    }
    if (i - at > TOP_LEVEL_MAX) {
      return false;
    }
    return i - at >= 2 && Arrays.binarySearch(TOP_LEVEL_DOMAINS, key) >= 0;
  }

  /** {@link #URL}'s top-level domains, packed as {@link #isTopLevelDomain} does, sorted. */
  private static final long[] TOP_LEVEL_DOMAINS = LINK_DOMAINS.stream()
      .mapToLong(tld -> tld.chars().asLongStream().reduce(0, (k, c) -> k << 5 | (c - 'a' + 1)))
      .sorted().toArray();

  /** The length of the longest of {@link #LINK_DOMAINS}. */
  private static final int TOP_LEVEL_MAX =
      LINK_DOMAINS.stream().mapToInt(String::length).max().orElseThrow();

  /** Just after the first "://" in {@code [start, end)}, or {@code start} if none. */
  private static int schemeEnd(String folded, int start, int end) {
    for (int i = start; i + 3 <= end; i++) {
      if (folded.charAt(i) == ':' && folded.charAt(i + 1) == '/' && folded.charAt(i + 2) == '/') {
        return i + 3;
      }
    }
    return start;
  }

  /**
   * The host of the link ending at {@code end} of the folded text, in lower case, as a browser
   * would go to it: from {@code from}, just after the scheme's {@code //} ({@link #schemeEnd}),
   * and any user part up to the last {@code @}, to
   * the first of {@code / ? # :} or a backslash (which browsers read as {@code /} in a web link, so
   * {@code evil.com\@northbank.example} goes to {@code evil.com}). Folding makes look-alike letters
   * plain ones, which is right for matching words but not for telling sites apart: a host written
   * with any character outside ASCII is taken from the original text in its IDNA form (fullwidth
   * letters map to plain ones as browsers map them, while a Cyrillic "о" gives another domain,
   * {@code xn--...}), and one that IDNA refuses is kept as written, in lower case.
   */
  private static String host(NormalizedText text, String folded, int from, int end) {
    int to = from;
    while (to < end && !isIn(folded.charAt(to), HOST_ENDS_LOW, HOST_ENDS_HIGH)) {
      to++;
    }
    for (int i = to - 1; i >= from; i--) {
      if (folded.charAt(i) == '@') {
        from = i + 1;
        break;
      }
    }
    if (text.isAscii() || from >= to) {
      return folded.substring(from, to);
    }
    String written = text.original().substring(text.originalStartOf(from),
        text.originalEndOf(to));
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) >= 0x80) {
        try {
          return IDN.toASCII(written, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
          return written.toLowerCase(Locale.ROOT);
        }
      }
    }
    return folded.substring(from, to);
  }

  /**
   * Whether an ASCII character is in the set given as bits of two longs (characters below 64,
   * then 64 to 127): a bit test where {@code String.indexOf} on a short constant cost a call and a
   * loop for every character.
   */
  private static boolean isIn(char c, long low, long high) {
    return c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0;
  }

  /**
   * The characters of {@code chars} from {@code base} to {@code base + 63}, as bits of a long
   * (bit {@code c - base} for character {@code c}).
   */
  private static long bits(String chars, int base) {
    long bits = 0;
    for (int i = 0; i < chars.length(); i++) {
      int c = chars.charAt(i) - base;
      if (c >= 0 && c < 64) {
        bits |= 1L << c;
      }
    }
    return bits;
  }

  /** What is cut from a link's end (sentence punctuation, closing brackets, quotes). */
  private static final String TRAILING = ".,;:!?)]}'\"";
  private static final long TRAILING_LOW = bits(TRAILING, 0);
  private static final long TRAILING_HIGH = bits(TRAILING, 64);
  /** What ends a link's host: see {@link #host}. */
  private static final String HOST_ENDS = "/?#:\\";
  private static final long HOST_ENDS_LOW = bits(HOST_ENDS, 0);
  private static final long HOST_ENDS_HIGH = bits(HOST_ENDS, 64);

  /** Whether a host is one of the domains or a subdomain of one. */
  public static boolean hostAllowed(String host, List<String> domains) {
    for (String domain : domains) {
      // No "." + d for every link and domain: the dot is read in place.
      String d = domain.toLowerCase(Locale.ROOT);
      int dot = host.length() - d.length() - 1;
      if (host.endsWith(d) && (dot < 0 || host.charAt(dot) == '.')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every payment card number: 13 to 19 digits, a space or dash between two of them at most,
   * standing as a whole word ({@code \b\d(?:[ -]?\d){12,18}\b}, found left to right as RE2
   * finds it), with a valid Luhn checksum.
   */
  public static void cardNumbers(NormalizedText text, Spans out) {
    String folded = text.folded();
    if (text.digitRun() < CARD_DIGITS || !hasCardDigits(folded)) {
      return;
    }
    // A match is digits, spaces and dashes only: it lies in one stretch of them, with 13 digits
    // or more, and the characters on each side of the stretch are no part of it.
    char[] s = text.chars();
    int n = folded.length();
    for (int i = CARD_DIGITS - 1; i < n; ) {
      if (!isCardPart(s[i])) {
        i += CARD_DIGITS;
        continue;
      }
      int start = i;
      while (start > 0 && isCardPart(s[start - 1])) {
        start--;
      }
      int end = start;
      int digits = 0;
      for (char c; end < n && isCardPart(c = s[end]); end++) {
        digits += c >= '0' && c <= '9' ? 1 : 0;
      }
      if (digits >= CARD_DIGITS) {
        cardsInStretch(text, s, n, start, end, out);
      }
      // The next stretch of 13 starts after the character that ends this one.
      i = end + CARD_DIGITS;
    }
  }

  /**
   * The card numbers in a stretch {@code [start, end)} of digits, spaces and dashes, as RE2's
   * leftmost-first search for {@code \b\d(?:[ -]?\d){12,18}\b} finds them (without RE2/J,
   * which reads every character of the stretch in every thread of its machine). From a start, the
   * digits the greedy repetition can take are fixed: the next character if a digit, else the one
   * after a space or dash. It takes as many as it can (18 at most), then gives back digits until
   * {@code \b} holds after the last one: where a space or dash follows it, or a character that is
   * not an ASCII word character ({@code [0-9A-Za-z_]}, as RE2 reads {@code \b}) ends the stretch.
   * A start needs {@code \b} before its digit.
   */
  private static void cardsInStretch(NormalizedText text, char[] s, int n, int start, int end,
      Spans out) {
    int[] ends = new int[CARD_DIGITS + 6];
    int p = start;
    while (p < end) {
      if (!isAsciiDigit(s[p]) || (p > 0 && Prefilter.isWordChar(s[p - 1]))) {
        p++;
        continue;
      }
      // ends[k]: just after the (k + 1)th digit taken
      int taken = 0;
      int last = p;
      ends[taken++] = p + 1;
      while (taken < ends.length) {
        int next = last + 1;
        if (next < end && !isAsciiDigit(s[next])) {
          next++; // a space or dash, then a digit or nothing to take
        }
        if (next >= end || !isAsciiDigit(s[next])) {
          break;
        }
        last = next;
        ends[taken++] = next + 1;
      }
      int match = -1;
      for (int k = taken - 1; k >= CARD_DIGITS - 1; k--) {
        int e = ends[k];
        if (e == n || !Prefilter.isWordChar(s[e])) {
          match = e;
          break;
        }
      }
      if (match < 0) {
        p++;
        continue;
      }
      if (luhn(text.folded(), p, match)) {
        out.add(text.originalStartOf(p), text.originalEndOf(match));
      }
      p = match;
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The Luhn checksum over the digits in {@code [start, end)}. */
  static boolean luhn(CharSequence s, int start, int end) {
    int sum = 0;
    boolean twice = false;
    for (int i = end - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Every phone number libphonenumber finds as VALID for the region (numbers with a country code
   * are read whatever the region) that overlaps a run of at least {@value #MIN_PHONE_DIGITS}
   * digits, separated by at most one space, dot, dash, slash or bracket, standing outside links,
   * email addresses (both given, as original ranges) and handles ({@code @} and the word after
   * it), and that is not itself in one of those: the digits of {@code example.com/help/02079460018}
   * or {@code @02079460018} are not a number a person wrote to be called, and the numbers worth
   * reporting have such a run.
   *
   * <p>libphonenumber is thorough but slow (about 10 µs for each candidate, and every digit in a
   * text starts one), so it reads only a window around each such run: from the last character
   * before the run that no candidate of libphonenumber can hold ({@link #isPhoneBar}, such as the
   * {@code m} of "Team") to the first one after it. No candidate reaches across such a character,
   * so the candidates libphonenumber tries in the whole text from there on are the ones it tries in
   * the window: the same text, the same character on each side of each candidate (it reads no
   * further, but for the three characters of a time's {@code :30}, which stop at the character
   * too). Fewer words in a window than before (three on each side) means fewer candidates to read,
   * such as the {@code 8} of "available M-F 8AM-8PM" after a number; and those words were not
   * enough either, since a candidate may hold an extension's label ("1 ext 2 ext 3 ext 020 7946
   * 0018"): where libphonenumber started reading decided where its candidates were cut.
   */
  public static void phoneNumbers(String original, String region, Spans links, Spans emails,
      Spans out) {
    Spans runs = new Spans(1);
    phoneDigitRuns(original, links, emails, runs);
    for (int r = 0; r < runs.size(); ) {
      int from = Math.max(0, phoneBarBefore(original, runs.start(r), 0));
      int to = phoneBarAfter(original, runs.end(r));
      // Runs with no bar between them are read in one window, so a number is never cut in two.
      for (r++; r < runs.size() && phoneBarBefore(original, runs.start(r), to) < 0; r++) {
        if (runs.end(r) > to) {
          to = phoneBarAfter(original, runs.end(r));
        }
      }
      String window = original.substring(from, to);
      if (!PhoneScreen.mayHoldValidNumber(window, region)) {
        continue;
      }
      for (PhoneNumberMatch match :
          PHONES.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        int start = from + match.start();
        int end = from + match.end();
        if (runs.overlaps(start, end) && !links.overlaps(start, end)
            && !emails.overlaps(start, end) && !inHandle(original, start)) {
          out.add(start, end);
        }
      }
    }
  }


  /**
   * Where the last character that no phone number candidate holds ({@link #isPhoneBar}) before
   * {@code at} and at or after {@code floor} is, or -1: each character is read once, as the floor
   * of the next run's walk is where the window before it ends.
   */
  private static int phoneBarBefore(String s, int at, int floor) {
    for (int i = at - 1; i >= floor; i--) {
      if (isPhoneBar(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a window ending after {@code at} ends: after the first character from {@code at} on that
   * no candidate holds, or at the text's end.
   */
  private static int phoneBarAfter(String s, int at) {
    int n = s.length();
    for (int i = at; i < n; i++) {
      if (isPhoneBar(s.charAt(i))) {
        return i + 1;
      }
    }
    return n;
  }

  /**
   * Whether no candidate of libphonenumber's {@code PhoneNumberMatcher} can hold the character.
   * Its candidates are digits, its punctuation ({@code PhoneNumberUtil.VALID_PUNCTUATION}: dashes,
   * {@code x}, spaces, brackets, dots, slashes, tildes), plus signs, and an extension: a label
   * ({@code ext}, {@code extension}, {@code anexo}, {@code int}, {@code x}, {@code #}, {@code ~},
   * {@code ;ext=}, in any case) between {@code , : . - #}, spaces and tabs. So no ASCII character
   * outside those is in one, nor a CJK ideograph, kana (but the long vowel mark "ー", which it
   * reads as a dash) or hangul syllable. Other characters are taken to be possible: a window is
   * then only larger.
   */
  static boolean isPhoneBar(char c) {
    return c < 128 ? PHONE_BARS[c] : isLetterWord(c);
  }

  /** The ASCII characters that may stand in a candidate: see {@link #isPhoneBar}. */
  private static final String PHONE_CANDIDATE_ASCII = "0123456789 \t()[]+-./~,;=:#aeinostxAEINOSTX";

  private static final boolean[] PHONE_BARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      PHONE_BARS[c] = PHONE_CANDIDATE_ASCII.indexOf(c) < 0;
    }
  }

  /**
   * A CJK ideograph, kana or hangul syllable, in scripts written without spaces
   * ("フリーダイヤル：0120-999-373へ"). ("ー", which libphonenumber reads as a dash, is not
   * one.)
   */
  private static boolean isLetterWord(char c) {
    return c >= 0x3040 && c != '\u30FC'
        && ((c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF));
  }

  /**
   * Whether the text may hold a phone number worth reporting: its digits stand close enough
   * together for a run of {@value #MIN_PHONE_DIGITS} ({@link NormalizedText#digitRun}), known
   * from the fold without reading the text again. {@link #phoneNumbers} looks at the runs
   * themselves.
   */
  public static boolean mayHavePhoneNumber(NormalizedText text) {
    return text.digitRun() >= MIN_PHONE_DIGITS;
  }

  /** The fewest digits a phone number worth reporting has. */
  static final int MIN_PHONE_DIGITS = 7;

  /** Whether {@code at} is in a handle: word characters back to an {@code @} that starts one. */
  private static boolean inHandle(String s, int at) {
    if (!Prefilter.isWordChar(s.charAt(at))) {
      return false;
    }
    int i = at;
    while (i > 0 && Prefilter.isWordChar(s.charAt(i - 1))) {
      i--;
    }
    return i > 0 && s.charAt(i - 1) == '@' && (i == 1 || !Prefilter.isWordChar(s.charAt(i - 2)));
  }

  /**
   * Every run of digits (from its first to its last digit) that reaches
   * {@value #MIN_PHONE_DIGITS} digits outside links and emails, with at most one space, dot, dash,
   * slash or bracket between two digits (a {@code +} or {@code (} may follow one); handles are
   * skipped.
   */
  private static void phoneDigitRuns(String s, Spans links, Spans emails, Spans out) {
    int digits = 0;
    int first = 0;
    int last = 0;
    boolean reachesMin = false;
    boolean separated = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (digits == 0) {
        // Outside a run only a digit or the @ of a handle matters: skip to the next of either.
        while (c != '@' && !isDigit(c)) {
          if (++i == n) {
            return;
          }
          c = s.charAt(i);
        }
      }
      if (isDigit(c)) {
        if (digits++ == 0) {
          first = i;
        }
        last = i;
        reachesMin = reachesMin || (digits >= MIN_PHONE_DIGITS && !links.overlaps(i, i + 1)
            && !emails.overlaps(i, i + 1));
        separated = false;
        continue;
      }
      boolean handle = c == '@' && (i == 0 || !Prefilter.isWordChar(s.charAt(i - 1)));
      if (!handle && !separated && digits > 0 && isPhoneSeparator(c)) {
        separated = true;
      } else if (handle || (c != '+' && c != '(')) {
        if (reachesMin) {
          out.add(first, last + 1);
        }
        digits = 0;
        reachesMin = false;
        separated = false;
        while (handle && i + 1 < n && Prefilter.isWordChar(s.charAt(i + 1))) {
          i++;
        }
      }
    }
    if (reachesMin) {
      out.add(first, last + 1);
    }
  }

  /**
   * {@link Character#isDigit}, with no look-up for the characters below U+0660 (the first digit
   * outside ASCII).
   */
  private static boolean isDigit(char c) {
    return c < '\u0660' ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** What may stand between the digits of a phone number: {@code " .-/()+"} and U+00A0. */
  private static boolean isPhoneSeparator(char c) {
    return c < 64 ? (PHONE_SEPARATORS >>> c & 1) != 0 : c == '\u00A0';
  }

  /** {@link #isPhoneSeparator}'s ASCII characters as bits of a long. */
  private static final long PHONE_SEPARATORS = bits(" .-/()+", 0);

  /**
   * Whether 13 digits stand in a row with at most one space or dash between two of them, as every
   * card number needs: most texts with digits (dates, order and account numbers) have no
   * such run, and RE2/J is not cheap. Read 13 characters apart: such a
   * run is a stretch of at least 13 digits, spaces and dashes.
   */
  static boolean hasCardDigits(String s) {
    int n = s.length();
    int from = 0;
    for (int i = CARD_DIGITS - 1; i < n; ) {
      if (!isCardPart(s.charAt(i))) {
        i += CARD_DIGITS;
        continue;
      }
      int start = i;
      while (start > from && isCardPart(s.charAt(start - 1))) {
        start--;
      }
      int digits = 0;
      boolean separated = false;
      int at = start;
      for (; at < n; at++) {
        char c = s.charAt(at);
        if (c >= '0' && c <= '9') {
          if (++digits >= CARD_DIGITS) {
            return true;
          }
          separated = false;
        } else if (c == ' ' || c == '-') {
          if (digits > 0 && !separated) {
            separated = true;
          } else {
            digits = 0;
            separated = false;
          }
        } else {
          break;
        }
      }
      from = at + 1;
      i = at + CARD_DIGITS;
    }
    return false;
  }

  private static boolean isCardPart(char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '-';
  }
}
