package dev.playbook.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in detectors find exactly what their plain definition finds, however they narrow
 * down where to look.
 */
class DetectorsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "see https://t.co/AbC1d2 and www.northbank.com/help.", "mail me at a.b@northbank.com",
      "x northbank.co.uk/a?b=1#c) end", "e.g. file.txt", "bit.ly\tt.co\nwww.x\rftp://a\fb.io",
      "@t.co user@host.com/path", "(https://x.org/a_b), \"www.y.com\"", "a.b.c.d.com.", "",
      "HTTPS://T.CO/ABC", "ｗｗｗ.example.com", "visit\u00A0northbank.com now", "x.co.ukk x.cob",
      "https://", "www.", ".com", "a..com", "-a.com a-.com 1.io _x.io", "https://t.co/a\"b c",
      "www.x<y", "ftp://' http://x\u000By https://\ud83d\ude00 www.. www.a.com>b http:/x.com",
      "e.g. 3.5 a.COM x.com_ y.coma z.co1 w.io- v.info/x u.online. t.onlinee s.xyzonline",
      "x.cómo y.comé 9.ly/a -.io a_.io A.io a.b.c.online ..help #.bank",
      "ご参照ください。https://t.co/vcrraqmtn0", "(https://t.co/at5o0wcn4v)?",
      "visit https://t.co/kltmt6e9ky to", "help: https://support.x.com/c",
      "xhttps://t.co/a a.b-https://t.co/b 3.www.x.com _www.y.com a-b.co.uk-http://z.io",
      "https://user@host.com:8080/a http://a@b@c.io/x?y://z www.a.com://b",
      "https://. https://: https://:8080/x ftp://u@h.io/ https://a\\@b.com/x http://)",
      "zhttps://x.io 1https://y.io? -https://z.io. https.https://w.io ahttp://v.io",
      "HTTPS://A.B.COM:80 ftp://ftp://x.io www.https://a.io https://www.x.com#y"})
  void linksAreWhatTheWholeTextRegexFinds(String text) {
    assertSameLinks(text);
  }

  @Test
  void linksInRandomTextAreWhatTheWholeTextRegexFinds() {
    String[] parts = {"a", "b", "z", "0", "9", ".", ".", "/", ":", "://", "www", "http", "https",
        "ftp", "com", "co", "uk", "io", "-", "_", "@", "?", "#", "\"", "'", "<", ">", ")", ",",
        " ", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "é", "\u200B", "t.co/x1",
        "https://", "http://", "ftp://", "www.", "info", "online", "ly", "C", "O", "M", "。",
        "ア", "ください。", "h", "w", "ttps://", "x.", " https://t.co/a"};
    Random random = new Random(20261201);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      assertSameLinks(text.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mail me at a.b@northbank.com", "@116848 x a@b.co", "anna@почта.рф and zoë@example.com",
      "a@\u0301b.com x@y.com", "x@y.com\t@z a@b@c.de", "me@host", "@a.com", "a @b.com", "",
      "a@b.c.com. then b@c.io, c@d.org)", "a@b.com.x@y.com", "\u4e2d@b.com a@\u4e2d.com"})
  void emailsAreWhatTheWholeTextRegexFinds(String text) {
    assertSameEmails(NormalizedText.of(text));
  }

  @Test
  void emailsInRandomTextAreWhatTheWholeTextRegexFinds() {
    String[] parts = {"a", "b", "0", ".", ".", "@", "@", "-", "_", "+", "com", "co", " ", "\t",
        "\n", "\u00A0", "é", "\u0301", "\u4e2d", "a@b.com", "(", ")", "<", ">", "@user1 ",
        "x@", "@y", "。"};
    Random random = new Random(20261202);
    int found = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int k = 0; k < length; k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      found += assertSameEmails(NormalizedText.of(text.toString()));
    }
    assertThat(found).as("emails, so the test can fail").isGreaterThan(1_000);
  }

  /**
   * Links, emails and phone numbers (in regions with different rules) in the real replies and the
   * messages they answer are what the plain definitions find in the whole text.
   */
  @Test
  void detectorsFindInRealRepliesWhatTheWholeTextGives() throws IOException {
    Path corpus = Path.of(System.getProperty("playbook.corpus",
        "../../shared/corpus/real_replies.jsonl"));
    if (!Files.isRegularFile(corpus)) {
      corpus = Path.of("../../../shared/corpus/real_replies.jsonl");
    }
    assumeTrue(Files.isRegularFile(corpus), "the shared corpus is not there");
    ObjectMapper json = new ObjectMapper();
    int emails = 0;
    int links = 0;
    int phones = 0;
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      JsonNode reply = json.readTree(line);
      for (String field : List.of("reply", "inbound")) {
        String original = reply.path(field).asText("");
        emails += assertSameEmails(NormalizedText.of(original));
        links += assertSameLinks(original);
        phones += assertSamePhoneNumbers(original, List.of("GB", "US", "DE", "JP"));
      }
    }
    assertThat(List.of(emails, links, phones)).as("emails, links, phone numbers found")
        .allMatch(count -> count > 2);
  }

  /** The emails found are those the pattern finds in the whole text; how many. */
  private static int assertSameEmails(NormalizedText text) {
    Spans found = new Spans(1);
    Detectors.emails(text, found);
    // The whole text, whatever mayHaveEmail says: so the quick look is tested too.
    Spans expected = new Spans(1);
    Matcher m = Detectors.EMAIL.matcher(text.folded());
    while (m.find()) {
      expected.add(text.originalStartOf(m.start()), text.originalEndOf(m.end()));
    }
    assertThat(spans(found)).as("emails in \"%s\"", text.original()).isEqualTo(spans(expected));
    return expected.size();
  }

  /** The links found are those the pattern finds in the whole text; how many. */
  private static int assertSameLinks(String original) {
    NormalizedText text = NormalizedText.of(original);
    Spans emails = new Spans(1);
    Detectors.emails(text, emails);
    Spans found = new Spans(1);
    List<String> hosts = new ArrayList<>();
    Detectors.urls(text, emails, found, hosts);

    Spans expected = new Spans(1);
    List<String> expectedHosts = new ArrayList<>();
    String folded = text.folded();
    Matcher m = Detectors.URL.matcher(folded);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (end > start && ".,;:!?)]}'\"".indexOf(folded.charAt(end - 1)) >= 0) {
        end--;
      }
      if (start > 0 && folded.charAt(start - 1) == '@') {
        continue;
      }
      int os = text.originalStartOf(start);
      int oe = text.originalEndOf(end);
      if (emails.overlaps(os, oe)) {
        continue;
      }
      expected.add(os, oe);
      String url = folded.substring(start, end);
      int from = url.indexOf("://") < 0 ? 0 : url.indexOf("://") + 3;
      int to = from;
      while (to < url.length() && "/?#:\\".indexOf(url.charAt(to)) < 0) {
        to++;
      }
      from = Math.max(from, url.substring(0, to).lastIndexOf('@') + 1);
      // A host written with characters outside ASCII is the original's, in its IDNA form.
      String written = from >= to ? "" : original.substring(text.originalStartOf(start + from),
          text.originalEndOf(start + to));
      String host = url.substring(from, to);
      if (!written.chars().allMatch(c -> c < 0x80)) {
        try {
          host = IDN.toASCII(written, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
          host = written.toLowerCase(Locale.ROOT);
        }
      }
      expectedHosts.add(host);
    }
    assertThat(spans(found)).as("links in \"%s\"", original).isEqualTo(spans(expected));
    assertThat(hosts).as("hosts in \"%s\"", original).isEqualTo(expectedHosts);
    return expected.size();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "call 020 7946 0018 today", "+44 (0) 20 7946 0018 ext. 12", "on 0800 123 4567.",
      "Home Lending at 1-800-848-9136 available M-F 8AM-8PM", "tel:02079460018", "@02079460018",
      "see example.com/help/02079460018 or 020 7946 0018", "2017-08-15 12:30 then 07700 900123",
      "0120-999-373へ直接ご連絡ください", "02079460018 and 0161 496 0000 and 0113 496 0999",
      "020 7946 0018 / 0161 496 0000", "pages 211-227 (2003) 020 7946 0018", "x 07700900123 x",
      "abc02079460018 02079460018def", "£07700900123 07700 900 123%", "+1 800 848 9136 x 555",
      "サインインが出来ない場合は、フリーダイヤル：0120-999-373へ直接ご連絡ください。ET",
      "电话02079460018或+44 20 7946 0018转12", "전화 020-7946-0018로 연락", "ー0120ー999ー373ー",
      "1 ext 2 ext 3 ext 020 7946 0018 ext 22", "2 ext 3 ext 020 7946 0018 ext 22",
      "1 ext 2 ext 3 ext 4 ext 020 7946 0018 ext 22", "9 int 8 x 7 ext 020 7946 0018",
      "Team at 1-800-848-9136 available M-F 8AM-8PM", "12 anexo 3;ext=4 020 7946 0018 EXT 5",
      "on 2017-08-15 12:30 call 07700 900123:45 or 07700 900124*"})
  void phoneNumbersAreWhatTheWholeTextGives(String text) {
    assertSamePhoneNumbers(text, List.of("GB", "US"));
  }

  @Test
  void phoneNumbersInRandomTextAreWhatTheWholeTextGives() {
    String[] parts = {"020", "7946", "0018", "0800", "123", "4567", "07700", "900123", "+44",
        "(0)", "1-800-848-9136", "0161 496 0000", "12", "2017-08-15", "12:30", "3/10/2011", "ext",
        "ext.", "x", "#", " ", " ", " ", "  ", "\n", "\u00A0", "-", ".", "/", "(", ")", "+", "call",
        "us", "on", "at", "abc", "£", "%", "@", "@user1", "https://t.co/", "a@b.com", "é", "へ",
        "ご連絡", "ー", "：", "。", "电话", "전화", "\uD840\uDC00",
        ":", ",", ";", " ext ", " x ", " int ", ";ext=", "anexo", "EXT", "~", "*", "!", "Team",
        "a", "to", "ó", "1", "7", "ｘ", "доб", ":30", "0", "44"};
    Random random = new Random(20261123);
    for (int i = 0; i < 6_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      assertSamePhoneNumbers(text.toString(), List.of("GB", "US"));
    }
  }

  /**
   * Example numbers of many regions, of every type and in every format, among words that bound a
   * window and words that do not, with extensions and other digits near: what the whole text
   * gives, read in the region and in GB.
   */
  @Test
  void generatedNumbersOfManyRegionsAreWhatTheWholeTextGives() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    String[] before = {"call ", "at ", "Team at ", "to ", "ext 1 ", "on 12 ", "(", "tel:", "x",
        "電話", "", "no. ", "2017-08-15 ", "a 1 ext 2 int 3 ", "£", "Tel.: "};
    String[] after = {"", " now", " ext. 12", " x 5", ".", " or 12", ":30", " and 0161 496 0000",
        "へ", " M-F 8AM", "#", " int 7 ok", "abc", ")", " / 68"};
    Random random = new Random(20261215);
    int numbers = 0;
    for (String region : List.of("GB", "US", "DE", "FR", "JP", "IN", "BR", "AU", "CN", "KR", "RU",
        "MX", "IT", "ES", "NL", "ZA", "NG", "KE")) {
      for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber example =
            util.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        for (PhoneNumberUtil.PhoneNumberFormat format :
            PhoneNumberUtil.PhoneNumberFormat.values()) {
          String number = util.format(example, format);
          String text = before[random.nextInt(before.length)] + number
              + after[random.nextInt(after.length)];
          numbers += assertSamePhoneNumbers(text, List.of(region, "GB"));
        }
      }
    }
    assertThat(numbers).as("numbers found, so the test can fail").isGreaterThan(300);
  }

  /**
   * A window {@link PhoneScreen.mayHoldValidNumber} decides holds no VALID number holds none for
   * {@code findNumbers}, in every region libphonenumber knows: numbers of every type, in every
   * format, written as they are, with a digit more or less, behind a trunk or country code or
   * international prefix, regrouped, among words and dates, and random digits.
   */
  @Test
  void aWindowDecidedEmptyHoldsNoValidNumberInAnyRegion() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    String[] before = {"l ", "at ", "ル：", "(", "", "g. ", "to (", "a ( ", "on ", "x ", "ext "};
    String[] after = {" to h", " im", "へ", ". ^", "\u200B sh", "am", "", ", b", ")", " ext"};
    String[] prefixes = {"", "", "", "1-", "1 ", "0", "00", "011 ", "0-", "9", "15 ", "8 ",
        "810 ", "2", "(0)"};
    Random random = new Random(20261124);
    int decided = 0;
    int windows = 0;
    for (String region : new java.util.TreeSet<>(util.getSupportedRegions())) {
      List<String> numbers = new ArrayList<>();
      String cc = String.valueOf(util.getCountryCodeForRegion(region));
      for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber example =
            util.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        String national = util.format(example, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        String nsn = util.getNationalSignificantNumber(example);
        numbers.add(national);
        numbers.add(nsn);
        numbers.add(cc + nsn);
        numbers.add(cc + " " + national);
        numbers.add(util.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL)
            .substring(1));
        numbers.add(nsn.substring(1));
        numbers.add(nsn + random.nextInt(10));
        numbers.add(national.replace(' ', '-'));
        numbers.add(national.replaceFirst("^(\\D*\\d)", "$1 "));
        numbers.add(nsn.replaceFirst("^(\\d{3})(\\d{3})", "$1-$2-"));
      }
      for (int i = 0; i < 40; i++) {
        // Random digits, or a number of the region with digits changed, among punctuation.
        String base = numbers.isEmpty() || i % 2 == 0 ? ""
            : numbers.get(random.nextInt(numbers.size())).replaceAll("\\D", "");
        StringBuilder digits = new StringBuilder();
        int length = base.isEmpty() ? 2 + random.nextInt(16) : base.length();
        for (int k = 0; k < length; k++) {
          digits.append(base.isEmpty() || random.nextInt(6) == 0
              ? (char) ('0' + random.nextInt(10)) : base.charAt(k));
          for (int p = random.nextInt(3) == 0 ? random.nextInt(6) : 0; p > 0; p--) {
            digits.append(" -./()".charAt(random.nextInt(6)));
          }
        }
        numbers.add(digits.toString());
      }
      for (String number : numbers) {
        for (int i = 0; i < 2; i++) {
          String window = before[random.nextInt(before.length)]
              + prefixes[random.nextInt(prefixes.length)] + number
              + after[random.nextInt(after.length)];
          windows++;
          if (!PhoneScreen.mayHoldValidNumber(window, region)) {
            decided++;
            assertThat(util.findNumbers(window, region, PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)).as("numbers in \"%s\" read in %s", window, region).isEmpty();
          }
        }
      }
    }
    assertThat(decided).as("windows decided empty, of %d", windows).isGreaterThan(windows / 5);
  }

  /** A host is allowed when it is one of the domains or a subdomain of one, in any case. */
  @Test
  void aHostIsAllowedForItsDomainsAndTheirSubdomains() {
    List<String> domains = List.of("NorthBank.example", "t.co");
    String[] hosts = {"northbank.example", "help.northbank.example", "a.b.northbank.example",
        "xnorthbank.example", "northbank.example.evil.com", "example", "t.co", "x.t.co", "at.co",
        ".t.co", "co", "", "northbank.examplex", "e"};
    for (String host : hosts) {
      boolean expected = false;
      for (String domain : domains) {
        String d = domain.toLowerCase(Locale.ROOT);
        expected |= host.equals(d) || host.endsWith("." + d);
      }
      assertThat(Detectors.hostAllowed(host, domains)).as(host).isEqualTo(expected);
    }
    assertThat(Detectors.hostAllowed("help.northbank.example", domains)).isTrue();
    assertThat(Detectors.hostAllowed("xnorthbank.example", domains)).isFalse();
  }

  /**
   * A prefix of the metadata compared as strings ({@link PhoneScreen.Prefix}) ends where
   * {@code java.util.regex}'s {@code lookingAt} ends, for the international and national prefixes
   * of every region, on every string of up to four digits and each region's own prefixes with
   * digits after them.
   */
  @Test
  void metadataPrefixesReadAsStringsEndWhereTheirPatternsEnd() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> digits = new ArrayList<>();
    for (int length = 0; length <= 4; length++) {
      for (int i = 0, end = (int) Math.pow(10, length); i < end; i++) {
        digits.add(length == 0 ? "" : String.format("%0" + length + "d", i));
      }
    }
    int asStrings = 0;
    for (String region : new java.util.TreeSet<>(util.getSupportedRegions())) {
      com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata metadata =
          com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider.getInstance()
              .getPhoneNumberMetadataSource().getMetadataForRegion(region);
      for (String regex : new String[] {metadata.getInternationalPrefix(),
          metadata.getNationalPrefixForParsing()}) {
        if (regex == null || regex.isEmpty()) {
          continue;
        }
        PhoneScreen.Prefix prefix = PhoneScreen.Prefix.of(regex);
        asStrings += prefix.choices() == null ? 0 : 1;
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        List<String> tried = new ArrayList<>(digits);
        if (prefix.choices() != null) {
          for (String choice : prefix.choices()) {
            tried.add(choice);
            tried.add(choice + "12345");
            tried.add(choice.substring(0, choice.length() - 1));
          }
        }
        for (String number : tried) {
          java.util.regex.Matcher m = pattern.matcher(number);
          int expected = m.lookingAt() ? m.end() : -1;
          assertThat(prefix.lookingAt(number)).as("%s on \"%s\" in %s", regex, number, region)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(asStrings).as("prefixes compared as strings").isGreaterThan(200);
  }

  /**
   * The numbers the benchmark drafts hold: written for North America or Japan and read in GB, no
   * VALID number and decided so without the matcher, even where the digits make a valid number
   * whose format needs the national prefix ("800-892-4357" is "0800 892 4357"); a number valid as
   * read is left to it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"l 1-800-869-3557 to h", "ル：0120-999-373へ", "u: 1-866-216-1072. ^",
      "g 866-216-1072 and", "L 734 1135am", "d on 11/02/2017, b", "BA566517950000 it say",
      "ps at 800-892-4357\u200B sh", "g. 1497421950"})
  void numbersOfOtherRegionsAreDecidedWithoutTheMatcher(String window) {
    assertThat(PhoneScreen.mayHoldValidNumber(window, "GB")).isFalse();
    assertThat(PhoneNumberUtil.getInstance().findNumbers(window, "GB")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"call 020 7946 0018 today", "at 07400 123456.", "+1 800 848 9136",
      "at 1-800-848-9136 av", "call 44 20 7946 0018", "call 00 1 800 848 9136", "12 ٣٤٥٦٧٨٩",
      "020 7946 0018 or 0161 496 0000", "0 2 0 7 9 4 6 0 0 1 8", "1 ext 2 ext 020 7946 0018"})
  void windowsThatMayHoldANumberAreLeftToTheMatcher(String window) {
    String region = window.contains("800") ? "US" : "GB";
    assertThat(PhoneScreen.mayHoldValidNumber(window, region)).as("in %s", region).isTrue();
  }

  /**
   * Many runs of digits, with a bar between each two (many windows) or with none anywhere (one
   * window, each run's walk back stopping where the window so far ends): linear either way.
   */
  @Test
  @Timeout(10)
  void manyRunsOfDigitsAreReadInLinearTime() {
    for (String s : List.of("1234567 b ".repeat(20_000), "1234567 о ".repeat(20_000),
        "о ".repeat(100_000) + "1234567 b " + "о ".repeat(100_000))) {
      Spans found = new Spans(1);
      Detectors.phoneNumbers(s, "GB", Spans.EMPTY, Spans.EMPTY, found);
      assertThat(found.size()).as("numbers").isZero();
    }
  }

  /**
   * No candidate of libphonenumber's matcher holds a character that bounds a phone window: its
   * own pattern, read from the library, finds none holding one in any of the places a candidate
   * may hold a character (before its digits, between them, in and around an extension).
   */
  @Test
  void noPhoneCandidateHoldsABar() throws ReflectiveOperationException {
    Field field = Class.forName("com.google.i18n.phonenumbers.PhoneNumberMatcher")
        .getDeclaredField("PATTERN");
    field.setAccessible(true);
    java.util.regex.Pattern candidate = (java.util.regex.Pattern) field.get(null);
    String[] contexts = {"%s12", "+%s1", "(%s1", "1%s2", "12 %s 34", "12-%s-34", "12%s", "%s",
        "12 ext%s3", "12 ext.%s3", "12%sext 3", "12 ex%st 3", "12 %sxt 3", "12 x%s3", "12%s3#",
        "12;ext%s3", "12;%sxt=3", "12 %s 3#", "12,%s3", "12 anex%s 3", "12 in%s 3", "1%s2%s3",
        "+44 (0) 20 %s7946 0018 ext. 12"};
    int bars = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      if (!Detectors.isPhoneBar(c) || (c >= 128 && c % 97 != 0)) {
        continue; // every ASCII bar, and a sample of the others
      }
      bars++;
      for (String context : contexts) {
        String text = context.replace("%s", String.valueOf(c));
        java.util.regex.Matcher m = candidate.matcher(text);
        while (m.find()) {
          assertThat(text.substring(m.start(), m.end())).as("a candidate in \"%s\"", text)
              .doesNotContain(String.valueOf(c));
        }
      }
    }
    assertThat(bars).as("bars tried").isGreaterThan(150);
    for (char c : "0123456789 -x.()+/#~,;:=extnsioaEXTNSIOA\tー".toCharArray()) {
      assertThat(Detectors.isPhoneBar(c)).as("'%s' bounds a window", c).isFalse();
    }
  }

  /**
   * The numbers found in windows are those libphonenumber finds in the whole text, less those in
   * links, emails and handles, that overlap a run of seven digits (at most one separator between
   * two) standing outside links and emails.
   */
  private static int assertSamePhoneNumbers(String original, List<String> regions) {
    NormalizedText text = NormalizedText.of(original);
    Spans emails = new Spans(1);
    Detectors.emails(text, emails);
    Spans links = new Spans(1);
    Detectors.urls(text, emails, links, new ArrayList<>());
    int numbers = 0;
    for (String region : regions) {
      Spans found = new Spans(1);
      Detectors.phoneNumbers(original, region, links, emails, found);
      Spans expected = new Spans(1);
      Spans runs = qualifyingRuns(original, links, emails);
      if (runs.size() > 0) {
        for (PhoneNumberMatch m : PhoneNumberUtil.getInstance().findNumbers(
            original, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
          if (!links.overlaps(m.start(), m.end()) && !emails.overlaps(m.start(), m.end())
              && !inHandle(original, m.start()) && runs.overlaps(m.start(), m.end())) {
            expected.add(m.start(), m.end());
          }
        }
      }
      assertThat(spans(found)).as("phone numbers (%s) in \"%s\"", region, original)
          .isEqualTo(spans(expected));
      numbers += expected.size();
    }
    return numbers;
  }

  /** From the first to the last digit of every run that has a 7th digit outside links and emails. */
  private static Spans qualifyingRuns(String s, Spans links, Spans emails) {
    Spans runs = new Spans(1);
    int digits = 0;
    int first = -1;
    int last = -1;
    boolean qualifies = false;
    boolean separated = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      boolean handle = c == '@' && (i == 0 || !Prefilter.isWordChar(s.charAt(i - 1)));
      if (Character.isDigit(c)) {
        if (digits++ == 0) {
          first = i;
        }
        last = i;
        qualifies |= digits >= 7 && !links.overlaps(i, i + 1) && !emails.overlaps(i, i + 1);
        separated = false;
      } else if (!handle && !separated && digits > 0 && " .-/()+\u00A0".indexOf(c) >= 0) {
        separated = true;
      } else if (handle || (c != '+' && c != '(')) {
        if (qualifies) {
          runs.add(first, last + 1);
        }
        digits = 0;
        qualifies = false;
        separated = false;
        if (handle) {
          while (i + 1 < s.length() && Prefilter.isWordChar(s.charAt(i + 1))) {
            i++;
          }
        }
      }
    }
    return runs;
  }

  private static boolean inHandle(String s, int at) {
    int i = at;
    while (i > 0 && Prefilter.isWordChar(s.charAt(i - 1))) {
      i--;
    }
    return Prefilter.isWordChar(s.charAt(at)) && i > 0 && s.charAt(i - 1) == '@'
        && (i == 1 || !Prefilter.isWordChar(s.charAt(i - 2)));
  }

  /** The plain definition of a card number's digits, which the detector finds without RE2/J. */
  private static final Pattern CARD = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");

  /**
   * Card numbers are looked for only in stretches of digits, spaces and dashes, and matched there
   * without RE2/J: they are what the whole-text pattern finds, word edges at the stretches' ends,
   * the longest numbers and the numbers that give back digits included.
   */
  @Test
  void cardNumbersAreWhatTheWholeTextRegexFinds() {
    Random random = new Random(31);
    // Besides ASCII: a digit of another script, a letter outside the BMP, and characters the fold
    // makes digits or separators (fullwidth digits, no-break space) or drops (soft hyphen, zero
    // width space), so the stretches' edges and the offsets in the original are tried too.
    String alphabet = "0123456789 - a_\u0663\uD835\uDC00\uFF14\uFF11\u00A0\u00AD\u200B\u0967\u4E2D";
    List<String> seeds = List.of("4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
        "378282246310005", "5555 5555 5555 4444", "6011000990139424", "4111111111111111111",
        "41111111111111111111", "4111 1111 1111 1111 111", "4111--1111 1111 1111", "0000000000000",
        "000000000000", "4111  1111 1111 1111", "4-1-1-1-1-1-1-1-1-1-1-1-1-1", "Z4111111111111111",
        "4111111111111111_", "\u00E94111111111111111\u4E2D", "00000000000000000000000000000");
    int found = 0;
    for (int n = 0; n < 40_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        if (random.nextInt(3) == 0) {
          b.append(seeds.get(random.nextInt(seeds.size())));
        } else {
          for (int c = random.nextInt(8); c >= 0; c--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      NormalizedText text = NormalizedText.of(b.toString());
      Spans expected = new Spans(2);
      Matcher m = CARD.matcher(text.folded());
      while (m.find()) {
        if (Detectors.luhn(text.folded(), m.start(), m.end())) {
          expected.add(text.originalStartOf(m.start()), text.originalEndOf(m.end()));
        }
      }
      Spans actual = new Spans(2);
      Detectors.cardNumbers(text, actual);
      assertThat(spans(actual)).as(b.toString()).isEqualTo(spans(expected));
      found += expected.size();
    }
    assertThat(found).as("card numbers, so the test can fail").isGreaterThan(2_000);
  }

  private static List<String> spans(Spans spans) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(spans.start(i) + "-" + spans.end(i));
    }
    return out;
  }

  /**
   * Many links in a text without "://": read in linear time. The timeout is a hang guard, not a
   * measure: this takes well under a second, where looking for "://" again to the end of the text
   * after every link (a bug a review found) takes over 30 s.
   */
  @Test
  @Timeout(10)
  void manyLinksWithoutASchemeAreReadInLinearTime() {
    NormalizedText text = NormalizedText.of("a.com ".repeat(400_000));
    Spans found = new Spans(1);
    Detectors.urls(text, Spans.EMPTY, found, new ArrayList<>());
    assertThat(found.size()).isEqualTo(400_000);
  }
}
