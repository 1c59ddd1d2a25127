package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The playbook takes effect before it is due for review. */
public final class DatesPass implements SemanticPass {

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public void run(PassContext context) {
    Optional<LocalDate> effective = date(Tree.get(context.root(), "metadata", "effective"));
    Optional<LocalDate> reviewBy = date(Tree.get(context.root(), "metadata", "reviewBy"));
    if (effective.isPresent() && reviewBy.isPresent() && effective.get().isAfter(reviewBy.get())) {
      context.atValue(Code.PB405, "/metadata/reviewBy", "the review date must come after the playbook takes effect",
          effective.get(), reviewBy.get());
    }
  }

  /** The date written as {@code value}, if it is one (the schema reports what is not). */
  static Optional<LocalDate> date(Object value) {
    return Tree.text(value).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }
}
