package dev.playbook.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.playbook.LoadLimits;
import dev.playbook.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.json.JSONObject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML text in one streaming pass into a plain value and a {@link LocationIndex}, refusing the
 * YAML features a playbook has no use for and that hide what it says (aliases, merge keys, tags,
 * duplicate keys, several documents) and input beyond the {@link LoadLimits}.
 *
 * <p>Thread-safe: the parser factory is immutable once built; each call has its own parser.
 */
public final class YamlReader {

  private final LoadLimits limits;
  private final YAMLFactory factory;

  /** A reader applying these limits. */
  public YamlReader(LoadLimits limits) {
    this.limits = limits;
    LoaderOptions options = new LoaderOptions();
    // Our own byte limit applies first; never let SnakeYAML's smaller default refuse a file we allow.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 16));
    this.factory =
        new ObservingYamlParser.Factory(
            YAMLFactory.builder()
                .loaderOptions(options)
                // YAML 1.1 would read [en, no] as [en, false]: keep such words as text.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 2).build()));
  }

  /** Why reading stopped early: the rest of the input must not be looked at. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads {@code text}. Returns the document unless reading had to stop (a syntax error or a limit);
   * every problem goes to {@code problems}. A document is returned even when it has problems that
   * leave its tree readable (duplicate keys, a second document); {@link YamlDocument#faithful()} says
   * whether it is free of aliases, merge keys and tags, which make the tree mean something other
   * than what it seems to.
   */
  public Optional<YamlDocument> read(String text, String file, Problems problems) {
    return new Pass(file, problems).run(text);
  }

  private final class Pass {
    private final String file;
    private final Problems problems;
    private final LocationIndex index;
    private ObservingYamlParser parser;
    private int nodes;
    private boolean faithful = true;

    Pass(String file, Problems problems) {
      this.file = file;
      this.problems = problems;
      this.index = new LocationIndex(file);
    }

    Optional<YamlDocument> run(String text) {
      try (ObservingYamlParser p = (ObservingYamlParser) factory.createParser(new StringReader(text))) {
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          problems.reportWithHint(Code.PB004, SourceLocation.ofFile(file), "",
              "start with apiVersion: playbook.dev/v1");
          return Optional.empty();
        }
        Object root = value("", 1);
        if (p.nextToken() != null) {
          Mark mark = p.secondDocument();
          SourceLocation at = mark != null ? at(mark) : here();
          problems.reportWithHint(Code.PB105, at, "",
              "remove the '---' line and everything after it, or split the file in two");
        }
        return Optional.of(new YamlDocument(root, index, faithful));
      } catch (Stop stop) {
        return Optional.empty();
      } catch (IOException e) {
        syntaxError(e);
        return Optional.empty();
      }
    }

    private Object value(String pointer, int depth) throws IOException, Stop {
      JsonToken token = parser.currentToken();
      SourceLocation location = here();
      index.putValue(pointer, location);
      count(location, pointer);
      checkEvent(parser.event(), location, pointer);
      switch (token) {
        case START_OBJECT:
          checkDepth(depth, location, pointer);
          return mapping(pointer, depth);
        case START_ARRAY:
          checkDepth(depth, location, pointer);
          return list(pointer, depth);
        case VALUE_STRING:
          return parser.getText();
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          index.putPlainText(pointer, parser.getText());
          return number();
        case VALUE_TRUE:
        case VALUE_FALSE:
          index.putPlainText(pointer, parser.getText());
          return token == JsonToken.VALUE_TRUE;
        case VALUE_NULL:
          index.putPlainText(pointer, parser.getText());
          return JSONObject.NULL;
        default:
          // Jackson maps every YAML node to one of the tokens above; keep the text if that changes.
          return parser.getText();
      }
    }

    private Object number() throws IOException {
      String text = parser.getText();
      try {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
          return parser.getDecimalValue();
        }
        return parser.getNumberValue();
      } catch (IOException | NumberFormatException e) {
        // .inf, .nan and other YAML 1.1 oddities: keep what was written, the schema will judge it.
        return text;
      }
    }

