package dev.playbook.internal.validate;

import dev.playbook.internal.load.Code;
import dev.playbook.internal.load.Pointer;
import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.NormalizedText;
import dev.playbook.model.Phrase;
import dev.playbook.model.Playbook;
import dev.playbook.model.ToneRule;
import dev.playbook.model.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every exception of a banned rule or topic can apply, and none switches a phrase off entirely,
 * judged word by word with the check's own matching: a phrase word matched with its inflections
 * accepts every text word whose key (its stem, {@link Lexicon}) is one of the keys of its
 * inflections; an exact one accepts only itself, folded. An exception applies when, somewhere in
 * it, each word of some phrase can be a word both accept (else PB604); it switches a phrase off
 * when it has as many words and each accepts every word the phrase's accepts (PB504). Comparing
 * what the words accept, rather than matching one's text against the other, keeps both answers
 * true where inflection is not symmetric: an exact phrase inside an exception with inflections,
 * or "sue" (whose hits include "sued" and "suing") beside "sues" (whose do not).
 */
public final class ExceptionsPass implements ModelPass {

  @Override
  public String name() {
    return "exceptions";
  }

  @Override
  public void run(Playbook playbook, PassContext context) {
    Lexicon lexicon = Lexicon.forLocale(playbook.metadata().defaultLocale());
    Lexicon.Stemmer stemmer = lexicon.newStemmer();
    List<ToneRule> rules = playbook.tone().rules();
    for (int i = 0; i < rules.size(); i++) {
      ToneRule rule = rules.get(i);
      if (rule.kind() == ToneRule.Kind.BANNED) {
        check(lexicon, stemmer, "tone rule", rule.id(), rule.phrases(), rule.exceptions(),
            Pointer.child(Pointer.child("/tone/rules", i), "exceptions"), context);
      }
    }
    List<Topic> topics = playbook.topics();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      check(lexicon, stemmer, "topic", topic.id(), topic.recognise().phrases(),
          topic.recognise().exceptions(),
          Pointer.child(Pointer.child(Pointer.child("/topics", i), "recognise"), "exceptions"),
          context);
    }
  }

  private static void check(Lexicon lexicon, Lexicon.Stemmer stemmer, String noun, String id,
      List<Phrase> phrases, List<Phrase> exceptions, String pointer, PassContext context) {
    if (exceptions.isEmpty()) {
      return;
    }
    List<List<Word>> phraseWords = phrases.stream()
        .map(p -> words(p, lexicon, stemmer)).toList();
    for (int e = 0; e < exceptions.size(); e++) {
      Phrase exception = exceptions.get(e);
      List<Word> words = words(exception, lexicon, stemmer);
      String at = Pointer.child(pointer, e);
      if (phraseWords.stream().noneMatch(p -> canMeetInside(p, words))) {
        context.atValue(Code.PB604, at, "write the phrase it should let pass into it, such as "
            + "'claim form' for 'claim', or remove it", exception.text(), noun, id);
        continue;
      }
      for (int p = 0; p < phrases.size(); p++) {
        if (coversEveryHit(words, phraseWords.get(p))) {
          context.atValue(Code.PB504, at, "remove the phrase if it should never be reported, or "
              + "write the longer words it is part of, such as 'claim form' for 'claim'",
              exception.text(), noun, id, phrases.get(p).text());
          break;
        }
      }
    }
  }

  /** The words of a phrase or exception, as a check matches them. */
  private static List<Word> words(Phrase phrase, Lexicon lexicon, Lexicon.Stemmer stemmer) {
    NormalizedText text = NormalizedText.of(phrase.text());
    List<Word> words = new ArrayList<>();
    for (int t = 0; t < text.tokenCount(); t++) {
      String word = text.token(t);
      // A word no stem can stand for (no stemmer for the language, a number) accepts only itself.
      boolean asWritten = phrase.exact() || !lexicon.stems() || !Character.isLetter(word.charAt(0));
      words.add(asWritten ? new Word(word, stemmer.key(word), null, null)
          : new Word(word, stemmer.key(word), Set.copyOf(lexicon.acceptedKeys(word, stemmer)),
              writtenKeys(word, lexicon, stemmer)));
    }
    return words;
  }

  /**
   * The keys of the forms of {@code word} people write: the lexicon's inflections less those it
   * makes only to be generous ("sueed", "guaranteees", "guaranteing" beside "guaranteeing"), and
   * of a word that is itself inflected ("sued", "claims"), its own key alone. What PB504 asks an
   * exception to cover: a phrase is switched off when every word people write that it finds is
   * excepted, though a made-up form with a key of its own would still be found.
   */
  private static Set<String> writtenKeys(String word, Lexicon lexicon, Lexicon.Stemmer stemmer) {
    Set<String> keys = new HashSet<>();
    keys.add(stemmer.key(word));
    int n = word.length();
    boolean inflected = n > 4 && (word.endsWith("s") && !word.endsWith("ss")
        || word.endsWith("ed") || word.endsWith("ing"));
    if (inflected) {
      return keys;
    }
    boolean e = word.endsWith("e");
    boolean ee = word.endsWith("ee");
    String stem = e ? word.substring(0, n - 1) : word;
    for (String form : lexicon.inflections(word)) {
      boolean madeUp = e && (form.equals(word + "es") || form.equals(word + "ed")
          || form.equals((ee ? stem : word) + "ing"));
      if (!madeUp) {
        keys.add(stemmer.key(form));
      }
    }
    return keys;
  }

  /** Whether some run of the exception's words can be the phrase's words, each met by one. */
  private static boolean canMeetInside(List<Word> phrase, List<Word> exception) {
    for (int o = 0; o + phrase.size() <= exception.size() && !phrase.isEmpty(); o++) {
      boolean all = true;
      for (int j = 0; j < phrase.size() && all; j++) {
        all = phrase.get(j).canMeet(exception.get(o + j));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether every hit of the phrase is a hit of the exception (so it is never reported). */
  private static boolean coversEveryHit(List<Word> exception, List<Word> phrase) {
    if (exception.size() != phrase.size() || phrase.isEmpty()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!exception.get(j).acceptsAll(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One folded word of a phrase or exception: {@code key} its own key; {@code keys} those of its
   * inflections, any of which a text word's key may be, and {@code written} those of the forms
   * people write ({@link #writtenKeys}); both {@code null} when it is matched only as written.
   */
  private record Word(String text, String key, Set<String> keys, Set<String> written) {

    /** Whether some text word is accepted by both. */
    boolean canMeet(Word other) {
      if (keys == null && other.keys == null) {
        return text.equals(other.text);
      }
      if (keys == null) {
        return other.keys.contains(key);
      }
      if (other.keys == null) {
        return keys.contains(other.key);
      }
      return !Collections.disjoint(keys, other.keys);
    }

    /** Whether this accepts every text word {@code other} accepts. */
    boolean acceptsAll(Word other) {
      if (other.keys == null) {
        return keys == null ? text.equals(other.text) : keys.contains(other.key);
      }
      return keys != null && keys.containsAll(other.written);
    }
  }
}
