package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Durations the schema accepts in form also fit in a {@link Duration} ({@code PT99999999999999999999H}
 * has the form but not a value).
 */
public final class DurationsPass implements SemanticPass {

  /** The schema's duration form, without its lookaheads; the schema reports other forms. */
  private static final Pattern FORM = Pattern.compile("P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  @Override
  public String name() {
    return "durations";
  }

  @Override
  public void run(PassContext context) {
    Tree.eachItem(context.root().get("channels"), "/channels", (channel, p) ->
        check(context, Tree.get(channel, "firstResponse"), Pointer.child(p, "firstResponse")));
    Tree.eachItem(context.root().get("escalationPaths"), "/escalationPaths", (path, p) ->
        Tree.eachItem(Tree.get(path, "tiers"), Pointer.child(p, "tiers"), (tier, tp) ->
            check(context, Tree.get(tier, "within"), Pointer.child(tp, "within"))));
  }

  private static void check(PassContext context, Object value, String pointer) {
    Tree.text(value).filter(text -> FORM.matcher(text).matches()).ifPresent(text -> {
      try {
        Duration.parse(text);
      } catch (DateTimeParseException | ArithmeticException e) {
        context.atValue(Code.PB403, pointer, "no deadline needs more than a few days; check the digits", text);
      }
    });
  }
}
