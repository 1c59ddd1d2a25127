package dev.playbook.internal.check;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.playbook.internal.text.Detectors;
import dev.playbook.internal.text.Spans;
import dev.playbook.model.PersonalData;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The brand's own published contact details ({@code personalData.published}), compiled once: a
 * phone number found in a text is published when it is the same number (compared in E.164), an
 * email address when it is the same ignoring case, a link when its host is a published domain or a
 * subdomain of one. Only personal data rules and topics ask ({@link TextAnalysis#customerData}); a
 * channel's {@code allow} settings are about what the channel may carry at all, published or not.
 *
 * <p>Immutable and thread-safe.
 */
public final class PublishedContacts {

  /** Nothing published: every span found stays. */
  public static final PublishedContacts NONE =
      new PublishedContacts(Set.of(), List.of(), Set.of(), List.of());

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  /** libphonenumber's region for "none": only numbers written with {@code +} can be read. */
  private static final String NO_REGION = "ZZ";

  /** The digits a number's tail can hold: see {@link #mayBePublished}. */
  private static final int TAIL = 4;

  private final Set<String> phoneNumbers;
  /** The last {@value #TAIL} digits of each published number's national significant number. */
  private final List<String> phoneTails;
  private final Set<String> emailAddresses;
  private final List<String> domains;

  private PublishedContacts(Set<String> phoneNumbers, List<String> phoneTails,
      Set<String> emailAddresses, List<String> domains) {
    this.phoneNumbers = Set.copyOf(phoneNumbers);
    this.phoneTails = List.copyOf(phoneTails);
    this.emailAddresses = Set.copyOf(emailAddresses);
    this.domains = List.copyOf(domains);
  }

  /**
   * The playbook's published contact details. A phone number that cannot be read (which a
   * validated playbook never has, PB412) is left out: it could never equal a number found.
   */
  public static PublishedContacts of(PersonalData personalData) {
    PersonalData.Published published = personalData.published();
    if (published.isEmpty()) {
      return NONE;
    }
    Set<String> phones = new HashSet<>();
    Set<String> tails = new HashSet<>();
    for (String number : published.phoneNumbers()) {
      e164(number, personalData.phoneRegion()).ifPresent(e164 -> {
        phones.add(e164);
        tails.add(nationalTail(number, personalData.phoneRegion()));
      });
    }
    Set<String> emails = new HashSet<>();
    for (String email : published.emailAddresses()) {
      emails.add(emailKey(email));
    }
    return new PublishedContacts(phones, List.copyOf(tails), emails,
        published.domains().stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * A valid phone number in E.164 ({@code +448081570192}), read in {@code region} unless written
   * with {@code +} and a country code; empty when it is not a valid number.
   */
  public static Optional<String> e164(String number, Optional<String> region) {
    try {
      Phonenumber.PhoneNumber parsed = PHONES.parse(number, region.orElse(NO_REGION));
      return PHONES.isValidNumber(parsed)
          ? Optional.of(PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** The last {@value #TAIL} digits of a valid number's national significant number. */
  private static String nationalTail(String number, Optional<String> region) {
    try {
      String national = PHONES.getNationalSignificantNumber(
          PHONES.parse(number, region.orElse(NO_REGION)));
      return national.substring(Math.max(0, national.length() - TAIL));
    } catch (NumberParseException e) {
      throw new IllegalStateException("read as valid a moment ago: " + number, e);
    }
  }

  /**
   * Whether a phone number found in a text may be a published one, without reading it (about 5 µs
   * with libphonenumber): a number written without letters holds the last digits of its national
   * significant number, in order, whatever prefix, punctuation or extension surrounds them
   * (reading a number only ever rewrites its start: national prefixes, carrier codes), so a found
   * number whose digits hold no published number's tail is none of them. Letters can stand for
   * digits (1-800-FLOWERS), so a number with any is always read.
   */
  boolean mayBePublished(String matched) {
    for (int i = 0; i < matched.length(); i++) {
      if (Character.isLetter(matched.charAt(i))) {
        return true;
      }
    }
    String digits = PhoneNumberUtil.normalizeDigitsOnly(matched);
    for (String tail : phoneTails) {
      if (digits.contains(tail)) {
        return true;
      }
    }
    return false;
  }

  /** An email address as it is compared: compatibility forms folded, in lower case. */
  public static String emailKey(String email) {
    return Normalizer.normalize(email, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** Whether anything of the kind ({@link TextAnalysis}'s built-in indexes) is published. */
  boolean covers(int kind) {
    return kind == TextAnalysis.PHONE ? !phoneNumbers.isEmpty()
        : kind == TextAnalysis.EMAIL ? !emailAddresses.isEmpty()
        : kind == TextAnalysis.URL && !domains.isEmpty();
  }

  /**
   * The spans of {@code found} (of a kind this {@link #covers}, in {@code text}) that are not
   * published; phone numbers without a country code are read in {@code region}.
   */
  Spans unpublished(TextAnalysis text, int kind, Spans found, String region) {
    String original = text.original();
    Spans kept = new Spans(found.size());
    for (int i = 0; i < found.size(); i++) {
      int start = found.start(i);
      int end = found.end(i);
      String matched = original.substring(start, end);
      boolean published = kind == TextAnalysis.PHONE
          ? mayBePublished(matched)
              && e164(matched, Optional.of(region)).filter(phoneNumbers::contains).isPresent()
          : kind == TextAnalysis.EMAIL ? emailAddresses.contains(emailKey(matched))
          : Detectors.hostAllowed(text.urlHost(i), domains);
      if (!published) {
        kept.add(start, end);
      }
    }
    return kept;
  }
}
