package dev.playbook.validator.testing;

import dev.playbook.Finding;
import dev.playbook.SourceLocation;
import dev.playbook.model.Playbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the passing cases of one playbook exercise, item by item. An item is covered when, in at
 * least one passing case:
 * <ul>
 *   <li>a tone rule or personal data rule: it fires (enforced or shadow);
 *   <li>a topic: it is recognised, in the message or the draft;
 *   <li>an escalation path: the verdict routes the case to it;
 *   <li>a template: the case starts from it ({@code template:}), or the verdict offers it as the
 *       holding template.
 * </ul>
 *
 * @param playbook the playbook's file name
 * @param items every item of the playbook, in playbook order by kind
 * @param covered the items some passing case exercises
 */
public record Coverage(String playbook, List<Item> items, Set<Item> covered) {

  public Coverage {
    items = List.copyOf(items);
    covered = Set.copyOf(covered);
  }

  /** The kinds of items coverage counts. */
  public enum Kind {
    /** A rule under {@code tone.rules}. */
    TONE_RULE("tone rule"),
    /** A rule under {@code personalData.rules}. */
    PERSONAL_DATA_RULE("personal data rule"),
    /** A topic. */
    TOPIC("topic"),
    /** An escalation path. */
    ESCALATION_PATH("escalation path"),
    /** A template. */
    TEMPLATE("template");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The words for it, as messages and reports name it. */
    public String label() {
      return label;
    }
  }

  /**
   * One thing a playbook declares that a test can exercise.
   *
   * @param kind what it is
   * @param id its id
   * @param location where it is declared: in a base file when it is inherited
   * @param inherited whether the playbook takes it unchanged from a playbook it extends
   */
  public record Item(Kind kind, String id, SourceLocation location, boolean inherited) {}

  /**
   * The line that reports an item no passing case covers, at the place it is declared. An
   * inherited item is declared in a base file but counts for this playbook, so the line names this
   * playbook: the case it lacks belongs in this playbook's tests, not the base's.
   */
  public String notCovered(Item item) {
    return item.location() + ": not covered: " + item.kind().label() + " '" + item.id() + "'"
        + (item.inherited() ? " (inherited by " + playbook + ")" : "");
  }

  /** The items not covered, in playbook order. */
  public List<Item> uncovered() {
    return items.stream().filter(i -> !covered.contains(i)).toList();
  }

  /** The share of items covered, in percent; 100 when there is nothing to cover. */
  public double percent() {
    return items.isEmpty() ? 100.0 : 100.0 * covered.size() / items.size();
  }

  /**
   * Every item of a playbook, its inherited ones too: a brand's tests must show that the rules it
   * inherits still decide its drafts, whatever the base's own tests show.
   */
  static List<Item> items(Playbook p) {
    Set<String> bases = Set.copyOf(p.source().bases());
    List<Item> items = new ArrayList<>();
    p.tone().rules().forEach(r -> items.add(item(Kind.TONE_RULE, r.id(), r.location(), bases)));
    p.personalData().rules().forEach(r ->
        items.add(item(Kind.PERSONAL_DATA_RULE, r.id(), r.location(), bases)));
    p.topics().forEach(t -> items.add(item(Kind.TOPIC, t.id(), t.location(), bases)));
    p.escalationPaths().forEach(e ->
        items.add(item(Kind.ESCALATION_PATH, e.id(), e.location(), bases)));
    p.templates().forEach(t -> items.add(item(Kind.TEMPLATE, t.id(), t.location(), bases)));
    return items;
  }

  private static Item item(Kind kind, String id, SourceLocation at, Set<String> bases) {
    return new Item(kind, id, at, bases.contains(at.file()));
  }

  /**
   * Every id a finding of this playbook can carry: its tone rules, personal data rules and topics,
   * and the built-in rules (channel limits, placeholders, each template's locked text).
   */
  static Set<String> ruleIds(Playbook p) {
    Set<String> ids = new LinkedHashSet<>();
    p.tone().rules().forEach(r -> ids.add(r.id()));
    p.personalData().rules().forEach(r -> ids.add(r.id()));
    p.topics().forEach(t -> ids.add(t.id()));
    for (var channel : p.channels()) {
      for (String builtIn : List.of("max-length", "links", "phone-numbers", "email-addresses",
          "signature")) {
        ids.add(channel.id() + "." + builtIn);
      }
    }
    ids.add("placeholder");
    p.templates().forEach(t -> ids.add(t.id() + ".locked-text"));
    return ids;
  }

  /** The coverage of each playbook the results test, in the order first tested. */
  static List<Coverage> of(List<CaseResult> results) {
    Map<String, Playbook> playbooks = new LinkedHashMap<>();
    Map<String, Set<Item>> covered = new LinkedHashMap<>();
    for (CaseResult r : results) {
      Playbook p = r.file().playbook().playbook();
      playbooks.putIfAbsent(r.file().playbookFile(), p);
      Set<Item> seen = covered.computeIfAbsent(r.file().playbookFile(), k -> new LinkedHashSet<>());
      if (r.status() != CaseResult.Status.PASSED || r.observed().isEmpty()) {
        continue;
      }
      Observed o = r.observed().get();
      Set<String> fired = new LinkedHashSet<>();
      o.findings().stream().map(Finding::ruleId).forEach(fired::add);
      Set<String> templates = new LinkedHashSet<>();
      r.testCase().template().ifPresent(t -> templates.add(t.value()));
      o.holdingTemplate().ifPresent(templates::add);
      for (Item item : items(p)) {
        boolean hit = switch (item.kind()) {
          case TONE_RULE, PERSONAL_DATA_RULE -> fired.contains(item.id());
          case TOPIC -> o.topics().contains(item.id());
          case ESCALATION_PATH -> o.escalation().filter(item.id()::equals).isPresent();
          case TEMPLATE -> templates.contains(item.id());
        };
        if (hit) {
          seen.add(item);
        }
      }
    }
    List<Coverage> coverage = new ArrayList<>();
    playbooks.forEach((file, p) -> coverage.add(new Coverage(file, items(p), covered.get(file))));
    return coverage;
  }
}
