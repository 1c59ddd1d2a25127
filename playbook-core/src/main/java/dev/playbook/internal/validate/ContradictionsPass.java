package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * No phrase is both required by one tone rule and banned by another on the same channel: an agent
 * could never satisfy both.
 */
public final class ContradictionsPass implements SemanticPass {

  @Override
  public String name() {
    return "contradictions";
  }

  private record RuleScope(String id, String pointer, Set<String> channels) {}

  @Override
  public void run(PassContext context) {
    Map<String, Object> root = context.root();
    Map<String, String> visibility = new LinkedHashMap<>();
    Tree.eachItem(root.get("channels"), "/channels", (channel, p) ->
        Tree.text(Tree.get(channel, "id")).ifPresent(id ->
            visibility.put(id, Tree.text(Tree.get(channel, "visibility")).orElse(""))));

    List<RuleScope> required = new ArrayList<>();
    Map<String, List<RuleScope>> requiredBy = new LinkedHashMap<>();
    Tree.eachItem(Tree.get(root, "tone", "rules"), "/tone/rules", (rule, p) -> {
      if (Tree.get(rule, "kind") instanceof String kind && kind.equals("required")) {
        RuleScope scope = scope(rule, p, visibility);
        required.add(scope);
        eachPhrase(rule, p, (phrase, pp) -> requiredBy.computeIfAbsent(phrase, k -> new ArrayList<>()).add(scope));
      }
    });
    if (required.isEmpty()) {
      return;
    }
    Tree.eachItem(Tree.get(root, "tone", "rules"), "/tone/rules", (rule, p) -> {
      if (Tree.get(rule, "kind") instanceof String kind && kind.equals("banned")) {
        RuleScope banned = scope(rule, p, visibility);
        eachPhrase(rule, p, (phrase, pp) -> {
          for (RuleScope requiring : requiredBy.getOrDefault(phrase, List.of())) {
            if (overlap(banned.channels(), requiring.channels())) {
              context.atValue(Code.PB501, pp, "remove the phrase from one of the rules, or give them different channels",
                  phrase, banned.id(), requiring.id(), context.index().value(requiring.pointer()).line());
            }
          }
        });
      }
    });
  }

  /** The channels a rule applies on; null stands for every channel when none are declared. */
  private static RuleScope scope(Object rule, String pointer, Map<String, String> visibility) {
    String id = Tree.text(Tree.get(rule, "id")).orElse("?");
    List<Object> listed = Tree.list(Tree.get(rule, "channels"));
    Optional<String> onlyVisibility = Tree.text(Tree.get(rule, "visibility"));
    if (visibility.isEmpty()) {
      return new RuleScope(id, pointer, null);
    }
    Set<String> channels = new HashSet<>();
    for (String channel : visibility.keySet()) {
      boolean inList = listed.isEmpty() || listed.contains(channel);
      boolean visible = onlyVisibility.map(v -> v.equals(visibility.get(channel))).orElse(true);
      if (inList && visible) {
        channels.add(channel);
      }
    }
    return new RuleScope(id, pointer, channels);
  }

  private static boolean overlap(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return true;
    }
    return a.stream().anyMatch(b::contains);
  }

  private interface PhraseAction {
    void accept(String normalised, String pointer);
  }

  private static void eachPhrase(Object rule, String pointer, PhraseAction action) {
    Tree.eachItem(Tree.get(rule, "phrases"), Pointer.child(pointer, "phrases"), (phrase, p) -> {
      Object text = phrase instanceof String ? phrase : Tree.get(phrase, "phrase");
      Tree.text(text).map(ContradictionsPass::normalise).filter(s -> !s.isEmpty())
          .ifPresent(s -> action.accept(s, p));
    });
  }

  /** Phrases compare case-insensitively, across any spacing. */
  static String normalise(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
