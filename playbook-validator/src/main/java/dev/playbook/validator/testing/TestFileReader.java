package dev.playbook.validator.testing;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Decision;
import dev.playbook.Diagnostic;
import dev.playbook.LoadLimits;
import dev.playbook.LoadResult;
import dev.playbook.Playbooks;
import dev.playbook.SourceLocation;
import dev.playbook.Span;
import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.LocationIndex;
import dev.playbook.internal.load.Problems;
import dev.playbook.internal.load.SourceReader;
import dev.playbook.internal.load.YamlDocument;
import dev.playbook.internal.load.YamlReader;
import dev.playbook.internal.validate.SchemaValidator;
import dev.playbook.internal.validate.Suggestions;
import dev.playbook.internal.validate.Tree;
import dev.playbook.model.Playbook;
import dev.playbook.validator.testing.TestCase.Expect;
import dev.playbook.validator.testing.TestCase.Fire;
import dev.playbook.validator.testing.TestCase.Located;
import dev.playbook.validator.testing.TestCase.Marked;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads playbook test files. A test file goes through the same hardened reading as a playbook (the
 * core's {@link SourceReader} and {@link YamlReader}: strict UTF-8, no aliases, anchors, tags, merge
 * keys or duplicate keys, size and depth limits), is validated against
 * {@code schemas/playbook-test-v1.schema.json}, and every id a case names is looked up in the
 * playbook under test. Every problem is a {@link Diagnostic} at its {@code file:line:col}.
 *
 * <p>Not thread-safe: it keeps the playbooks it loaded, so that several test files of one playbook
 * share one compiled playbook.
 */
public final class TestFileReader {

  /** The classpath resource of the test file schema. */
  static final String SCHEMA = "dev/playbook/schemas/playbook-test-v1.schema.json";

  private static final LoadLimits LIMITS = LoadLimits.DEFAULTS;
  private static final String OPEN = "⟦";
  private static final String CLOSE = "⟧";

  /** Loaded once: Everit schemas are immutable and thread-safe. */
  private static final class Schema {
    static final SchemaValidator VALIDATOR = SchemaValidator.fromClasspath(SCHEMA);
  }

