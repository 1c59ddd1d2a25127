package dev.playbook.internal.validate;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.Map;

/**
 * Every regular expression compiles under RE2 (linear-time matching, so no draft reply can make a
 * check hang). Java-only features RE2 lacks, backreferences and lookarounds, get a hint saying so.
 */
public final class PatternsPass implements SemanticPass {

  private static final java.util.regex.Pattern UNSUPPORTED =
      java.util.regex.Pattern.compile("\\\\[1-9]|\\\\k<|\\(\\?<?[=!]");

  @Override
  public String name() {
    return "patterns";
  }

  @Override
  public void run(PassContext context) {
    Map<String, Object> root = context.root();
    Tree.eachItem(Tree.get(root, "tone", "rules"), "/tone/rules", (rule, p) ->
        Tree.eachText(Tree.get(rule, "patterns"), Pointer.child(p, "patterns"), (regex, rp) -> check(context, regex, rp)));
    Tree.eachItem(root.get("topics"), "/topics", (topic, p) ->
        Tree.eachText(Tree.get(topic, "recognise", "patterns"), Pointer.child(Pointer.child(p, "recognise"), "patterns"),
            (regex, rp) -> check(context, regex, rp)));
    Tree.map(Tree.get(root, "personalData", "patterns")).forEach((kind, list) ->
        Tree.eachText(list, Pointer.child("/personalData/patterns", kind), (regex, rp) -> check(context, regex, rp)));
    Tree.eachItem(root.get("channels"), "/channels", (channel, p) ->
        Tree.text(Tree.get(channel, "signature", "pattern")).ifPresent(regex ->
            check(context, regex, Pointer.child(Pointer.child(p, "signature"), "pattern"))));
  }

  /** Whether {@code regex} compiles under RE2, reporting why not. */
  static void check(PassContext context, String regex, String pointer) {
    try {
      Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      String hint = UNSUPPORTED.matcher(regex).find()
          ? "RE2 has no backreferences or lookarounds; that is what keeps matching fast on any reply"
          : null;
      // RE2/J names the offending fragment, or the whole pattern with the flag it was compiled with.
      String fragment = e.getPattern();
      String detail = fragment.equals(regex) || fragment.equals("(?i)" + regex)
          ? e.getDescription() : e.getDescription() + " '" + fragment + "'";
      context.atValue(Code.PB402, pointer, hint, regex, detail);
    }
  }
}
