package dev.playbook.bench;

import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a helpdesk developer would write by hand instead of the engine: lower-case the text, one
 * {@code java.util.regex} alternation of every phrase between {@code \b} word boundaries, and the
 * same patterns with {@code java.util.regex}. One alternation for the draft (banned phrases and
 * topics that look in the draft) and one for the customer's message (topics that look in it).
 *
 * <p>Immutable and thread-safe (matchers are made per call).
 */
public final class Baseline {

  /** One match: in the draft or the inbound, as a range of the text. */
  public record Match(boolean inbound, int start, int end) {}

  private final Pattern draftPhrases;
  private final Pattern inboundPhrases;
  private final List<Pattern> draftPatterns;
  private final List<Pattern> inboundPatterns;

  /** The baseline for a playbook's banned rules and topics (every channel). */
  public Baseline(Playbook playbook) {
    List<String> draft = new ArrayList<>();
    List<String> inbound = new ArrayList<>();
    draftPatterns = new ArrayList<>();
    inboundPatterns = new ArrayList<>();
    for (ToneRule rule : playbook.tone().rules()) {
      if (rule.kind() == ToneRule.Kind.BANNED) {
        rule.phrases().forEach(p -> draft.add(text(p)));
        rule.patterns().forEach(p -> draftPatterns.add(compile(p)));
      }
    }
    for (Topic topic : playbook.topics()) {
      Topic.LookIn lookIn = topic.recognise().lookIn();
      for (Phrase p : topic.recognise().phrases()) {
        (lookIn.draft() ? draft : inbound).add(text(p));
        if (lookIn.draft() && lookIn.inbound()) {
          inbound.add(text(p));
        }
      }
      for (String p : topic.recognise().patterns()) {
        if (lookIn.draft()) {
          draftPatterns.add(compile(p));
        }
        if (lookIn.inbound()) {
          inboundPatterns.add(compile(p));
        }
      }
    }
    draftPhrases = alternation(draft);
    inboundPhrases = alternation(inbound);
  }

  private static String text(Phrase p) {
    return p.text().toLowerCase(Locale.ROOT);
  }

  private static Pattern compile(String p) {
    return Pattern.compile(p, Pattern.CASE_INSENSITIVE);
  }

  /** Longest first, so "card fee" wins over "card" where both start. */
  private static Pattern alternation(List<String> phrases) {
    StringBuilder b = new StringBuilder("\\b(?:");
    phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(p -> {
          if (b.length() > 5) {
            b.append('|');
          }
          String[] words = p.trim().split("\\s+");
          for (int i = 0; i < words.length; i++) {
            b.append(i > 0 ? "\\s+" : "").append(Pattern.quote(words[i]));
          }
        });
    return Pattern.compile(b.append(")\\b").toString());
  }

  /** How many phrases and patterns match in the draft and the inbound (what a benchmark needs). */
  public int count(String draft, String inbound) {
    int n = count(draftPhrases, draftPatterns, draft);
    return inbound.isEmpty() ? n : n + count(inboundPhrases, inboundPatterns, inbound);
  }

  private static int count(Pattern phrases, List<Pattern> patterns, String text) {
    int n = 0;
    Matcher m = phrases.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      n++;
    }
    for (Pattern p : patterns) {
      Matcher pm = p.matcher(text);
      while (pm.find()) {
        n++;
      }
    }
    return n;
  }

  /** Every match, for comparing with the engine. */
  public List<Match> matches(String draft, String inbound) {
    List<Match> out = new ArrayList<>();
    collect(draftPhrases, draftPatterns, draft, false, out);
    collect(inboundPhrases, inboundPatterns, inbound, true, out);
    return out;
  }

  private static void collect(Pattern phrases, List<Pattern> patterns, String text,
      boolean inbound, List<Match> out) {
    Matcher m = phrases.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(new Match(inbound, m.start(), m.end()));
    }
    for (Pattern p : patterns) {
      Matcher pm = p.matcher(text);
      while (pm.find()) {
        if (pm.end() > pm.start()) {
          out.add(new Match(inbound, pm.start(), pm.end()));
        }
      }
    }
  }
}
