package dev.playbook.internal.text;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;

/**
 * The built-in detectors of personal data and contact details: email addresses, links, payment
 * card numbers and phone numbers. Stateless and thread-safe.
 */
public final class Detectors {

  private static final Pattern EMAIL = Pattern.compile(
      "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");

  /**
   * A link: anything starting with a scheme or {@code www.}, or a bare domain ending in a common
   * top-level domain ("northbank.com/help"). Bare domains with other endings are not links here,
   * so "e.g." and "file.txt" are not reported.
   */
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|ftp://|www\\.)[^\\s<>\"']+"
          + "|\\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
          + "(?:com|org|net|edu|gov|io|co|uk|us|eu|de|fr|es|it|nl|be|ie|au|ca|info|biz|me|ly|app"
          + "|dev|ai|gl|gd|tv|shop|help|bank|link|page|site|online|xyz)\\b(?:[/?#][^\\s<>\"']*)?");

  private static final Pattern CARD = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private Detectors() {}

  /** Every email address. */
  public static void emails(NormalizedText text, Spans out) {
    if (text.folded().indexOf('@') < 0) {
      return;
    }
    find(EMAIL, text, out);
  }

  /** Every link that is not part of an email address, with its host in {@code hosts}. */
  public static void urls(NormalizedText text, Spans emails, Spans out, List<String> hosts) {
    String folded = text.folded();
    if (folded.indexOf('.') < 0) {
      return;
    }
    Matcher m = URL.matcher(folded);
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
      out.add(os, oe);
      hosts.add(host(folded.substring(start, end)));
    }
  }

  private static String host(String url) {
    int from = url.indexOf("://");
    from = from < 0 ? 0 : from + 3;
    int to = from;
    while (to < url.length() && "/?#:".indexOf(url.charAt(to)) < 0) {
      to++;
    }
    String host = url.substring(from, to);
    int at = host.lastIndexOf('@');
    return at >= 0 ? host.substring(at + 1) : host;
  }

  /** Whether a host is one of the domains or a subdomain of one. */
  public static boolean hostAllowed(String host, List<String> domains) {
    for (String domain : domains) {
      String d = domain.toLowerCase(Locale.ROOT);
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /** Every payment card number: 13 to 19 digits, spaces or dashes between, valid Luhn checksum. */
  public static void cardNumbers(NormalizedText text, Spans out) {
    String folded = text.folded();
    if (countDigits(folded) < 13) {
      return;
    }
    Matcher m = CARD.matcher(folded);
    while (m.find()) {
      if (luhn(folded, m.start(), m.end())) {
        out.add(text.originalStartOf(m.start()), text.originalEndOf(m.end()));
      }
    }
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
   * are read whatever the region). Runs on the original text; skipped when there are fewer than
   * six digits, as no valid number is that short.
   */
  public static void phoneNumbers(String original, String region, Spans out) {
    if (countDigits(original) < 6) {
      return;
    }
    for (PhoneNumberMatch match :
        PHONES.findNumbers(original, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
      out.add(match.start(), match.end());
    }
  }

  private static int countDigits(String s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }

  private static void find(Pattern pattern, NormalizedText text, Spans out) {
    Matcher m = pattern.matcher(text.folded());
    while (m.find()) {
      out.add(text.originalStartOf(m.start()), text.originalEndOf(m.end()));
    }
  }
}
