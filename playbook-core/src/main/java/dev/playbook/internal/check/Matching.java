package dev.playbook.internal.check;

import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.PhraseAutomaton;
import dev.playbook.internal.text.TextPattern;
import java.util.List;

/**
 * Everything compiled once and shared by every check of a playbook.
 *
 * @param lexicon how words are stemmed
 * @param draftPhrases the phrases of every rule and of the topics that look in the draft
 * @param inboundPhrases the phrases of the topics that look in the customer's message (no other
 *     rule reads it)
 * @param phrases what each payload of either automaton stands for
 * @param owners how many rules and topics own phrases
 * @param personalDataPatterns the playbook's patterns for kinds of personal data, at each kind's
 *     index: the built-in kinds first, in the order of
 *     {@link dev.playbook.model.PersonalData#BUILT_IN_KINDS}, then every other kind
 *     the playbook names, numbered by the compiler so a check never looks a kind up by name
 * @param phoneRegion the region for phone numbers without a country code, when the playbook sets
 *     one; otherwise the draft's locale decides, then {@code defaultRegion}
 * @param defaultRegion the region of the playbook's default locale, or {@code US}
 * @param published the brand's own contact details, which personal data rules and topics pass
 */
public record Matching(
    Lexicon lexicon,
    PhraseAutomaton draftPhrases,
    PhraseAutomaton inboundPhrases,
    List<PhraseRef> phrases,
    int owners,
    List<List<TextPattern>> personalDataPatterns,
    java.util.Optional<String> phoneRegion,
    String defaultRegion,
    PublishedContacts published) {}
