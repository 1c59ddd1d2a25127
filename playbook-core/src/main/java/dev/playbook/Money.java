package dev.playbook;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, the value of a {@code money} template variable.
 *
 * <pre>{@code
 * Money refund = Money.parse("12.50 GBP");   // or new Money(new BigDecimal("12.50"), Currency.getInstance("GBP"))
 * }</pre>
 *
 * @param amount the amount, with at most as many decimal places as the currency has
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Reads {@code "<amount> <ISO 4217 code>"}, such as {@code 12.50 GBP}.
   *
   * @throws IllegalArgumentException if the text is not in that form or the code is not a currency
   */
  public static Money parse(String text) {
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2 || !parts[1].matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("'" + text + "' is not an amount and a currency code,"
          + " such as 12.50 GBP");
    }
    // Plain digits only: an exponent such as 1e999999999 would make a billion-digit amount.
    if (!parts[0].matches("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?")) {
      throw new IllegalArgumentException("'" + parts[0] + "' is not an amount such as 12.50");
    }
    BigDecimal amount = new BigDecimal(parts[0]);
    try {
      return new Money(amount, Currency.getInstance(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + parts[1] + "' is not an ISO 4217 currency code", e);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
