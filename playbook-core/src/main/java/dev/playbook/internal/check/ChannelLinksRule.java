package dev.playbook.internal.check;

import dev.playbook.internal.text.Detectors;
import dev.playbook.internal.text.Spans;
import java.util.List;
import java.util.Optional;

/**
 * A channel's {@code allow.links}: links are reported when the channel allows none, or, when it
 * allows links to {@code allowedDomains} only, each link to another domain (subdomains of an
 * allowed domain are allowed).
 *
 * @param info the rule
 * @param allowed whether links are allowed at all
 * @param domains the domains links may go to (empty: any)
 */
public record ChannelLinksRule(RuleInfo info, boolean allowed, List<String> domains)
    implements Rule {

  public ChannelLinksRule {
    domains = List.copyOf(domains);
  }

  @Override
  public void check(CheckContext ctx) {
    TextAnalysis draft = ctx.draftText();
    Spans urls = draft.urls();
    for (int i = 0; i < urls.size(); i++) {
      String host = draft.urlHost(i);
      if (!allowed || !Detectors.hostAllowed(host, domains)) {
        ctx.report(info, draft, urls.start(i), urls.end(i), List.of(), Optional.of(host));
      }
    }
  }
}
