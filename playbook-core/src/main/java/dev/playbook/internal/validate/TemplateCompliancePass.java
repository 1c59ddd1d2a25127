package dev.playbook.internal.validate;

import dev.playbook.CompiledPlaybook;
import dev.playbook.Draft;
import dev.playbook.Finding;
import dev.playbook.TemplateException;
import dev.playbook.Verdict;
import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.render.Renderer;
import dev.playbook.model.Channel;
import dev.playbook.model.Playbook;
import dev.playbook.model.Severity;
import dev.playbook.model.Template;
import dev.playbook.model.Template.Variable;
import dev.playbook.model.Topic;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Templates are held to their own playbook: every body is rendered with its variables' examples
 * and checked by the engine on every channel the template is for (all channels when it names
 * none), exactly as a draft an agent started from it would be. An enforced error finding is an
 * error (PB502), a warning finding a warning (PB503), at the body. Findings of topics the
 * template answers (its {@code topics}, or topics it is the holding template of) are expected and
 * not reported. A body in another language than the playbook's default locale is held only to the
 * rules that do not depend on words ({@link #WORD_KINDS} are skipped). A required variable
 * without an example (PB603) or an example that is not of its variable's type (PB411) leaves the
 * template unchecked.
 */
public final class TemplateCompliancePass implements ModelPass {

  /**
   * Kinds whose words are written in the playbook's default language: a body in another language
   * cannot be judged by them (an English "sorry" is not missing from a Welsh reply).
   */
  private static final Set<String> WORD_KINDS = Set.of("banned", "required", "readability", "topic");

  @Override
  public String name() {
    return "template-compliance";
  }

  @Override
  public void run(Playbook playbook, PassContext context) {
    if (playbook.templates().isEmpty()) {
      return;
    }
    CompiledPlaybook engine = CompiledPlaybook.compile(playbook);
    List<Template> templates = playbook.templates();
    for (int i = 0; i < templates.size(); i++) {
      check(playbook, engine, templates.get(i), i, context);
    }
  }

  private static void check(Playbook playbook, CompiledPlaybook engine, Template template,
      int index, PassContext context) {
    String pointer = "/templates/" + index;
    Map<String, Object> examples = new LinkedHashMap<>();
    boolean checkable = true;
    Locale defaultLocale = playbook.metadata().defaultLocale();
    List<Variable> variables = template.variables();
    for (int j = 0; j < variables.size(); j++) {
      Variable v = variables.get(j);
      String variablePointer = Pointer.child(Pointer.child(pointer, "variables"), String.valueOf(j));
      if (v.example().isEmpty()) {
        if (v.required()) {
          context.atKey(Code.PB603, variablePointer,
              "add an example: so that validation can render the body and check it", v.name(),
              template.id());
          checkable = false;
        }
        continue;
      }
      try {
        Renderer.format(template, v, v.example().get(), defaultLocale);
        examples.put(v.name(), v.example().get());
      } catch (TemplateException e) {
        context.atValue(Code.PB411, Pointer.child(variablePointer, "example"), null, v.name(),
            template.id(), Renderer.expected(v));
        checkable = false;
      }
    }
    if (!checkable) {
      return;
    }
    Set<String> answered = new HashSet<>(template.topics());
    for (Topic topic : playbook.topics()) {
      if (topic.outcome().holdingTemplate().filter(template.id()::equals).isPresent()) {
        answered.add(topic.id());
      }
    }
    List<String> channels = template.channels().isEmpty()
        ? playbook.channels().stream().map(Channel::id).toList() : template.channels();
    Map<String, String> tags = bodyTags(context, index);
    for (Locale locale : template.bodies().keySet()) {
      String tag = tags.getOrDefault(locale.toLanguageTag(), locale.toLanguageTag());
      String bodyPointer = Pointer.child(Pointer.child(pointer, "locales"), tag);
      String text = engine.render(template.id(), locale, examples).text();
      Set<String> reported = new HashSet<>();
      boolean foreign = !locale.getLanguage().equals(defaultLocale.getLanguage());
      for (String channel : channels) {
        Verdict verdict = engine.check(Draft.builder(channel, text).locale(locale)
            .template(template.id()).build());
        for (Finding f : verdict.findings()) {
          if (f.topic().filter(answered::contains).isPresent() || f.severity() == Severity.SUGGESTION
              || foreign && WORD_KINDS.contains(f.kind())
              || !reported.add(f.ruleId() + " " + f.span())) {
            continue;
          }
          Code code = f.isError() ? Code.PB502 : Code.PB503;
          String what = f.message() + (f.matched().isEmpty() ? "" : " ('" + f.matched() + "')")
              + f.detail().map(d -> " (" + d + ")").orElse("");
          String hint = f.suggestions().isEmpty() ? "rewrite the body"
              : "write '" + f.suggestions().get(0) + "' instead";
          String rule = f.kind().equals("topic") ? "topic '" + f.ruleId() + "'"
              : f.kind() + " rule '" + f.ruleId() + "'";
          context.atValue(code, bodyPointer, hint, template.id(), tag, rule, channel, what);
        }
      }
    }
  }

  /** The locale keys as written in the file, by canonical tag, to point at the right body. */
  private static Map<String, String> bodyTags(PassContext context, int index) {
    Map<String, String> tags = new LinkedHashMap<>();
    Object template = Tree.list(Tree.get(context.root(), "templates")).get(index);
    Tree.map(Tree.get(template, "locales")).keySet()
        .forEach(tag -> tags.put(Locale.forLanguageTag(tag).toLanguageTag(), tag));
    return tags;
  }
}
