package dev.playbook.validator;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to one of an enum's constants by the constant's {@code toString()}
 * (the lower-case word users type), ignoring case, so errors list the words and not Java names.
 */
abstract class Choices<E extends Enum<E>> implements ITypeConverter<E> {

  private final Class<E> type;

  Choices(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(choice -> choice.toString().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException("expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
            + " but was '" + value + "'"));
  }
}