    private Map<String, Object> mapping(String pointer, int depth) throws IOException, Stop {
      Map<String, Object> map = new LinkedHashMap<>();
      Map<String, SourceLocation> firstKeys = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        SourceLocation keyLocation = here();
        String child = Pointer.child(pointer, key);
        count(keyLocation, child);
        checkKeyEvent(parser.event(), key, keyLocation, child);
        SourceLocation first = firstKeys.putIfAbsent(key, keyLocation);
        if (first != null) {
          problems.reportWithHint(Code.PB102, keyLocation, child,
              "YAML would silently keep only one of them; remove or rename one", key, first.line());
        } else {
          index.putKey(child, keyLocation);
        }
        parser.nextToken();
        Object value = value(child, depth + 1);
        if (first == null) {
          map.put(key, value);
        }
      }
      return map;
    }

    private List<Object> list(String pointer, int depth) throws IOException, Stop {
      List<Object> list = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(Pointer.child(pointer, list.size()), depth + 1));
      }
      return list;
    }

    private void checkDepth(int depth, SourceLocation location, String pointer) throws Stop {
      if (depth > limits.maxDepth()) {
        problems.reportWithHint(Code.PB106, location, pointer,
            "a playbook needs only a few levels; the limit is LoadLimits.maxDepth", limits.maxDepth());
        throw new Stop();
      }
    }

    private void count(SourceLocation location, String pointer) throws Stop {
      if (++nodes > limits.maxNodes()) {
        problems.reportWithHint(Code.PB107, location, pointer,
            "split the playbook, or raise LoadLimits.maxNodes", limits.maxNodes());
        throw new Stop();
      }
    }

    private void checkKeyEvent(Event event, String key, SourceLocation location, String pointer) {
      checkEvent(event, location, pointer);
      if (event instanceof ScalarEvent scalar && scalar.isPlain() && "<<".equals(key)) {
        faithful = false;
        problems.reportWithHint(Code.PB104, location, pointer,
            "write the keys out in full; merges hide where a value comes from");
      }
    }

    private void checkEvent(Event event, SourceLocation location, String pointer) {
      if (event instanceof AliasEvent alias) {
        faithful = false;
        problems.reportWithHint(Code.PB103, location, pointer,
            "write the value out in full; aliases hide what a rule says and can blow up in size",
            "alias", "*" + alias.getAnchor());
        return;
      }
      if (event instanceof NodeEvent node && node.getAnchor() != null) {
        faithful = false;
        problems.reportWithHint(Code.PB103, location, pointer,
            "remove the anchor and write every value out in full", "anchor", "&" + node.getAnchor());
      }
      String tag = null;
      if (event instanceof ScalarEvent scalar) {
        tag = scalar.getTag();
      } else if (event instanceof CollectionStartEvent collection) {
        tag = collection.getTag();
      }
      if (tag != null) {
        faithful = false;
        problems.reportWithHint(Code.PB108, location, pointer,
            "tags can name types to create; remove the tag, and quote the value if it is text", shortTag(tag));
      }
    }

    private String shortTag(String tag) {
      return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private SourceLocation here() {
      JsonLocation location = parser.currentTokenLocation();
      return new SourceLocation(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private SourceLocation at(Mark mark) {
      return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private void syntaxError(IOException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        String problem = firstLine(marked.getProblem());
        String hint = null;
        if (marked.getContext() != null && marked.getContextMark() != null) {
          hint = firstLine(marked.getContext()) + " that starts at line " + (marked.getContextMark().getLine() + 1);
        }
        if (problem.contains("\\t")) {
          problem = "a tab is used for indentation";
          hint = "indent with spaces; YAML does not allow tabs there";
        }
        problems.reportWithHint(Code.PB101, at(marked.getProblemMark()), "", hint, problem);
      } else if (String.valueOf(e.getMessage()).startsWith("Expected a field name")) {
        // Jackson's words for a YAML complex key (`? [a, b]`), which no playbook needs.
        problems.report(Code.PB101, here(), "", "a key must be plain text, not a list or a mapping");
      } else {
        // Jackson's own errors (a number or text beyond its length limits): its first line, without
        // the " at [Source: ...]" suffix that names Jackson's reader rather than the file.
        String message = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        int source = message.indexOf(" at [Source");
        message = source > 0 ? message.substring(0, source) : message;
        problems.report(Code.PB101, parser == null ? SourceLocation.ofFile(file) : here(), "", message);
      }
    }

    private String firstLine(String text) {
      String trimmed = text.strip();
      int newline = trimmed.indexOf('\n');
      return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
  }
}
