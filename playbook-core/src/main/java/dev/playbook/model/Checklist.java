package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * The pre-publish checklist.
 *
 * @param items what is checked before a reply is posted
 * @param seniorReview when a senior colleague must read the reply first
 */
public record Checklist(List<Item> items, Optional<SeniorReview> seniorReview) {

  /** An empty checklist. */
  public static final Checklist NONE = new Checklist(List.of(), Optional.empty());

  public Checklist {
    items = List.copyOf(items);
  }

  /**
   * A checklist item.
   *
   * @param id its id
   * @param confirm what the agent confirms
   * @param checkedBy rules that check it automatically; empty for items confirmed by hand
   * @param scope the channels it applies to
   * @param location where it is defined
   */
  public record Item(
      String id, String confirm, List<String> checkedBy, Scope scope, SourceLocation location) {
    public Item {
      checkedBy = List.copyOf(checkedBy);
    }

    /** Whether the agent must confirm this item by hand. */
    public boolean byHand() {
      return checkedBy.isEmpty();
    }
  }

  /**
   * When senior review is required.
   *
   * @param topics any of these topics being recognised requires it
   * @param channels every reply on these channels requires it
   * @param reason why, for the agent
   * @param location where it is defined
   */
  public record SeniorReview(
      List<String> topics, List<String> channels, Optional<String> reason, SourceLocation location) {
    public SeniorReview {
      topics = List.copyOf(topics);
      channels = List.copyOf(channels);
    }
  }
}
