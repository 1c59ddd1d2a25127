package dev.playbook.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.playbook.model.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shortcut that spares reading a found phone number with libphonenumber
 * ({@link PublishedContacts#mayBePublished}) may only say "no" for numbers that are not a
 * published one: for every region, number type and way of writing a number, a written form that
 * reads as the published number must pass it.
 */
class PublishedContactsTest {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  @Test
  void everyWayOfWritingAPublishedNumberIsReadNotSkipped() {
    int forms = 0;
    for (String region : PHONES.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = PHONES.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        String e164 = PHONES.format(example, PhoneNumberFormat.E164);
        PublishedContacts published = PublishedContacts.of(new PersonalData(Optional.of(region),
            Map.of(), List.of(), new PersonalData.Published(List.of(e164), List.of(), List.of())));
        for (String written : writtenForms(example, region)) {
          if (PublishedContacts.e164(written, Optional.of(region)).orElse("").equals(e164)) {
            assertThat(published.mayBePublished(written))
                .as("%s in %s (%s)", written, region, type).isTrue();
            forms++;
          }
        }
      }
    }
    assertThat(forms).as("written forms read as the published number").isGreaterThan(2000);
  }

  @Test
  void aNumberWithoutThePublishedTailIsSkippedAndLettersAreAlwaysRead() {
    PublishedContacts published = PublishedContacts.of(new PersonalData(Optional.of("GB"),
        Map.of(), List.of(),
        new PersonalData.Published(List.of("0808 157 0192"), List.of(), List.of())));
    assertThat(published.mayBePublished("020 7946 0018")).isFalse();
    assertThat(published.mayBePublished("+44 808 157 0192 ext 7")).isTrue();
    assertThat(published.mayBePublished("０８０８ １５７ ０１９２")).isTrue();
    assertThat(published.mayBePublished("0800 FLOWERS")).isTrue();
  }

  /** The ways a number is written: every format, with an extension, in full-width digits. */
  private static List<String> writtenForms(PhoneNumber number, String region) {
    List<String> forms = new ArrayList<>();
    for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
      forms.add(PHONES.format(number, format));
    }
    forms.add(PHONES.formatOutOfCountryCallingNumber(number, "US"));
    forms.add(PHONES.formatOutOfCountryCallingNumber(number, "GB"));
    forms.add(PHONES.formatNationalNumberWithCarrierCode(number, "15"));
    String national = PHONES.format(number, PhoneNumberFormat.NATIONAL);
    forms.add(national + " ext 22");
    forms.add(national + " #22");
    StringBuilder wide = new StringBuilder();
    national.chars().forEach(c -> wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０')
        : (char) c));
    forms.add(wide.toString());
    return forms;
  }
}
