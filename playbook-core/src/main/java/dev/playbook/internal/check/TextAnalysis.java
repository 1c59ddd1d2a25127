package dev.playbook.internal.check;

import dev.playbook.Finding;
import dev.playbook.internal.text.Detectors;
import dev.playbook.internal.text.Lexicon;
import dev.playbook.internal.text.NormalizedText;
import dev.playbook.internal.text.PhraseAutomaton;
import dev.playbook.internal.text.Spans;
import dev.playbook.internal.text.TextPattern;
import dev.playbook.internal.text.WordSketch;
import dev.playbook.model.PersonalData;
import dev.playbook.model.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * One text (the draft or the customer's message) as the rules of one check see it. Everything is
 * computed on first use and then shared by every rule: phrases are matched once for all rules and
 * topics, each kind of personal data is detected once.
 *
 * <p>Belongs to one check on one thread.
 */
public final class TextAnalysis {

  /**
   * One phrase occurrence.
   *
   * @param start original start offset
   * @param end original end offset
   * @param firstToken the first word
   * @param phrase the phrase that matched
   */
  public record PhraseHit(int start, int end, int firstToken, Phrase phrase) {}

  // The built-in kinds' indices: their places in PersonalData.BUILT_IN_KINDS, which the compiler
  // numbers first (Matching#personalDataPatterns).
  private static final int CARD = PersonalData.BUILT_IN_KINDS.indexOf("card-number");
  static final int EMAIL = PersonalData.BUILT_IN_KINDS.indexOf("email-address");
  static final int PHONE = PersonalData.BUILT_IN_KINDS.indexOf("phone-number");
  static final int URL = PersonalData.BUILT_IN_KINDS.indexOf("url");
  @SuppressWarnings({"unchecked", "rawtypes"}) // an empty array of lists
  private static final List<PhraseHit>[] NO_HITS = new List[0];

  private final Finding.Text which;
  private final NormalizedText text;
  private final Matching matching;
  private final Lexicon.Stemmer stemmer;
  private final String phoneRegion;
  private List<PhraseHit>[] hits;
  /** Each kind of personal data found, at the kind's index; made on first use. */
  private Spans[] personalData;
  /** Each kind's spans without the brand's published contact details; made when some are. */
  private Spans[] customerData;
  private Spans urls;
  private WordSketch words;
  private List<String> urlHosts;

  TextAnalysis(Finding.Text which, String original, Matching matching, Lexicon.Stemmer stemmer,
      String phoneRegion) {
    this.which = which;
    this.text = NormalizedText.of(original);
    this.matching = matching;
    this.stemmer = stemmer;
    this.phoneRegion = phoneRegion;
  }

  /** Which text this is. */
  public Finding.Text which() {
    return which;
  }

  /** The normalised text. */
  public NormalizedText text() {
    return text;
  }

  /** The text as given. */
  public String original() {
    return text.original();
  }

  /**
   * Every occurrence of the phrases owned by {@code owner}, in text order. The customer's message
   * is matched only against the phrases of topics that look in it; asked for any other owner it
   * has none.
   */
  public List<PhraseHit> phraseHits(int owner) {
    if (hits == null) {
      matchPhrases();
    }
    List<PhraseHit> list = owner < hits.length ? hits[owner] : null;
    return list == null ? List.of() : list;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists, one per owner
  private void matchPhrases() {
    // made on the first hit: many texts have none
    hits = NO_HITS;
    PhraseAutomaton phrases = which == Finding.Text.INBOUND
        ? matching.inboundPhrases() : matching.draftPhrases();
    phrases.match(text, stemmer, (payload, first, end) -> {
      PhraseRef ref = matching.phrases().get(payload);
      if (hits.length == 0) {
        hits = new List[matching.owners()];
      }
      List<PhraseHit> list = hits[ref.owner()];
      if (list == null) {
        list = new ArrayList<>(2);
        hits[ref.owner()] = list;
      }
      list.add(new PhraseHit(
          text.originalStartOf(text.tokenStart(first)), text.originalEndOf(text.tokenEnd(end - 1)),
          first, ref.phrase()));
    });
  }

  /** Every match of the patterns, as original ranges. */
  public Spans patternMatches(List<TextPattern> patterns) {
    if (patterns.isEmpty()) {
      return Spans.EMPTY;
    }
    Spans out = new Spans(2);
    patternMatches(patterns, out);
    return out;
  }

  /**
   * Adds every match of the patterns to {@code out}, as original ranges; their prefilters share
   * the text's word sketch.
   */
  void patternMatches(List<TextPattern> patterns, Spans out) {
    for (int i = 0, n = patterns.size(); i < n; i++) {
      patterns.get(i).findAll(text, words(), out);
    }
  }

  /** The text's whole words for the patterns' prefilters, shared by every pattern. */
  private WordSketch words() {
    if (words == null) {
      words = new WordSketch(text);
    }
    return words;
  }

  /**
   * Every occurrence of a kind of personal data (built-in or from the playbook's patterns), by the
   * kind's index ({@link Matching#personalDataPatterns}).
   */
  public Spans personalData(int kind) {
    if (kind == URL) {
      return urls();
    }
    if (personalData == null) {
      personalData = new Spans[matching.personalDataPatterns().size()];
    }
    Spans found = personalData[kind];
    if (found == null) {
      found = detect(kind);
      personalData[kind] = found;
    }
    return found;
  }

  /**
   * Every occurrence of a kind of personal data that is not one of the brand's published contact
   * details ({@link PublishedContacts}): what personal data rules and topics see. Without published
   * details of the kind, or with nothing found, the same spans as {@link #personalData}.
   */
  public Spans customerData(int kind) {
    Spans found = personalData(kind);
    PublishedContacts published = matching.published();
    if (found.size() == 0 || !published.covers(kind)) {
      return found;
    }
    if (customerData == null) {
      customerData = new Spans[matching.personalDataPatterns().size()];
    }
    Spans kept = customerData[kind];
    if (kept == null) {
      kept = published.unpublished(this, kind, found, phoneRegion);
      customerData[kind] = kept;
    }
    return kept;
  }

  private Spans detect(int kind) {
    Spans out = new Spans(2);
    if (kind == EMAIL) {
      Detectors.emails(text, out);
    } else if (kind == PHONE) {
      if (Detectors.mayHavePhoneNumber(text)) {
        Detectors.phoneNumbers(text.original(), phoneRegion, urls(), personalData(EMAIL), out);
      }
    } else if (kind == CARD) {
      Detectors.cardNumbers(text, out);
      if (out.size() > 0) {
        // Digits in a link belong to the link (an archived page's timestamp, an article's
        // number), which the channel's link rule judges; one in ten such numbers passes Luhn by
        // chance. Only a number wholly inside one link: "1111.It was declined" makes "1111.It" a
        // link, and the card before it must still count. The playbook's own patterns for the
        // kind still apply.
        out.removeInside(urls());
      }
    }
    patternMatches(matching.personalDataPatterns().get(kind), out);
    return out;
  }

  /** Every link. */
  public Spans urls() {
    if (urls == null) {
      urls = new Spans(1);
      urlHosts = new ArrayList<>(1);
      Detectors.urls(text, personalData(EMAIL), urls, urlHosts);
    }
    return urls;
  }

  /** The host of link {@code i} (lower case). */
  public String urlHost(int i) {
    urls();
    return urlHosts.get(i);
  }
}
