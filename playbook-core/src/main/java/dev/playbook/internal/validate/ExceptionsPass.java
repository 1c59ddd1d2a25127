package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.PhraseAutomaton;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.util.List;

/**
 * Every exception of a banned rule or topic can apply, and none switches a phrase off entirely.
 * Each exception is matched, as a text, against its rule's phrases the way a check matches them
 * (case, Unicode, inflections): one that contains none of them never applies (PB604); one that a
 * phrase covers word for word would let that phrase pass wherever it is found (PB504), unless the
 * exception is exact and the phrase is not (then only that one form passes).
 */
public final class ExceptionsPass implements ModelPass {

  /** Phrases as written: what "is the phrase itself" asks. */
  private static final int AS_WRITTEN = 0;
  /**
   * Phrases with their inflections even when exact: what "contains" asks, so an exception that
   * an inflection of an exact phrase could meet is not called one that never applies.
   */
  private static final int INFLECTED = 1;

  @Override
  public String name() {
    return "exceptions";
  }

  @Override
  public void run(Playbook playbook, PassContext context) {
    Lexicon lexicon = Lexicon.forLocale(playbook.metadata().defaultLocale());
    List<ToneRule> rules = playbook.tone().rules();
    for (int i = 0; i < rules.size(); i++) {
      ToneRule rule = rules.get(i);
      if (rule.kind() == ToneRule.Kind.BANNED) {
        check(lexicon, "tone rule", rule.id(), rule.phrases(), rule.exceptions(),
            Pointer.child(Pointer.child("/tone/rules", i), "exceptions"), context);
      }
    }
    List<Topic> topics = playbook.topics();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      check(lexicon, "topic", topic.id(), topic.recognise().phrases(),
          topic.recognise().exceptions(),
          Pointer.child(Pointer.child(Pointer.child("/topics", i), "recognise"), "exceptions"),
          context);
    }
  }

  private static void check(Lexicon lexicon, String noun, String id, List<Phrase> phrases,
      List<Phrase> exceptions, String pointer, PassContext context) {
    if (exceptions.isEmpty()) {
      return;
    }
    PhraseAutomaton.Builder builder = PhraseAutomaton.builder(lexicon, 2);
    for (int p = 0; p < phrases.size(); p++) {
      builder.add(phrases.get(p).text(), phrases.get(p).exact(), p, AS_WRITTEN);
      builder.add(phrases.get(p).text(), false, p, INFLECTED);
    }
    List<PhraseAutomaton> automata = builder.build();
    Lexicon.Stemmer stemmer = lexicon.newStemmer();
    for (int e = 0; e < exceptions.size(); e++) {
      Phrase exception = exceptions.get(e);
      NormalizedText text = NormalizedText.of(exception.text());
      String at = Pointer.child(pointer, e);
      boolean[] contains = {false};
      automata.get(INFLECTED).match(text, stemmer, (payload, first, end) -> contains[0] = true);
      if (!contains[0]) {
        context.atValue(Code.PB604, at, "write the phrase it should let pass into it, such as "
            + "'claim form' for 'claim', or remove it", exception.text(), noun, id);
        continue;
      }
      int[] whole = {-1};
      automata.get(AS_WRITTEN).match(text, stemmer, (payload, first, end) -> {
        boolean everyForm = !exception.exact() || phrases.get(payload).exact();
        if (first == 0 && end == text.tokenCount() && everyForm && whole[0] < 0) {
          whole[0] = payload;
        }
      });
      if (whole[0] >= 0) {
        context.atValue(Code.PB504, at, "remove the phrase if it should never be reported, or "
            + "write the longer words it is part of, such as 'claim form' for 'claim'",
            exception.text(), noun, id, phrases.get(whole[0]).text());
      }
    }
  }
}