  /** What reading one test file gave: the file, present exactly when there is no error. */
  public record Result(Optional<TestFile> file, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = diagnostics.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }
  }

  private final Map<Path, LoadResult> playbooks = new HashMap<>();
  private final Map<Path, CompiledPlaybook> compiled = new HashMap<>();

  /** Reads the test file at {@code path}. Never throws for a problem with the file. */
  public Result read(Path path) {
    String name = path.toString();
    Problems problems = new Problems();
    Optional<YamlDocument> document = bytes(path, name, problems)
        .flatMap(bytes -> SourceReader.decode(bytes, name, LIMITS, problems))
        .flatMap(text -> new YamlReader(LIMITS).read(text, name, problems));
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<TestFile> file = document.flatMap(d -> validate(d, path, problems, diagnostics));
    for (Diagnostic d : problems.all()) {
      // The core's "the playbook is empty" names the wrong kind of file.
      diagnostics.add(d.code().equals(Code.PB004.name())
          ? TestCode.PB910.at(d.location(), d.pointer(), "start with apiVersion: playbook.dev/v1")
          : d);
    }
    return new Result(diagnostics.stream().anyMatch(Diagnostic::isError) ? Optional.empty() : file,
        diagnostics);
  }

  private static Optional<byte[]> bytes(Path path, String name, Problems problems) {
    try {
      if (!SourceReader.withinLimit(Files.size(path), name, LIMITS, problems)) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name, "no such file");
    } catch (AccessDeniedException e) {
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name, "permission denied");
    } catch (IOException e) {
      problems.report(Code.PB001, SourceLocation.ofFile(name), "", name,
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return Optional.empty();
  }

  private Optional<TestFile> validate(YamlDocument document, Path path, Problems problems,
      List<Diagnostic> diagnostics) {
    Object root = document.root();
    LocationIndex index = document.index();
    if (!(root instanceof Map<?, ?>)) {
      if (root instanceof String s && s.isEmpty() || root == org.json.JSONObject.NULL) {
        diagnostics.add(TestCode.PB910.at(SourceLocation.ofFile(index.file()), "",
            "start with apiVersion: playbook.dev/v1"));
      } else {
        problems.reportWithHint(Code.PB203, index.value(""), "",
            "a test file starts with apiVersion:, kind: and cases:", "the test file", "a mapping",
            root instanceof List ? "a list" : "a single value");
      }
      return Optional.empty();
    }
    if (!document.faithful()) {
      return Optional.empty();
    }
    Schema.VALIDATOR.validate(root, index, problems);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    Binder binder = new Binder(index, diagnostics);
    List<TestCase> cases = binder.cases(Tree.list(Tree.get(root, "cases")));
    String playbookName = Tree.text(Tree.get(root, "playbook")).orElse(defaultPlaybook(path));
    Path playbookPath = Optional.ofNullable(path.getParent()).map(p -> p.resolve(playbookName))
        .orElse(Path.of(playbookName)).normalize();
    SourceLocation playbookAt = index.key("/playbook").orElse(SourceLocation.ofFile(index.file()));
    LoadResult loaded = playbooks.computeIfAbsent(playbookPath.toAbsolutePath(),
        p -> Files.isRegularFile(playbookPath) ? Playbooks.load(playbookPath) : null);
    if (loaded == null) {
      diagnostics.add(TestCode.PB901.at(playbookAt, "/playbook",
          "name it with playbook: PATH, relative to this file", playbookPath, "does not exist"));
      return Optional.empty();
    }
    if (!loaded.isValid()) {
      diagnostics.add(TestCode.PB901.at(playbookAt, "/playbook",
          "run playbook validate " + playbookPath, playbookPath, "is not valid"));
      diagnostics.addAll(loaded.errors());
      return Optional.empty();
    }
    Playbook playbook = loaded.orThrow();
    new References(playbook, diagnostics).check(cases);
    CompiledPlaybook engine = compiled.computeIfAbsent(playbookPath.toAbsolutePath(),
        p -> Playbooks.compile(playbook));
    return Optional.of(new TestFile(index.file(), playbookPath.toString(), engine, cases));
  }

  /** {@code playbook.test.yaml} tests {@code playbook.yaml}; {@code a.test.yml}, {@code a.yml}. */
  static String defaultPlaybook(Path testFile) {
    String name = testFile.getFileName().toString();
    int test = name.toLowerCase(Locale.ROOT).lastIndexOf(".test.");
    return test < 0 ? "playbook.yaml" : name.substring(0, test) + name.substring(test + 5);
  }

  /** Turns the validated tree into cases; the schema has already vouched for every shape. */
  private static final class Binder {
    private final LocationIndex index;
    private final List<Diagnostic> diagnostics;

    Binder(LocationIndex index, List<Diagnostic> diagnostics) {
      this.index = index;
      this.diagnostics = diagnostics;
    }

    List<TestCase> cases(List<Object> items) {
      List<TestCase> cases = new ArrayList<>();
      Map<String, SourceLocation> names = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String p = "/cases/" + i;
        Object item = items.get(i);
        String name = text(item, "name").orElseThrow();
        SourceLocation at = index.value(p);
        SourceLocation first = names.putIfAbsent(name, at);
        if (first != null) {
          diagnostics.add(TestCode.PB907.at(index.value(p + "/name"), p + "/name",
              "give every case its own name, so a failure says which one", name, first.line()));
        }
        cases.add(new TestCase(name, at, located(item, "channel", p).orElseThrow(),
            text(item, "inbound").map(t -> marked(t, p + "/inbound", "the message"))
                .orElse(new Marked("", List.of())),
            text(item, "draft").map(t -> marked(t, p + "/draft", "the draft")),
            text(item, "locale").flatMap(t -> locale(t, p + "/locale")),
            text(item, "customerName"),
            located(item, "template", p),
            expect(Tree.get(item, "expect"), p + "/expect")));
      }
      return cases;
    }

    private Expect expect(Object node, String p) {
      List<Fire> fires = new ArrayList<>();
      Tree.eachItem(Tree.get(node, "fires"), p + "/fires", (item, ip) -> {
        if (item instanceof String id) {
          fires.add(new Fire(id, Optional.empty(), index.value(ip)));
        } else {
          fires.add(new Fire(text(item, "rule").orElseThrow(), text(item, "on"), index.value(ip)));
        }
      });
      return new Expect(
          located(node, "decision", p).map(d -> new Located<>(Decision.valueOf(d.value()),
              d.location())),
          fires, list(node, "doesNotFire", p), list(node, "topics", p),
          located(node, "escalation", p), located(node, "holdingTemplate", p));
    }

    private List<Located<String>> list(Object node, String key, String p) {
      List<Located<String>> values = new ArrayList<>();
      Tree.eachText(Tree.get(node, key), p + "/" + key,
          (s, ip) -> values.add(new Located<>(s, index.value(ip))));
      return values;
    }

    private Optional<Located<String>> located(Object node, String key, String p) {
      return text(node, key).map(s -> new Located<>(s, index.value(p + "/" + key)));
    }

    private Optional<Locale> locale(String tag, String pointer) {
      try {
        return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
      } catch (IllformedLocaleException e) {
        diagnostics.add(TestCode.PB908.at(index.value(pointer), pointer,
            "write a BCP 47 tag such as en, en-GB or de", tag));
        return Optional.empty();
      }
    }

    /** The text without its ⟦ ⟧ markers, and the spans they mark. */
    private Marked marked(String text, String pointer, String what) {
      StringBuilder plain = new StringBuilder(text.length());
      List<Span> marks = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        String problem = null;
        if (c == OPEN.charAt(0)) {
          if (open >= 0) {
            problem = "a ⟦ inside another; close the first with ⟧";
          }
          open = plain.length();
        } else if (c == CLOSE.charAt(0)) {
          if (open < 0) {
            problem = "a ⟧ without its ⟦";
          } else {
            marks.add(new Span(open, plain.length()));
            open = -1;
          }
        } else {
          plain.append(c);
        }
        if (problem != null) {
          diagnostics.add(TestCode.PB909.at(index.value(pointer), pointer,
              "mark the words a rule must find as ⟦words⟧", what, problem));
          return new Marked(plain.toString(), List.of());
        }
      }
      if (open >= 0) {
        diagnostics.add(TestCode.PB909.at(index.value(pointer), pointer,
            "mark the words a rule must find as ⟦words⟧", what, "a ⟦ without its ⟧"));
      }
      return new Marked(plain.toString(), marks);
    }

    private static Optional<String> text(Object node, String key) {
      return Tree.text(Tree.get(node, key));
    }
  }

  /** Checks that every id a case names exists in the playbook under test. */
  private static final class References {
    private final Playbook playbook;
    private final List<Diagnostic> diagnostics;
    private final Set<String> rules;

    References(Playbook playbook, List<Diagnostic> diagnostics) {
      this.playbook = playbook;
      this.diagnostics = diagnostics;
      this.rules = Coverage.ruleIds(playbook);
    }

    void check(List<TestCase> cases) {
      List<String> channels = playbook.channels().stream().map(c -> c.id()).toList();
      List<String> topics = playbook.topics().stream().map(t -> t.id()).toList();
      List<String> paths = playbook.escalationPaths().stream().map(p -> p.id()).toList();
      List<String> templates = playbook.templates().stream().map(t -> t.id()).toList();
      for (TestCase c : cases) {
        known(TestCode.PB902, c.channel(), channels, false);
        c.template().ifPresent(t -> known(TestCode.PB906, t, templates, false));
        Expect e = c.expect();
        e.fires().forEach(f -> known(TestCode.PB903, new Located<>(f.rule(), f.location()),
            rules, false));
        e.doesNotFire().forEach(r -> known(TestCode.PB903, r, rules, false));
        e.topics().forEach(t -> known(TestCode.PB904, t, topics, false));
        e.escalation().ifPresent(p -> known(TestCode.PB905, p, paths, true));
        e.holdingTemplate().ifPresent(t -> known(TestCode.PB906, t, templates, true));
      }
    }

    private void known(TestCode code, Located<String> id, java.util.Collection<String> ids,
        boolean noneAllowed) {
      if (!ids.contains(id.value()) && !(noneAllowed && TestCase.NONE.equals(id.value()))) {
        add(code, id.location(), id.value(), ids);
      }
    }

    private void add(TestCode code, SourceLocation at, String id, java.util.Collection<String> ids) {
      String hint = Suggestions.didYouMean(id, new LinkedHashSet<>(ids))
          .orElse(ids.isEmpty() ? "the playbook declares none" : null);
      diagnostics.add(code.at(at, "", hint, id));
    }
  }
}
