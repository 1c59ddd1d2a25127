package dev.playbook.internal.check;

import dev.playbook.model.Phrase;

/**
 * What a phrase in the automata belongs to.
 *
 * @param owner the index of the rule or topic that owns it
 * @param phrase the phrase as written
 */
public record PhraseRef(int owner, Phrase phrase) {}
