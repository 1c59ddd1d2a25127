package dev.playbook.model;

import java.util.List;

/**
 * The brand's tone of voice.
 *
 * @param principles the tone in prose, for people
 * @param rules machine-checked tone rules
 */
public record Tone(List<String> principles, List<ToneRule> rules) {

  /** No principles, no rules. */
  public static final Tone NONE = new Tone(List.of(), List.of());

  public Tone {
    principles = List.copyOf(principles);
    rules = List.copyOf(rules);
  }
}
