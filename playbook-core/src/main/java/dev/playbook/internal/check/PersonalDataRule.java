package dev.playbook.internal.check;

import dev.playbook.internal.text.Spans;
import java.util.List;
import java.util.Optional;

/**
 * A personal data rule: none of its kinds may appear in the draft. Built-in kinds
 * ({@code card-number} with a Luhn check, {@code email-address}, {@code phone-number} with
 * libphonenumber, {@code url}) and the playbook's own patterns for other kinds. The rule's
 * {@code instead} is the finding's suggestion. The brand's own published contact details are not
 * a customer's personal data and are not reported.
 *
 * @param info the rule
 * @param kinds the kinds it forbids
 * @param indexes each kind's index ({@link Matching#personalDataPatterns})
 * @param instead what to do instead, if the author said
 */
public record PersonalDataRule(RuleInfo info, List<String> kinds, int[] indexes,
    Optional<String> instead) implements Rule {

  public PersonalDataRule {
    kinds = List.copyOf(kinds);
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    // Not instead.stream().toList(): a stream pipeline on every check, found or not, cost half a
    // percent of a check.
    List<String> suggestions = instead.isPresent() ? List.of(instead.get()) : List.of();
    for (int k = 0; k < indexes.length; k++) {
      String kind = kinds.get(k);
      Spans found = draft.customerData(indexes[k]);
      for (int i = 0; i < found.size(); i++) {
        ctx.report(info, draft, found.start(i), found.end(i), suggestions, Optional.of(kind));
      }
    }
  }
}
