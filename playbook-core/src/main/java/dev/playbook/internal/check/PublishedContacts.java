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
  public static final PublishedContacts NONE = new PublishedContacts(Set.of(), Set.of(), List.of());

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  /** libphonenumber's region for "none": only numbers written with {@code +} can be read. */
  private static final String NO_REGION = "ZZ";

  private final Set<String> phoneNumbers;
  private final Set<String> emailAddresses;
  private final List<String> domains;

  private PublishedContacts(Set<String> phoneNumbers, Set<String> emailAddresses,
      List<String> domains) {
    this.phoneNumbers = Set.copyOf(phoneNumbers);
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
    for (String number : published.phoneNumbers()) {
      e164(number, personalData.phoneRegion()).ifPresent(phones::add);
    }
    Set<String> emails = new HashSet<>();
    for (String email : published.emailAddresses()) {
      emails.add(emailKey(email));
    }
    return new PublishedContacts(phones, emails,
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
          ? e164(matched, Optional.of(region)).filter(phoneNumbers::contains).isPresent()
          : kind == TextAnalysis.EMAIL ? emailAddresses.contains(emailKey(matched))
          : Detectors.hostAllowed(text.urlHost(i), domains);
      if (!published) {
        kept.add(start, end);
      }
    }
    return kept;
  }
}
