package dev.playbook.internal.validate;

import dev.playbook.internal.check.PublishedContacts;
import dev.playbook.internal.load.Code;
import java.util.Map;
import java.util.Optional;

/**
 * Every published phone number ({@code personalData.published.phoneNumbers}) is a valid number,
 * read in {@code personalData.phoneRegion} unless written with {@code +} and a country code.
 * One that is not could never be the same as a number found in a text, so the brand's own
 * helpline would still be reported as a customer's personal data. Email addresses and domains are
 * checked by the schema.
 */
public final class PublishedContactsPass implements SemanticPass {

  private static final String POINTER = "/personalData/published/phoneNumbers";

  @Override
  public String name() {
    return "published-contacts";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> personalData = Tree.map(context.root().get("personalData"));
    Optional<String> region = Tree.text(personalData.get("phoneRegion"));
    if (region.isPresent() && !PhoneRegionPass.isKnown(region.get())) {
      return; // PB413 says what is wrong: no number could be read in it
    }
    Tree.eachText(Tree.get(personalData, "published", "phoneNumbers"), POINTER, (number, p) -> {
      if (PublishedContacts.e164(number, region).isPresent()) {
        return;
      }
      if (region.isEmpty() && !number.strip().startsWith("+")) {
        context.atValue(Code.PB412, p,
            "write it with its country code, such as +44 808 157 0192, or set personalData.phoneRegion",
            number, "has no country code, and personalData.phoneRegion is not set to read it in");
      } else {
        context.atValue(Code.PB412, p,
            "check the digits; write a number of another country with + and its country code",
            number, "is not a valid phone number" + region.map(r -> " in " + r).orElse(""));
      }
    });
  }
}
