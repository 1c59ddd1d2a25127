package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.LocationIndex;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.load.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates a playbook tree against a JSON Schema (draft-07, with Everit) and turns each violation
 * into a diagnostic in the author's words, at the key or value it is about.
 *
 * <p>Immutable and thread-safe once built: Everit schemas hold no per-validation state.
 */
public final class SchemaValidator {

  private static final Pattern EXTRANEOUS = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");
  private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)\\] not found");
  private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");
  private static final Pattern EXPECTED_TYPE =
      Pattern.compile("expected type(?::| is one of) (.*), found: (.*)");
  private static final Pattern QUOTED_STRING = Pattern.compile("string \\[(.*)\\] does not match pattern");

  private final Schema schema;

  private SchemaValidator(Schema schema) {
    this.schema = schema;
  }

  /**
   * Loads the schema at this classpath resource. It never fetches anything over the network: any
   * {@code $ref} outside the file fails to load.
   *
   * @throws IllegalStateException if the resource is missing or refers outside itself (a packaging bug)
   */
  public static SchemaValidator fromClasspath(String resource) {
    try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the classpath: " + resource);
      }
      JSONObject json = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      Schema schema = SchemaLoader.builder()
          .schemaJson(json)
          .draftV7Support()
          // Everit's built-in email check (commons-validator) rejects reserved TLDs such as
          // .example and goes stale as TLDs are added; the form is all a playbook can vouch for.
          .enableOverrideOfBuiltInFormatValidators()
          .addFormatValidator(new EmailFormat())
          .schemaClient(url -> {
            throw new IllegalStateException("the playbook schema may not fetch " + url);
          })
          .build()
          .load()
          .build();
      return new SchemaValidator(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates {@code root}, reporting every violation. */
  public void validate(Object root, LocationIndex index, Problems problems) {
    try {
      schema.validate(toJson(root));
    } catch (ValidationException e) {
      Mapper mapper = new Mapper(root, index, problems);
      mapper.map(e);
    }
  }

  /** An address of the form {@code local@domain.tld}, without spaces. */
  private static final class EmailFormat implements FormatValidator {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    @Override
    public Optional<String> validate(String subject) {
      return EMAIL.matcher(subject).matches() ? Optional.empty() : Optional.of("not an email address");
    }

    @Override
    public String formatName() {
      return "email";
    }
  }

  /** The tree as org.json values, which is what Everit reads. */
  static Object toJson(Object node) {
    if (node instanceof Map<?, ?> map) {
      JSONObject object = new JSONObject();
      map.forEach((k, v) -> object.put((String) k, toJson(v)));
      return object;
    }
    if (node instanceof List<?> list) {
      JSONArray array = new JSONArray();
      list.forEach(v -> array.put(toJson(v)));
      return array;
    }
    return node;
  }

  private static final class Mapper {
    private final Object root;
    private final LocationIndex index;
    private final Problems problems;
    private final Set<String> seen = new HashSet<>();

    Mapper(Object root, LocationIndex index, Problems problems) {
      this.root = root;
      this.index = index;
      this.problems = problems;
    }

    void map(ValidationException e) {
      String keyword = e.getKeyword();
      if ("oneOf".equals(keyword) || "anyOf".equals(keyword)) {
        alternatives(e);
      } else if (e.getCausingExceptions().isEmpty()) {
        leaf(e);
      } else {
        e.getCausingExceptions().forEach(this::map);
      }
    }

    /**
     * A value matched none of several alternatives. Reporting every branch's failure would be noise
     * ("expected text" and "unknown property" for the same phrase), so: if every branch asks for a
     * different key, say "needs one of"; if the value has the wrong shape for all, say which shapes
     * are allowed; else report the branches whose shape the value has.
     */
    private void alternatives(ValidationException e) {
      String pointer = pointer(e);
      List<ValidationException> branches = e.getCausingExceptions();
      if (!branches.isEmpty() && branches.stream().allMatch(b -> "required".equals(b.getKeyword())
          && b.getCausingExceptions().isEmpty() && pointer(b).equals(pointer))) {
        List<String> keys = branches.stream().map(b -> group(REQUIRED, b.getErrorMessage()))
            .filter(Objects::nonNull).sorted().collect(Collectors.toList());
        missing(e, pointer, Suggestions.quotedOneOf(keys), null);
        return;
      }
      List<ValidationException> shaped = branches.stream()
          .filter(b -> !("type".equals(b.getKeyword()) && pointer(b).equals(pointer)))
          .collect(Collectors.toList());
      if (shaped.isEmpty()) {
        List<String> expected = branches.stream().map(this::expectedTypes).distinct()
            .sorted(java.util.Comparator.comparingInt(Mapper::typeOrder)).collect(Collectors.toList());
        wrongType(pointer, Suggestions.oneOf(expected));
        return;
      }
      shaped.forEach(this::map);
    }

    private void leaf(ValidationException e) {
      String pointer = pointer(e);
      String keyword = e.getKeyword() == null ? "" : e.getKeyword();
      Schema violated = e.getViolatedSchema();
      switch (keyword) {
        case "additionalProperties" -> unknownProperty(e, pointer, violated);
        case "required" -> missing(e, pointer, "'" + group(REQUIRED, e.getErrorMessage()) + "'",
            violated instanceof ObjectSchema object
                ? object.getPropertySchemas().get(group(REQUIRED, e.getErrorMessage())) : null);
        case "type" -> wrongType(pointer, expectedTypes(e));
        case "enum" -> notAllowed(pointer, violated);
        case "pattern" -> badForm(e, pointer, violated);
        case "format" -> badFormat(pointer, violated);
        case "minItems" -> report(Code.PB206, index.value(pointer), pointer, "add at least one, or leave the key out",
            Places.subject(pointer), plural(number(e), "item"));
        case "minLength" -> report(Code.PB206, index.value(pointer), pointer, "write something, or leave the key out",
            Places.subject(pointer), plural(number(e), "character"));
        case "minProperties" -> report(Code.PB206, index.value(pointer), pointer, null,
            Places.subject(pointer), plural(number(e), "entry"));
        case "uniqueItems" -> repeated(pointer);
        case "maxLength" -> report(Code.PB208, index.value(pointer), pointer, null,
            Places.subject(pointer), "at most " + plural(number(e), "character") + " long");
        case "minimum" -> report(Code.PB208, index.value(pointer), pointer, null,
            Places.subject(pointer), "at least " + limit(violated, true));
        case "maximum" -> report(Code.PB208, index.value(pointer), pointer, null,
            Places.subject(pointer), "at most " + limit(violated, false));
        default -> report(Code.PB209, index.value(pointer), pointer, null,
            Places.subject(pointer), e.getErrorMessage());
      }
    }

    private void unknownProperty(ValidationException e, String pointer, Schema violated) {
      String key = group(EXTRANEOUS, e.getErrorMessage());
      if (key == null) {
        report(Code.PB209, index.value(pointer), pointer, null, Places.subject(pointer), e.getErrorMessage());
        return;
      }
      String child = Pointer.child(pointer, key);
      List<String> allowed = violated instanceof ObjectSchema object
          ? new ArrayList<>(new TreeSet<>(object.getPropertySchemas().keySet())) : List.of();
      String hint = Suggestions.didYouMean(key, allowed)
          .orElse(allowed.isEmpty() ? null : "allowed here: " + String.join(", ", allowed));
      report(Code.PB201, index.of(child), child, hint, key, Places.describe(pointer));
    }

    private void missing(ValidationException e, String pointer, String keys, Schema property) {
      String place = Places.describe(pointer);
      String location = e.getViolatedSchema() == null ? null : e.getViolatedSchema().getSchemaLocation();
      Object kind = Tree.get(valueAt(pointer), "kind");
      if (location != null && location.contains("/then") && kind instanceof String k) {
        place = place + " of kind '" + k + "'";
      }
      String hint = property == null ? null : property.getDescription();
      report(Code.PB202, index.of(pointer), pointer, hint, place, keys);
    }

    private void wrongType(String pointer, String expected) {
      Object value = valueAt(pointer);
      String hint = null;
      Optional<String> plain = index.plainText(pointer);
      if (expected.equals("text") && plain.isPresent()) {
        hint = "put it in quotes: \"" + plain.get() + "\"";
      } else if (expected.equals("true or false") && value instanceof String s) {
        hint = "write true or false; YAML 1.2 reads '" + s + "' as text";
      }
      report(Code.PB203, index.value(pointer), pointer, hint,
          Places.subject(pointer), expected, describeValue(pointer, value));
    }

    private void notAllowed(String pointer, Schema violated) {
      Object value = valueAt(pointer);
      List<String> allowed = violated instanceof EnumSchema e
          ? e.getPossibleValuesAsList().stream().map(String::valueOf).collect(Collectors.toList()) : List.of();
      String written = value instanceof String s ? s : index.plainText(pointer).orElse(String.valueOf(value));
      String hint = Suggestions.didYouMean(written, allowed).orElse(null);
      report(Code.PB204, index.value(pointer), pointer, hint, written, noun(pointer), Suggestions.oneOf(allowed));
    }

    private void badForm(ValidationException e, String pointer, Schema violated) {
      Object value = valueAt(pointer);
      String written = group(QUOTED_STRING, e.getErrorMessage());
      String location = violated == null ? null : violated.getSchemaLocation();
      boolean isKey = written != null && written.equals(Pointer.last(pointer)) && !written.equals(value);
      String[] form = form(location == null ? "" : location, pointer);
      String hint = form[1] != null ? form[1] : violated == null ? null : violated.getDescription();
      report(Code.PB205, isKey ? index.of(pointer) : index.value(pointer), pointer, hint,
          written == null ? String.valueOf(value) : written, form[0]);
    }

    private void badFormat(String pointer, Schema violated) {
      String format = violated instanceof StringSchema s && s.getFormatValidator() != null
          ? s.getFormatValidator().formatName() : "";
      String value = String.valueOf(valueAt(pointer));
      switch (format) {
        case "date" -> report(Code.PB205, index.value(pointer), pointer,
            "write dates as YYYY-MM-DD, such as 2026-11-01", value, "a date");
        case "email" -> report(Code.PB205, index.value(pointer), pointer,
            "write an address such as help@example.com", value, "an email address");
        default -> report(Code.PB205, index.value(pointer), pointer, null, value, "a valid " + format);
      }
    }

    private void repeated(String pointer) {
      Set<Object> seenItems = new HashSet<>();
      List<Object> items = Tree.list(valueAt(pointer));
      for (int i = 0; i < items.size(); i++) {
        if (!seenItems.add(items.get(i))) {
          String item = Pointer.child(pointer, i);
          report(Code.PB207, index.value(item), item, "remove the repeated item",
              Places.subject(pointer), String.valueOf(items.get(i)));
          return;
        }
      }
    }

    /** The noun for "'x' is not ___" and its hint, by where the pattern comes from. */
    private static String[] form(String schemaLocation, String pointer) {
      String key = Pointer.last(pointer);
      if (schemaLocation.endsWith("/definitions/id")) {
        return new String[] {"a valid id", "use lower-case letters, digits and dashes, starting with a letter, such as 'legal-review'"};
      }
      if (schemaLocation.endsWith("/definitions/duration")) {
        return new String[] {"a duration", "write an ISO-8601 duration such as PT30M, PT1H or P1D"};
      }
      if (schemaLocation.endsWith("/definitions/locale")) {
        return new String[] {"a language tag", "write a BCP 47 tag such as en, en-GB or cy"};
      }
      if (schemaLocation.endsWith("/definitions/personalDataKind")) {
        return new String[] {"a kind of personal data", "use lower-case words joined by dashes, such as account-number"};
      }
      if (schemaLocation.endsWith("/version")) {
        return new String[] {"a semantic version", "write MAJOR.MINOR.PATCH, such as 2.4.0"};
      }
      if (schemaLocation.endsWith("/phoneRegion")) {
        return new String[] {"a region code", "write a two-letter country code in capitals, such as GB"};
      }
      if (schemaLocation.contains("/published/properties/domains")) {
        return new String[] {"a domain name", "write the domain in lower case, such as northbank.example, without https:// or a path"};
      }
      if (schemaLocation.contains("/allowedDomains")) {
        return new String[] {"a domain name", "write a domain such as example.com, without https://"};
      }
      if (schemaLocation.contains("/definitions/variable")) {
        return new String[] {"a variable name", "start with a letter, then letters, digits or _"};
      }
      return new String[] {"in the form '" + key + "' needs", null};
    }

    private static String noun(String pointer) {
      List<String> segments = Pointer.segments(pointer);
      String key = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
      if (!key.isEmpty() && key.chars().allMatch(Character::isDigit) && segments.size() > 1) {
        key = segments.get(segments.size() - 2);
      }
      return switch (key) {
        case "severity" -> "a severity";
        case "mode" -> "a mode";
        case "visibility" -> "a visibility";
        case "kind" -> segments.size() == 1 ? "a kind of document" : "a kind of tone rule";
        case "lookIn" -> "a place to look";
        case "element" -> "an element";
        case "where" -> "a place in the reply";
        case "via" -> "a way to notify";
        case "type" -> "a variable type";
        case "sections" -> "a section";
        default -> "allowed for '" + key + "'";
      };
    }

    private String expectedTypes(ValidationException e) {
      Schema violated = e.getViolatedSchema();
      if (violated instanceof StringSchema) {
        return "text";
      }
      if (violated instanceof ObjectSchema) {
        return "a mapping";
      }
      if (violated instanceof ArraySchema) {
        return "a list";
      }
      if (violated instanceof BooleanSchema) {
        return "true or false";
      }
      if (violated instanceof NullSchema) {
        return "empty";
      }
      if (violated instanceof NumberSchema n) {
        return n.requiresInteger() ? "a whole number" : "a number";
      }
      Matcher m = EXPECTED_TYPE.matcher(e.getErrorMessage());
      if (m.find()) {
        Set<String> names = new LinkedHashSet<>();
        for (String type : m.group(1).split(",\\s*")) {
          names.add(typeName(type.strip()));
        }
        return Suggestions.oneOf(new ArrayList<>(names));
      }
      return "something else";
    }

    /** Simple shapes first: "text or a mapping", not "a mapping or text". */
    private static int typeOrder(String type) {
      int order = List.of("text", "a whole number", "a number", "true or false", "a list", "a mapping").indexOf(type);
      return order < 0 ? Integer.MAX_VALUE : order;
    }

    private static String typeName(String javaType) {
      return switch (javaType) {
        case "String" -> "text";
        case "JSONObject" -> "a mapping";
        case "JSONArray" -> "a list";
        case "Boolean" -> "true or false";
        case "Integer" -> "a whole number";
        case "Number" -> "a number";
        default -> javaType.toLowerCase(java.util.Locale.ROOT);
      };
    }

    private String describeValue(String pointer, Object value) {
      if (value instanceof String s) {
        return s.isEmpty() ? "empty text" : "the text '" + s + "'";
      }
      if (value instanceof Number n) {
        return "the number " + index.plainText(pointer).orElse(n.toString());
      }
      if (value instanceof Boolean b) {
        return index.plainText(pointer).orElse(b.toString());
      }
      if (value instanceof Map) {
        return "a mapping";
      }
      if (value instanceof List) {
        return "a list";
      }
      return "empty";
    }

    private Object valueAt(String pointer) {
      Object node = root;
      for (String segment : Pointer.segments(pointer)) {
        if (node instanceof Map<?, ?> map) {
          node = map.get(segment);
        } else if (node instanceof List<?> list) {
          try {
            node = list.get(Integer.parseInt(segment));
          } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
          }
        } else {
          return null;
        }
      }
      return node;
    }

    private static String limit(Schema violated, boolean minimum) {
      Number limit = violated instanceof NumberSchema n ? (minimum ? n.getMinimum() : n.getMaximum()) : null;
      if (limit == null) {
        return minimum ? "larger" : "smaller";
      }
      return limit instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : limit.toString();
    }

    private static int number(ValidationException e) {
      String n = group(FIRST_NUMBER, e.getErrorMessage());
      return n == null ? 1 : Integer.parseInt(n);
    }

    private static String plural(int n, String word) {
      if (n == 1) {
        return n + " " + word;
      }
      return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }

    private static String group(Pattern pattern, String text) {
      Matcher m = pattern.matcher(text == null ? "" : text);
      return m.find() ? m.group(1) : null;
    }

    private static String pointer(ValidationException e) {
      String p = e.getPointerToViolation();
      return p == null || p.equals("#") ? "" : p.startsWith("#") ? p.substring(1) : p;
    }

    private void report(Code code, dev.playbook.SourceLocation location, String pointer, String hint, Object... args) {
      String key = code + "|" + location + "|" + pointer + "|" + List.of(args);
      if (seen.add(key)) {
        problems.reportWithHint(code, location, pointer, hint, args);
      }
    }
  }
}
