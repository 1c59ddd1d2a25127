package dev.playbook.model;

import dev.playbook.SourceLocation;
import java.util.List;

/**
 * A word or phrase a rule or topic matches.
 *
 * @param text the phrase as written
 * @param instead suggested replacements, most preferred first
 * @param exact whether to match only this exact form, without inflections
 * @param location where the phrase is written
 */
public record Phrase(String text, List<String> instead, boolean exact, SourceLocation location) {
  public Phrase {
    instead = List.copyOf(instead);
  }
}
