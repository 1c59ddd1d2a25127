package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The playbook's version follows Semantic Versioning 2.0.0 in the details the schema's pattern
 * lets through: no empty pre-release or build identifiers, no leading zeros in numeric pre-release
 * identifiers.
 */
public final class VersionPass implements SemanticPass {

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");

  @Override
  public String name() {
    return "version";
  }

  @Override
  public void run(PassContext context) {
    Tree.text(Tree.get(context.root(), "metadata", "version")).ifPresent(version -> {
      Matcher m = VERSION.matcher(version);
      if (!m.matches()) {
        return;
      }
      String problem = identifiers(m.group(4), true);
      if (problem == null) {
        problem = identifiers(m.group(5), false);
      }
      if (problem != null) {
        context.atValue(Code.PB404, "/metadata/version", "see https://semver.org, such as 2.4.0-rc.1", version, problem);
      }
    });
  }

  private static String identifiers(String part, boolean preRelease) {
    if (part == null) {
      return null;
    }
    for (String identifier : part.split("\\.", -1)) {
      if (identifier.isEmpty()) {
        return (preRelease ? "a pre-release" : "a build") + " identifier is empty";
      }
      if (preRelease && identifier.length() > 1 && identifier.startsWith("0")
          && identifier.chars().allMatch(Character::isDigit)) {
        return "the pre-release number " + identifier + " has a leading zero";
      }
    }
    return null;
  }
}
