package dev.playbook.internal.text;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A screen in front of libphonenumber's matcher ({@link Detectors#phoneNumbers}): proves, for the
 * common window, that {@code findNumbers} would find no VALID number in it, for a fraction of
 * what the matcher costs. It reads libphonenumber's metadata and mirrors a few of its parsing
 * steps (named in {@link #mayHoldValidNumber}), so {@code DetectorsTest} holds it to
 * {@code findNumbers} in every supported region: rerun it whenever libphonenumber is upgraded.
 * (The patterns here are libphonenumber's own, run on at most 17 digits, hence
 * {@code java.util.regex}.) Stateless and thread-safe.
 */
final class PhoneScreen {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private PhoneScreen() {}

  /**
   * Whether {@code findNumbers} may find a VALID number in the window: false only when none of the
   * numbers its candidates can parse to is valid. Proving that costs 0.1–2.6 µs (a few regular
   * expressions of the region's metadata, and {@code isValidNumber} on the numbers that pass
   * them), where the matcher costs about 10 µs a candidate, nearly all of it in its own regular
   * expressions (the candidate pattern, brackets, dates, extensions, viability, parsing) rather
   * than in validating. Many windows hold a number written for another region than the one read,
   * such as "1-800-848-9136" in GB.
   *
   * <p>It decides only a window whose digits are ASCII and stand in one stretch: at most
   * {@value #MAX_NSN_DIGITS} digits in at most {@value #MAX_GROUPS} groups, at most four of
   * {@code " -./()"} in a row between two digits, no plus sign anywhere. A group ends where a
   * space, dot, slash or opening bracket stands between two digits: where the matcher's inner
   * candidates ({@code PhoneNumberMatcher.INNER_MATCHES}) may start or end. There every candidate
   * the matcher parses holds the digits of a run of whole groups, or none: its candidate pattern
   * takes the whole stretch (those are its punctuation, four in a row at most, and no extension
   * can follow without more digits), and an inner candidate is a part of it cut at such characters
   * (a dash only next to a space). Parsing digits E without a plus sign, when the region's
   * international prefix does not start E and its country code is not E's first digits, gives the
   * region's country code and the national number E, or E without what the region's national
   * prefix for parsing takes at its start (when the region has no rule to transform it). If none
   * of those numbers is valid, or E is valid only with a national prefix it lacks, the window
   * holds no VALID number; anything else is left to {@code findNumbers}. {@code DetectorsTest}
   * holds this to {@code findNumbers} in every supported region.
   */
  static boolean mayHoldValidNumber(String window, String region) {
    PhoneRegion rules = phoneRegion(region);
    if (rules == null) {
      return true;
    }
    char[] digits = new char[MAX_NSN_DIGITS];
    int count = 0;
    int[] groupStarts = new int[MAX_GROUPS + 1];
    int groups = 0;
    int gap = -1; // -1 before the stretch; then characters since its last digit
    boolean cut = false; // whether a group ends in the gap
    boolean closed = false;
    for (int i = 0, n = window.length(); i < n; i++) {
      char c = window.charAt(i);
      if (c >= '0' && c <= '9') {
        if (closed || count == MAX_NSN_DIGITS) {
          return true;
        }
        if (gap < 0 || cut) {
          if (groups == MAX_GROUPS) {
            return true;
          }
          groupStarts[groups++] = count;
        }
        digits[count++] = c;
        gap = 0;
        cut = false;
      } else if (c == '+' || c == '\uFF0B' || Character.isDigit(c)) {
        return true;
      } else if (gap >= 0 && !closed) {
        if (gap < 4 && c < 64 && (STRETCH_PUNCTUATION >>> c & 1) != 0) {
          gap++;
          cut |= c != '-' && c != ')';
        } else {
          closed = true;
        }
      }
    }
    groupStarts[groups] = count;
    for (int first = 0; first < groups; first++) {
      for (int last = first; last < groups; last++) {
        int start = groupStarts[first];
        String number = new String(digits, start, groupStarts[last + 1] - start);
        if (rules.mayBeValid(number)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most digits {@link #mayHoldValidNumber} decides on (libphonenumber's longest number). */
  private static final int MAX_NSN_DIGITS = 17;

  /** The most groups {@link #mayHoldValidNumber} decides on: ten runs of groups to try. */
  private static final int MAX_GROUPS = 4;

  /**
   * What may stand between two digits of a stretch {@link #mayHoldValidNumber} decides on
   * ({@code " -./()"}), as bits of a long.
   */
  private static final long STRETCH_PUNCTUATION =
      1L << ' ' | 1L << '-' | 1L << '.' | 1L << '/' | 1L << '(' | 1L << ')';

  /**
   * What a region's metadata says about parsing digits written without a plus sign, or null for a
   * region libphonenumber does not know. Kept for every region asked for (a few per playbook).
   */
  private static PhoneRegion phoneRegion(String region) {
    if (region == null) {
      return null;
    }
    return PHONE_REGIONS.computeIfAbsent(region, PhoneRegion::of).orElse(null);
  }

  private static final ConcurrentHashMap<String, Optional<PhoneRegion>> PHONE_REGIONS =
      new ConcurrentHashMap<>();

  /**
   * A region's country code, international prefix and national prefix for parsing, as
   * libphonenumber reads them ({@code maybeExtractCountryCode},
   * {@code maybeStripNationalPrefixAndCarrierCode}), and the formats of the country code's main
   * region with whether each needs the national prefix written ({@code
   * PhoneNumberMatcher.isNationalPrefixPresentIfRequired}, which VALID asks of a number read
   * without a country code: "800-892-4357" is a valid number in GB, but only as "0800 892 4357").
   */
  private record PhoneRegion(int countryCode, String countryCodeDigits,
      Prefix internationalPrefix, Prefix nationalPrefix,
      boolean transformsNationalPrefix, Prefix mainNationalPrefix,
      List<PhoneFormat> formats, long lengths, List<Pattern> generalPatterns) {

    static Optional<PhoneRegion> of(String region) {
      if (!PHONES.getSupportedRegions().contains(region)) {
        return Optional.empty();
      }
      int countryCode = PHONES.getCountryCodeForRegion(region);
      PhoneMetadata metadata = metadata(region);
      PhoneMetadata main = metadata(PHONES.getRegionCodeForCountryCode(countryCode));
      if (metadata == null || main == null || metadata.getCountryCode() != countryCode) {
        return Optional.empty();
      }
      List<PhoneFormat> formats = new ArrayList<>();
      for (NumberFormat format : main.getNumberFormatList()) {
        int leading = format.getLeadingDigitsPatternCount();
        String rule = format.getNationalPrefixFormattingRule();
        formats.add(new PhoneFormat(
            leading == 0 ? null : Pattern.compile(format.getLeadingDigitsPattern(leading - 1)),
            Pattern.compile(format.getPattern()),
            rule.length() > 0 && !format.getNationalPrefixOptionalWhenFormatting()
                && !FIRST_GROUP_ONLY.matcher(rule).matches()));
      }
      long lengths = 0;
      List<Pattern> generalPatterns = new ArrayList<>();
      for (String other : PHONES.getRegionCodesForCountryCode(countryCode)) {
        PhoneMetadata otherMetadata = metadata(other);
        if (otherMetadata == null) {
          return Optional.empty();
        }
        PhoneNumberDesc general = otherMetadata.getGeneralDesc();
        if (general.getPossibleLengthCount() == 0) {
          lengths = -1L;
        }
        for (int length : general.getPossibleLengthList()) {
          lengths |= length < 64 ? 1L << length : -1L;
        }
        generalPatterns.add(Pattern.compile(general.getNationalNumberPattern()));
      }
      String transform = metadata.getNationalPrefixTransformRule();
      return Optional.of(new PhoneRegion(countryCode, String.valueOf(countryCode),
          Prefix.of(metadata.getInternationalPrefix()),
          Prefix.ofUnlessEmpty(metadata.getNationalPrefixForParsing()),
          transform != null && !transform.isEmpty(),
          Prefix.ofUnlessEmpty(main.getNationalPrefixForParsing()), List.copyOf(formats), lengths,
          List.copyOf(generalPatterns)));
    }

    private static PhoneMetadata metadata(String region) {
      return DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
          .getMetadataForRegion(region);
    }

    /** libphonenumber's {@code FIRST_GROUP_ONLY_PREFIX_PATTERN}: a rule that adds no prefix. */
    private static final Pattern FIRST_GROUP_ONLY =
        Pattern.compile("\\(?\\$1\\)?");

    /**
     * Whether digits written without a plus sign may parse, in this region, to a valid number
     * the VALID leniency keeps: true whenever they may be read with a country code of their own or
     * a national prefix this does not follow.
     */
    boolean mayBeValid(String digits) {
      if (internationalPrefix.lookingAt(digits) >= 0
          || digits.startsWith(countryCodeDigits)) {
        return true;
      }
      if (nationalPrefix != null) {
        int prefix = nationalPrefix.lookingAt(digits);
        if (prefix >= 0) {
          if (transformsNationalPrefix || isValid(digits.substring(prefix))) {
            return true;
          }
        }
      }
      return isValid(digits) && !lacksNationalPrefix(digits);
    }

    /**
     * Whether the number, read whole as the national number, lacks a national prefix its format
     * needs: false whenever the main region's national prefix may be read at its start.
     */
    private boolean lacksNationalPrefix(String national) {
      for (PhoneFormat format : formats) {
        if ((format.leadingDigits() == null
                || format.leadingDigits().matcher(national).lookingAt())
            && format.pattern().matcher(national).matches()) {
          return format.needsNationalPrefix()
              && (mainNationalPrefix == null
                  || mainNationalPrefix.lookingAt(national) < 0);
        }
      }
      return false;
    }

    /**
     * Whether the national number is valid with this country code, as parsing would set it. A
     * valid number has a length and the general pattern of one of the country code's regions
     * ({@code isNumberMatchingDesc} of the region {@code getRegionCodeForNumber} chooses): most
     * digits fail that and are not given to {@code isValidNumber}, which tries every region and
     * type.
     */
    private boolean isValid(String national) {
      if (national.length() < 2 || (lengths & 1L << national.length()) == 0) {
        return false; // too short to parse, or no region's length
      }
      boolean general = false;
      for (Pattern pattern : generalPatterns) {
        general = general || pattern.matcher(national).matches();
      }
      if (!general) {
        return false;
      }
      Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber()
          .setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
      if (national.charAt(0) == '0') {
        number.setItalianLeadingZero(true);
        int zeros = 1;
        while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
          zeros++;
        }
        if (zeros != 1) {
          number.setNumberOfLeadingZeros(zeros);
        }
      }
      return PHONES.isValidNumber(number);
    }
  }

  /**
   * A prefix of a region's metadata (international, national for parsing), read with
   * {@code lookingAt} as libphonenumber reads it. Most are digits ({@code 00}) or a choice of
   * digits ({@code 0|180020}), where {@code java.util.regex} tries the choices in order: those are
   * compared as strings, without a matcher for every number a window may hold.
   *
   * @param choices the digits, in the pattern's order; null when the pattern is not such
   * @param pattern the pattern
   */
  record Prefix(String[] choices, Pattern pattern) {

    private static final Pattern DIGIT_CHOICES = Pattern.compile("[0-9]+(?:\\|[0-9]+)*");

    static Prefix of(String regex) {
      return new Prefix(DIGIT_CHOICES.matcher(regex).matches() ? regex.split("\\|") : null,
          Pattern.compile(regex));
    }

    static Prefix ofUnlessEmpty(String regex) {
      return regex == null || regex.isEmpty() ? null : of(regex);
    }

    /** Where the prefix read at the start of {@code digits} ends, or -1 if it is not there. */
    int lookingAt(String digits) {
      if (choices == null) {
        Matcher m = pattern.matcher(digits);
        return m.lookingAt() ? m.end() : -1;
      }
      for (String choice : choices) {
        if (digits.startsWith(choice)) {
          return choice.length();
        }
      }
      return -1;
    }
  }

  /**
   * A format of a region's numbers: the last of its leading-digit patterns (null for none), its
   * pattern, and whether the national prefix must be written with it.
   */
  private record PhoneFormat(Pattern leadingDigits,
      Pattern pattern, boolean needsNationalPrefix) {}
}
