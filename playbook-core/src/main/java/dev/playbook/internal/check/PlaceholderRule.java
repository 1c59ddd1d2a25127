package dev.playbook.internal.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Set;

/**
 * Built in: a template placeholder left unfilled in a draft. Recognised forms: {@code {{name}}},
 * {@code ${name}}, {@code [NAME]} or {@code [CUSTOMER NAME]} (capitals only, so "[sic]" and
 * "[1]" pass), and {@code <name>} or {@code <customer_name>} (lower-case identifiers that are not
 * common HTML tags, so "<b>" passes). Always an error.
 *
 * @param info the rule
 */
public record PlaceholderRule(RuleInfo info) implements Rule {

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{[^{}\\n]{0,80}\\}\\}"
          + "|\\$\\{[^{}\\n]{0,80}\\}"
          + "|\\[[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)*\\]"
          + "|<([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)>");

  private static final Set<String> HTML = Set.of(
      "a", "b", "i", "u", "p", "s", "em", "strong", "br", "hr", "div", "span", "ul", "ol", "li",
      "code", "pre", "small", "sub", "sup", "img", "table", "tr", "td", "th", "blockquote",
      "html", "body", "head", "title", "mark", "del", "ins", "q", "cite");

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    String text = draft.original();
    if (text.indexOf('{') < 0 && text.indexOf('[') < 0 && text.indexOf('<') < 0) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String tag = m.group(1);
      if (tag == null || !HTML.contains(tag)) {
        ctx.report(info, draft, m.start(), m.end());
      }
    }
  }
}
