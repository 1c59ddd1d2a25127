package dev.playbook.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase of every rule and topic in one trie over word keys, walked once per text.
 *
 * <p>A phrase is a sequence of words; each word accepts a set of keys (the stems of its
 * inflections, see {@link Lexicon}) or, for an exact phrase, only its folded form. The trie holds one
 * path per combination of accepted keys, so a text word follows at most two edges from a node
 * (its key and its folded form) and matching costs at most {@code words × longest phrase} map
 * look-ups, however many phrases the playbook has. Words are what {@link NormalizedText} splits
 * them into, so a phrase matches across any run of spaces, line breaks and punctuation, and never
 * inside a longer word.
 *
 * <p>Stemming is the expensive part of matching, so a text word is only stemmed when it may have
 * a key in the trie. For English, a Snowball stem less its last letter is always a prefix of the
 * word it came from (the stemmer only rewrites the end of a word), so a key of five letters or
 * more can only come from a word that starts with the key less its last letter (checked in two
 * steps: the first four letters, then the longer prefix; see {@link #prefixLength}); a shorter key
 * ("sue", "hurt", "hi") is only looked for in the exact inflected forms the {@link Lexicon}
 * generates for it ("sue", "sues", "sued", "suing"; for a plural also the singular's forms). Only
 * those forms of a short word match, so a rare form Snowball would also reduce to the same short
 * key is missed (a deliberate trade for speed). For other languages a word is stemmed when
 * it starts with the first two letters of some key or form. A word that is one of the words the
 * phrases were compiled from (an inflected form, an exact word, a short key's form) takes its key
 * and exact word from a table made at compile time, in one look-up, instead of being tested and
 * stemmed again; only the other words go through the tests above. A word that had to be stemmed
 * is remembered with its key (up to
 * {@value #STEMMED_SLOTS} words, shared by the automata of one builder), so the next reply that
 * uses it is spared the stem.
 *
 * <p>Thread-safe once built. Its one mutable part is that memory of stemmed words, which threads
 * share without locking (see {@link #stemmedKey}); it holds words of the texts checked lately
 * (only those that start like a key) for as long as the automaton lives.
 */
public final class PhraseAutomaton {

  /** Receives every phrase occurrence: the payload given to {@link Builder#add} and the words. */
  @FunctionalInterface
  public interface Sink {
    /** Phrase {@code payload} covers words {@code [firstToken, endToken)}. */
    void hit(int payload, int firstToken, int endToken);
  }

  private static final int MAX_PATHS_PER_PHRASE = 4096;
  private static final int[] NONE = new int[0];
  private static final int ROOT = 0;
  /** A word with no key the automaton knows. */
  private static final int NO_KEY = -1;
  /** The {@link #lookUp} of a word with neither a key nor an exact word. */
  static final long NO_IDS = 0L;

  /** How many stemmed words the automata of one builder remember, at most. */
  private static final int STEMMED_SLOTS = 1024;
  /** The longest word remembered: a longer one is stemmed each time. */
  private static final int LONGEST_REMEMBERED = 32;

  private static final int ENGLISH_PROBE = 4;
  private static final int OTHER_PROBE = 2;
  private static final int LONGEST_LENGTH_BIT = 31;

  private final EdgeTable edges;
  /**
   * The root's edges, by stem key id and by exact word id, each from {@link #NO_KEY}: every word
   * asks.
   */
  private final int[] rootStems;
  private final int[] rootExact;
  /**
   * The nodes with edges are numbered first, below this: a node from here on ends phrases only, so
   * a walk that reaches it (most phrases are of one word) stops there without reading the next
   * word or the edges.
   */
  private final int inner;
  /**
   * The payloads of node {@code i} are {@code payloads[payloadStarts[i], payloadStarts[i + 1])}:
   * one flat array, so emitting reads no array of arrays.
   */
  private final int[] payloadStarts;
  private final int[] payloads;
  private final boolean english;
  private final LongSet probes;
  private final LongSet prefixes;
  /** Every word the phrases were compiled from, with its key and exact word ids (see build). */
  private final WordTable vocabulary;
  /**
   * The words of the {@link #vocabulary} whose key or exact word is on one of this automaton's
   * edges: the first pass looks up only these (and the words that may be worth stemming). The
   * automata of one builder share the vocabulary, and the customer's message is matched against
   * the few phrases of the topics that look in it, so the draft's "to" and "you" have ids there
   * that lead nowhere (more than half the words of the benchmark's messages it found).
   */
  private final WordFilter onEdges;
  /** The key ids and exact word ids on this automaton's edges. */
  private final EdgeIds edgeIds;
  private final Map<String, Integer> stemIds;
  private final boolean empty;
  /** Shared by the automata of one builder: they number keys alike. */
  private final Stemmed[] stemmed;

  private PhraseAutomaton(EdgeTable edges, int[] rootStems, int[] rootExact, int inner,
      int[] payloadStarts, int[] payloads, boolean english, LongSet probes, LongSet prefixes,
      WordTable vocabulary, WordFilter onEdges, EdgeIds edgeIds, Map<String, Integer> stemIds,
      boolean empty, Stemmed[] stemmed) {
    this.edges = edges;
    this.rootStems = rootStems;
    this.rootExact = rootExact;
    this.inner = inner;
    this.payloadStarts = payloadStarts;
    this.payloads = payloads;
    this.english = english;
    this.probes = probes;
    this.prefixes = prefixes;
    this.vocabulary = vocabulary;
    this.onEdges = onEdges;
    this.edgeIds = edgeIds;
    this.stemIds = stemIds;
    this.empty = empty;
    this.stemmed = stemmed;
  }

  /**
   * A builder of {@code tries} automata for one language: each has its own phrases, and all of
   * them decide alike which text words to stem (from the phrases of all), so a word finds the same
   * key whichever automaton reads it.
   */
  public static Builder builder(Lexicon lexicon, int tries) {
    return new Builder(lexicon, tries);
  }

  /**
   * Reports every occurrence of every phrase in a text. {@code stemmer} must belong to the calling
   * thread.
   */
  public void match(NormalizedText text, Lexicon.Stemmer stemmer, Sink sink) {
    int n = text.tokenCount();
    if (empty || n == 0) {
      return;
    }
    int[] words = new int[3 * n];
    int starts = readWords(text, stemmer, words);
    for (int s = 2 * n; s < starts; s++) {
      int t = words[s];
      int next = rootStems[words[2 * t]];
      if (next != EdgeTable.NONE) {
        emit(next, t, t + 1, sink);
        if (next < inner) {
          walk(next, t, t + 1, words, n, sink);
        }
      }
      next = rootExact[words[2 * t + 1]];
      if (next != EdgeTable.NONE) {
        emit(next, t, t + 1, sink);
        if (next < inner) {
          walk(next, t, t + 1, words, n, sink);
        }
      }
    }
  }

  /**
   * Reads the ids of every word of a text into {@code words} (3 ints a word, all 0):
   * {@code words[2t]} is word t's key id plus one, {@code words[2t + 1]} its exact word id plus one
   * (0 for none, so a word with neither costs no store), what {@link #lookUp} gives for it (or 0s
   * when those ids are on none of this automaton's edges, see {@link #onEdges}); from
   * {@code 2n} on, first the words that may have ids, then (over them, in place) the words that
   * start a phrase, in order, whose end it returns.
   */
  int readWords(NormalizedText text, Lexicon.Stemmer stemmer, int[] words) {
    int n = text.tokenCount();
    String folded = text.folded();
    char[] chars = text.chars();
    int candidates = 2 * n;
    // a candidate is held as 2t, plus 1 when it may be worth stemming
    if (english && chars.length >= ENGLISH_PROBE) {
      // every word's filter bits first, without a branch (most words are in no phrase, and two
      // filter bits turn them away): a branch per word on them would mispredict on a third of
      // the words, and the loads of one word do not wait on another's
      int lastProbe = chars.length - ENGLISH_PROBE;
      for (int t = 0; t < n; t++) {
        int start = text.tokenStart(t);
        int length = text.tokenEnd(t) - start;
        // the first four letters' polynomial, as isCandidate takes it; a shorter word reads
        // what follows it (or, at the end, what comes before) and its bit is dropped
        int from = Math.min(start, lastProbe);
        long prefix = chars[from] * 29791L + chars[from + 1] * 961L + chars[from + 2] * 31L
            + chars[from + 3];
        int mayStem = probes.filterBit(probe(prefix, ENGLISH_PROBE))
            & (ENGLISH_PROBE - 1 - length) >>> 31;
        words[candidates] = 2 * t + mayStem;
        candidates += onEdges.bit(text.tokenHash(t)) | mayStem;
      }
    } else {
      // other languages have no filter bits here (nor could a char array under four chars hold
      // a probe): every word is looked up, and may be stemmed
      for (int t = 0; t < n; t++) {
        words[candidates++] = 2 * t + 1;
      }
    }
    int starts = 2 * n;
    for (int c = 2 * n; c < candidates; c++) {
      int t = words[c] >>> 1;
      long ids = lookUp(chars, text.tokenStart(t), text.tokenEnd(t), text.tokenHash(t), folded,
          stemmer, (words[c] & 1) != 0);
      int key = keyOf(ids) + 1;
      int surface = surfaceOf(ids) + 1;
      words[2 * t] = key;
      words[2 * t + 1] = surface;
      // without a branch, which would go either way from word to word: a word with neither id
      // stores 0s and asks the root's first entries, which lead nowhere; NONE is -1, so the two
      // edges ANDed are NONE (their sign bit set) only when both are
      words[starts] = t;
      starts += ~(rootStems[key] & rootExact[surface]) >>> 31;
    }
    return starts;
  }

  /**
   * The key id and exact word id of the text word {@code s[start, end)} (not empty), as a
   * {@link #vocabulary} value, from the tables alone: {@code folded} holds the word where
   * {@code s} does. {@link #readWords} asks it only for the words its filters let through.
   */
  long lookUp(char[] s, int start, int end, long wordHash, String folded,
      Lexicon.Stemmer stemmer) {
    return lookUp(s, start, end, wordHash, folded, stemmer, true);
  }

  /**
   * Whether a word of these ids (a {@link #lookUp}) can follow some edge of this automaton: the
   * first pass may leave the ids of a word that cannot as {@link #NO_IDS}, which leads nowhere
   * either.
   */
  boolean onSomeEdge(long ids) {
    return edgeIds.has(ids);
  }

  /** Key ids and exact word ids, as bits: those on the edges of one automaton. */
  private static final class EdgeIds {
    private final long[] stems;
    private final long[] exact;

    /** The ids of {@code edges} (each a key id times two, plus one for an exact word, plus one). */
    EdgeIds(long[] edges, int stemCount, int exactCount) {
      stems = new long[stemCount / 64 + 1];
      exact = new long[exactCount / 64 + 1];
      for (long edge : edges) {
        int key = (int) (edge - 1);
        long[] on = (key & 1) == 0 ? stems : exact;
        on[(key >>> 1) >>> 6] |= 1L << (key >>> 1);
      }
    }

    /** Whether a word of these ids ({@link #lookUp}) has its key or exact word among them. */
    boolean has(long ids) {
      int key = keyOf(ids);
      int surface = surfaceOf(ids);
      return key != NO_KEY && (stems[key >>> 6] & (1L << key)) != 0
          || surface != NO_KEY && (exact[surface >>> 6] & (1L << surface)) != 0;
    }
  }

  /**
   * {@link #lookUp}, told by {@code mayStem} false that the probes' filter has already turned the
   * word away, so that if it is not in the vocabulary it is surely not worth stemming.
   */
  private long lookUp(char[] s, int start, int end, long wordHash, String folded,
      Lexicon.Stemmer stemmer, boolean mayStem) {
    long known = vocabulary.get(s, start, end, wordHash);
    if (known != WordTable.ABSENT) {
      return known;
    }
    // not a word the phrases were compiled from: no exact word, and a key only by its stem
    return mayStem && isCandidate(english, probes, prefixes, s, start, end)
        ? entry(stemmedKey(folded, s, start, end, (int) wordHash, stemmer), NO_KEY)
        : NO_IDS;
  }

  /**
   * A word stemmed lately, with its key id: stemming is the dearest part of matching, and the
   * words that need it (those that start like a key but are none of the forms the phrases were
   * compiled from) recur from reply to reply.
   */
  private record Stemmed(char[] word, int hash, int key) {}

  /**
   * The key id of a word that must be stemmed, from {@link #stemmed} when the word is there.
   * Threads share the slots without locking: an entry is immutable (its fields final, so a thread
   * that reads the slot sees it whole), and a slot lost to a race costs one stem more, never a
   * wrong key.
   */
  private int stemmedKey(String s, char[] chars, int start, int end, int hash,
      Lexicon.Stemmer stemmer) {
    int length = end - start;
    int x = hash * 0x9E3779B9;
    int slot = (x ^ (x >>> 16)) & (stemmed.length - 1);
    Stemmed seen = stemmed[slot];
    if (seen != null && seen.hash() == hash && Arrays.equals(seen.word(), 0, seen.word().length,
        chars, start, end)) {
      return seen.key();
    }
    String word = s.substring(start, end);
    Integer id = stemIds.get(stemmer.key(word));
    int key = id == null ? NO_KEY : id;
    if (length <= LONGEST_REMEMBERED) {
      stemmed[slot] = new Stemmed(word.toCharArray(), hash, key);
    }
    return key;
  }

  /** Follows word {@code t} on from {@code node}, a node with edges ({@link #inner}). */
  private void walk(int node, int first, int t, int[] words, int n, Sink sink) {
    if (t >= n) {
      return;
    }
    int key = words[2 * t] - 1;
    if (key != NO_KEY) {
      int next = edges.next(node, stemEdge(key));
      if (next != EdgeTable.NONE) {
        emit(next, first, t + 1, sink);
        if (next < inner) {
          walk(next, first, t + 1, words, n, sink);
        }
      }
    }
    int surface = words[2 * t + 1] - 1;
    if (surface != NO_KEY) {
      int next = edges.next(node, exactEdge(surface));
      if (next != EdgeTable.NONE) {
        emit(next, first, t + 1, sink);
        if (next < inner) {
          walk(next, first, t + 1, words, n, sink);
        }
      }
    }
  }

  private void emit(int node, int first, int end, Sink sink) {
    for (int p = payloadStarts[node], last = payloadStarts[node + 1]; p < last; p++) {
      sink.hit(payloads[p], first, end);
    }
  }

  /** Stem keys and exact words are numbered apart; an edge tells them apart by its lowest bit. */
  private static int stemEdge(int stemId) {
    return stemId << 1;
  }

  private static int exactEdge(int exactId) {
    return (exactId << 1) | 1;
  }

  /** A {@link #vocabulary} value: a word's key id and exact word id, each {@link #NO_KEY} or more. */
  private static long entry(int key, int surface) {
    return ((long) (key + 1) << 32) | (surface + 1L);
  }

  private static int keyOf(long entry) {
    return (int) (entry >>> 32) - 1;
  }

  private static int surfaceOf(long entry) {
    return (int) entry - 1;
  }

  /**
   * Whether a text word that is none of the words the phrases were compiled from is worth
   * stemming (see the class comment): it starts like a long key (for English) or like some key
   * or form (for other languages). Most words are decided by the hash of their first letters,
   * and only a word that starts like a long key is read further.
   */
  private static boolean isCandidate(boolean english, LongSet probes, LongSet prefixes, char[] s,
      int start, int end) {
    int length = end - start;
    long hash = 0;
    if (!english) {
      for (int n = 1; n <= Math.min(OTHER_PROBE, length); n++) {
        hash = hash * 31 + s[start + n - 1];
        if (probes.contains(probe(hash, n))) {
          return true;
        }
      }
      return false;
    }
    if (length >= ENGLISH_PROBE) {
      // the polynomial of the first four letters, its products independent of each other
      hash = s[start] * 29791L + s[start + 1] * 961L + s[start + 2] * 31L + s[start + 3];
      // which lengths of prefix the keys that start like this word have (see lengthBit)
      int lengths = probes.valueOf(probe(hash, ENGLISH_PROBE));
      if (lengths != 0) {
        for (int n = ENGLISH_PROBE; ; n++) {
          int bit = lengthBit(n);
          if ((lengths & bit) != 0 && prefixes.contains(probe(hash, n))) {
            return true;
          }
          if (n == length || (n < LONGEST_LENGTH_BIT && (lengths & -(bit << 1)) == 0)) {
            break;
          }
          hash = hash * 31 + s[start + n];
        }
      }
    }
    return false;
  }

  /**
   * How much of a long key a word must start with: the key less its last letter, which the
   * stemmer always keeps from the word, cut before a "z" (British "-ise" words are stemmed in their
   * American spelling, so from there on the word may have an "s"), and never shorter than the
   * four-letter probe.
   */
  static int prefixLength(String key) {
    int z = key.indexOf('z');
    int length = key.length() - 1;
    if (z >= 0 && z < length) {
      length = z;
    }
    return Math.max(ENGLISH_PROBE, length);
  }

  /**
   * The bit that stands for a prefix of {@code length} letters in the lengths a four-letter probe
   * carries, so a word is only read as far as some key that starts like it reaches; the top bit
   * stands for every length from {@value #LONGEST_LENGTH_BIT} up.
   */
  private static int lengthBit(int length) {
    return 1 << Math.min(length, LONGEST_LENGTH_BIT);
  }

  private static long probe(long hash, int length) {
    return (hash << 3) | length;
  }

  private static long probeOf(String s, int length) {
    long hash = 0;
    for (int i = 0; i < length; i++) {
      hash = hash * 31 + s.charAt(i);
    }
    return probe(hash, length);
  }

  private static final class Node {
    Map<String, Node> stems = Map.of();
    Map<String, Node> exact = Map.of();
    int[] payloads = NONE;
    /** Its number in its trie, given when the trie is laid out flat. */
    int id;

    boolean hasEdges() {
      return !stems.isEmpty() || !exact.isEmpty();
    }

    Node child(boolean exactEdge, String key) {
      Map<String, Node> edges = exactEdge ? exact : stems;
      if (edges.isEmpty()) {
        edges = new HashMap<>();
        if (exactEdge) {
          exact = edges;
        } else {
          stems = edges;
        }
      }
      return edges.computeIfAbsent(key, k -> new Node());
    }
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder {
    private final Lexicon lexicon;
    private final Lexicon.Stemmer stemmer;
    private final Node[] roots;
    /** Four-letter probes (for English; else two) and, for English, their lengthBits. */
    private final Map<Long, Integer> probes = new HashMap<>();
    private final Set<Long> prefixes = new HashSet<>();
    /** For English, the words stemmed by name: the forms of short keys and the exact words. */
    private final Set<String> listed = new HashSet<>();
    private final Map<String, String> knownKeys = new HashMap<>();
    private final Map<String, List<String>> keysOfWord = new HashMap<>();
    private final boolean english;

    private Builder(Lexicon lexicon, int tries) {
      this.roots = new Node[tries];
      Arrays.setAll(roots, i -> new Node());
      this.lexicon = lexicon;
      this.stemmer = lexicon.newStemmer();
      this.english = "en".equals(lexicon.language());
    }

    /** Notes what a text word must look like to be worth stemming for this phrase word. */
    private void addProbes(String word, Set<String> keys) {
      Set<String> forms = lexicon.inflections(word);
      if (!english) {
        forms.forEach(f -> probes.put(probeOf(f, Math.min(OTHER_PROBE, f.length())), 0));
        keys.forEach(k -> probes.put(probeOf(k, Math.min(OTHER_PROBE, k.length())), 0));
        return;
      }
      for (String key : keys) {
        if (key.length() > ENGLISH_PROBE) {
          int length = prefixLength(key);
          probes.merge(probeOf(key, ENGLISH_PROBE), lengthBit(length), (a, b) -> a | b);
          prefixes.add(probeOf(key, length));
        } else {
          listed.addAll(forms);
          if (word.length() > 3 && word.endsWith("s")) {
            // "savings" has the short key "save"; let "saving" be stemmed too
            lexicon.inflections(word.substring(0, word.length() - 1))
                .forEach(listed::add);
          }
        }
      }
    }

    /**
     * The keys a phrase word accepts (what {@link Lexicon#acceptedKeys} gives, each inflected form
     * stemmed once), noting its forms' keys and its probes on the way. Asked once per distinct
     * word: a large playbook repeats the same words across thousands of phrases, and stemming is
     * most of the cost of compiling.
     */
    private List<String> keysOf(String word) {
      Set<String> keys = new LinkedHashSet<>();
      for (String form : lexicon.inflections(word)) {
        String key = stemmer.key(form);
        knownKeys.put(form, key);
        keys.add(key);
      }
      addProbes(word, keys);
      return List.copyOf(keys);
    }

    /**
     * Adds a phrase to one automaton.
     *
     * @param phrase the phrase as the author wrote it
     * @param exact match only the folded words as written, without inflections
     * @param payload what {@link Sink#hit} reports for it
     * @param trie which automaton, from 0
     * @return whether the phrase has any word to match (punctuation alone has none)
     */
    public boolean add(String phrase, boolean exact, int payload, int trie) {
      NormalizedText text = NormalizedText.of(phrase);
      if (text.tokenCount() == 0) {
        return false;
      }
      List<List<String>> choices = new ArrayList<>();
      for (int t = 0; t < text.tokenCount(); t++) {
        String word = text.token(t);
        if (exact) {
          if (english) {
            listed.add(word);
          } else {
            probes.put(probeOf(word, Math.min(OTHER_PROBE, word.length())), 0);
          }
          choices.add(List.of(word));
          continue;
        }
        choices.add(keysOfWord.computeIfAbsent(word, this::keysOf));
      }
      List<Node> frontier = List.of(roots[trie]);
      for (List<String> keys : choices) {
        List<Node> next = new ArrayList<>();
        for (Node node : frontier) {
          for (String key : keys) {
            if (next.size() >= MAX_PATHS_PER_PHRASE) {
              break;
            }
            next.add(node.child(exact, key));
          }
        }
        frontier = next;
      }
      for (Node end : frontier) {
        if (Arrays.stream(end.payloads).noneMatch(p -> p == payload)) {
          end.payloads = Arrays.copyOf(end.payloads, end.payloads.length + 1);
          end.payloads[end.payloads.length - 1] = payload;
        }
      }
      return true;
    }

    /** The automata, in the order of their numbers; the builder must not be used afterwards. */
    public List<PhraseAutomaton> build() {
      // Number the stem keys, the exact words and the nodes, then lay each trie out flat.
      Map<String, Integer> stemIds = new HashMap<>();
      knownKeys.values().forEach(k -> stemIds.putIfAbsent(k, stemIds.size()));
      Map<String, Integer> exactIds = new HashMap<>();
      // Each trie's edges as pairs: a node other than the root has exactly one edge into it, so
      // they are unique and need no map (whose Long keys, node << 32 | key, hash alike in bins).
      List<long[]> edgeLists = new ArrayList<>();
      List<int[]> targetLists = new ArrayList<>();
      List<List<Node>> nodeLists = new ArrayList<>();
      int[] inners = new int[roots.length];
      for (int r = 0; r < roots.length; r++) {
        // every node, the root first; then those with edges first (see inner), the root still first
        List<Node> reached = new ArrayList<>();
        reached.add(roots[r]);
        int inner = 0;
        for (int i = 0; i < reached.size(); i++) {
          Node node = reached.get(i);
          inner += node.hasEdges() ? 1 : 0;
          for (Node child : node.stems.values()) {
            reached.add(child);
          }
          for (Node child : node.exact.values()) {
            reached.add(child);
          }
        }
        List<Node> nodes = new ArrayList<>(reached.size());
        for (int pass = 0; pass < 2; pass++) {
          for (Node node : reached) {
            if (node.hasEdges() == (pass == 0)) {
              node.id = nodes.size();
              nodes.add(node);
            }
          }
        }
        inners[r] = inner;
        long[] edges = new long[nodes.size() - 1];
        int[] targets = new int[edges.length];
        int count = 0;
        for (int i = 0; i < inner; i++) {
          Node node = nodes.get(i);
          for (int exact = 0; exact < 2; exact++) {
            Map<String, Integer> ids = exact == 0 ? stemIds : exactIds;
            for (Map.Entry<String, Node> e : (exact == 0 ? node.stems : node.exact).entrySet()) {
              int key = ids.computeIfAbsent(e.getKey(), k -> ids.size());
              edges[count] = EdgeTable.edge(i, exact == 0 ? stemEdge(key) : exactEdge(key));
              targets[count++] = e.getValue().id;
            }
          }
        }
        edgeLists.add(edges);
        targetLists.add(targets);
        nodeLists.add(nodes);
      }
      LongSet probeSet = new LongSet(probes);
      LongSet prefixSet = new LongSet(prefixes);
      Map<String, Long> words = vocabulary(stemIds, exactIds, probeSet, prefixSet);
      WordTable vocabulary = new WordTable(words);
      Map<String, Integer> stems = Map.copyOf(stemIds);
      Stemmed[] stemmed = new Stemmed[STEMMED_SLOTS];
      List<PhraseAutomaton> automata = new ArrayList<>(roots.length);
      for (int t = 0; t < roots.length; t++) {
        // from NO_KEY: the edge of key id k is at k + 1
        int[] rootStems = new int[stemIds.size() + 1];
        int[] rootExact = new int[exactIds.size() + 1];
        Arrays.fill(rootStems, EdgeTable.NONE);
        Arrays.fill(rootExact, EdgeTable.NONE);
        long[] edges = edgeLists.get(t);
        int[] targets = targetLists.get(t);
        for (int e = 0; e < edges.length; e++) {
          if (edges[e] >>> 32 == ROOT) {
            int key = (int) (edges[e] - 1);
            (((key & 1) == 0) ? rootStems : rootExact)[(key >>> 1) + 1] = targets[e];
          }
        }
        List<Node> nodes = nodeLists.get(t);
        int[] payloadStarts = new int[nodes.size() + 1];
        for (int i = 0; i < nodes.size(); i++) {
          payloadStarts[i + 1] = payloadStarts[i] + nodes.get(i).payloads.length;
        }
        int[] payloads = new int[payloadStarts[nodes.size()]];
        for (int i = 0; i < nodes.size(); i++) {
          System.arraycopy(nodes.get(i).payloads, 0, payloads, payloadStarts[i],
              nodes.get(i).payloads.length);
        }
        EdgeIds edgeIds = new EdgeIds(edges, stemIds.size(), exactIds.size());
        List<String> onEdges = new ArrayList<>();
        words.forEach((word, ids) -> {
          if (edgeIds.has(ids)) {
            onEdges.add(word);
          }
        });
        automata.add(new PhraseAutomaton(new EdgeTable(edges, targets), rootStems, rootExact,
            inners[t], payloadStarts, payloads, english, probeSet, prefixSet, vocabulary,
            new WordFilter(onEdges, words.size()), edgeIds, stems, edges.length == 0, stemmed));
      }
      return List.copyOf(automata);
    }

    /**
     * Every word the phrases were compiled from (each inflected form, each exact word, each word
     * stemmed by name), with the key and exact word id a text word spelt so takes: what matching
     * would work out for it word by word (whether it is worth stemming, its key from the forms or
     * its stem, its exact word) worked out once here, so such a word costs one look-up. A text
     * word that is none of them has no exact word, and a key only when it starts like a key and
     * its stem is one.
     */
    private Map<String, Long> vocabulary(Map<String, Integer> stemIds,
        Map<String, Integer> exactIds, LongSet probeSet, LongSet prefixSet) {
      Set<String> words = new HashSet<>(knownKeys.keySet());
      words.addAll(listed);
      words.addAll(exactIds.keySet());
      Map<String, Long> entries = new HashMap<>();
      for (String word : words) {
        int key = NO_KEY;
        int surface = NO_KEY;
        if (listed.contains(word)
            || isCandidate(english, probeSet, prefixSet, word.toCharArray(), 0, word.length())) {
          String stem = knownKeys.get(word);
          Integer id = stemIds.get(stem != null ? stem : stemmer.key(word));
          key = id == null ? NO_KEY : id;
          surface = exactIds.getOrDefault(word, NO_KEY);
        }
        entries.put(word, entry(key, surface));
      }
      return entries;
    }
  }
}
