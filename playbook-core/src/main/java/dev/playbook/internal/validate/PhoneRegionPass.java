package dev.playbook.internal.validate;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.playbook.internal.load.Code;
import java.util.Map;
import java.util.Optional;

/**
 * {@code personalData.phoneRegion} is a region whose phone numbers libphonenumber can read. The
 * schema only asks for two capitals, and with a code it does not know ({@code UK} for the United
 * Kingdom, whose ISO 3166 code is {@code GB}) no number written without a country code would ever
 * be found in a reply: personal data would pass unreported.
 */
public final class PhoneRegionPass implements SemanticPass {

  private static final String POINTER = "/personalData/phoneRegion";

  @Override
  public String name() {
    return "phone-region";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> personalData = Tree.map(context.root().get("personalData"));
    Optional<String> region = Tree.text(personalData.get("phoneRegion"));
    if (region.isEmpty() || isKnown(region.get())) {
      return;
    }
    String hint = region.get().equals("UK")
        ? "the United Kingdom's ISO 3166 code is GB"
        : "write the ISO 3166 two-letter code of a country, such as GB, IE or US";
    context.atValue(Code.PB413, POINTER, hint, region.get());
  }

  /** Whether libphonenumber reads phone numbers of the region. */
  public static boolean isKnown(String region) {
    return PhoneNumberUtil.getInstance().getSupportedRegions().contains(region);
  }
}
