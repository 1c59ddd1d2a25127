package dev.playbook.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link PhraseAutomaton} as it was before its nodes with edges were numbered first and its
 * payloads laid out flat (round ten): the oracle {@link PhraseAutomatonOracleTest} holds the
 * automaton's hits to. Kept whole, so it compiles and matches exactly as that code did.
 */
final class PhraseAutomatonBefore {

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
  private final int[][] payloads;
  private final boolean english;
  private final LongSet probes;
  private final LongSet prefixes;
  /** Every word the phrases were compiled from, with its key and exact word ids (see build). */
  private final WordTable vocabulary;
  private final Map<String, Integer> stemIds;
  private final boolean empty;
  /** Shared by the automata of one builder: they number keys alike. */
  private final Stemmed[] stemmed;

  private PhraseAutomatonBefore(EdgeTable edges, int[] rootStems, int[] rootExact, int[][] payloads,
      boolean english, LongSet probes, LongSet prefixes, WordTable vocabulary,
      Map<String, Integer> stemIds, boolean empty, Stemmed[] stemmed) {
    this.edges = edges;
    this.rootStems = rootStems;
    this.rootExact = rootExact;
    this.payloads = payloads;
    this.english = english;
    this.probes = probes;
    this.prefixes = prefixes;
    this.vocabulary = vocabulary;
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
        walk(next, t, t + 1, words, n, sink);
      }
      next = rootExact[words[2 * t + 1]];
      if (next != EdgeTable.NONE) {
        emit(next, t, t + 1, sink);
        walk(next, t, t + 1, words, n, sink);
      }
    }
  }

  /**
   * Reads the ids of every word of a text into {@code words} (3 ints a word, all 0):
   * {@code words[2t]} is word t's key id plus one, {@code words[2t + 1]} its exact word id plus one
   * (0 for none, so a word with neither costs no store), what {@link #lookUp} gives for it; from
   * {@code 2n} on, first the words that may have ids, then (over them, in place) the words that
   * start a phrase, in order, whose end it returns.
   */
  int readWords(NormalizedText text, Lexicon.Stemmer stemmer, int[] words) {
    int n = text.tokenCount();
    String folded = text.folded();
    char[] chars = text.chars();
    int candidates = 2 * n;
    if (english) {
      // every word's filter bits first, without a branch (most words are in no phrase, and two
      // filter bits turn them away): a branch per word on them would mispredict on a third of
      // the words, and the loads of one word do not wait on another's
      for (int t = 0; t < n; t++) {
        words[candidates] = t;
        candidates += mayHaveKey(chars, text.tokenStart(t), text.tokenEnd(t), text.tokenHash(t));
      }
    } else {
      for (int t = 0; t < n; t++) {
        words[candidates++] = t;
      }
    }
    int starts = 2 * n;
    for (int c = 2 * n; c < candidates; c++) {
      int t = words[c];
      long ids = lookUp(chars, text.tokenStart(t), text.tokenEnd(t), text.tokenHash(t), folded,
          stemmer);
      if (ids != NO_IDS) {
        int key = keyOf(ids) + 1;
        int surface = surfaceOf(ids) + 1;
        words[2 * t] = key;
        words[2 * t + 1] = surface;
        // a word with neither id asks the root's first entries, which lead nowhere; NONE is -1,
        // so the two edges ANDed are NONE only when both are
        if ((rootStems[key] & rootExact[surface]) != EdgeTable.NONE) {
          words[starts++] = t;
        }
      }
    }
    return starts;
  }

  /**
   * The key id and exact word id of the text word {@code s[start, end)} (not empty), as a
   * {@link #vocabulary} value, from the tables alone: {@code folded} holds the word where
   * {@code s} does. {@link #readWords} asks it only for the words {@link #mayHaveKey} lets
   * through.
   */
  long lookUp(char[] s, int start, int end, long wordHash, String folded,
      Lexicon.Stemmer stemmer) {
    long known = vocabulary.get(s, start, end, wordHash);
    if (known != WordTable.ABSENT) {
      return known;
    }
    // not a word the phrases were compiled from: no exact word, and a key only by its stem
    return isCandidate(english, probes, prefixes, s, start, end)
        ? entry(stemmedKey(folded, s, start, end, (int) wordHash, stemmer), NO_KEY)
        : NO_IDS;
  }

  /**
   * 0 when a word is surely neither in {@link #vocabulary} nor worth stemming. The code before
   * read the vocabulary's filter bit here; that filter only spared look-ups ({@link WordTable#get}
   * applies its own), so the oracle looks every word up and gives the same matches.
   */
  private int mayHaveKey(char[] s, int start, int end, long wordHash) {
    return 1;
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

  private void walk(int node, int first, int t, int[] words, int n, Sink sink) {
    if (t >= n) {
      return;
    }
    int key = words[2 * t] - 1;
    if (key != NO_KEY) {
      int next = edges.next(node, stemEdge(key));
      if (next != EdgeTable.NONE) {
        emit(next, first, t + 1, sink);
        walk(next, first, t + 1, words, n, sink);
      }
    }
    int surface = words[2 * t + 1] - 1;
    if (surface != NO_KEY) {
      int next = edges.next(node, exactEdge(surface));
      if (next != EdgeTable.NONE) {
        emit(next, first, t + 1, sink);
        walk(next, first, t + 1, words, n, sink);
      }
    }
  }

  private void emit(int node, int first, int end, Sink sink) {
    for (int payload : payloads[node]) {
      sink.hit(payload, first, end);
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
    public List<PhraseAutomatonBefore> build() {
      // Number the stem keys, the exact words and the nodes, then lay each trie out flat.
      Map<String, Integer> stemIds = new HashMap<>();
      knownKeys.values().forEach(k -> stemIds.putIfAbsent(k, stemIds.size()));
      Map<String, Integer> exactIds = new HashMap<>();
      List<Map<Long, Integer>> edgeMaps = new ArrayList<>();
      List<int[][]> payloadTables = new ArrayList<>();
      for (Node root : roots) {
        Map<Node, Integer> nodeIds = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        nodeIds.put(root, 0);
        nodes.add(root);
        Map<Long, Integer> edgeMap = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
          Node node = nodes.get(i);
          for (int exact = 0; exact < 2; exact++) {
            Map<String, Integer> ids = exact == 0 ? stemIds : exactIds;
            for (Map.Entry<String, Node> e : (exact == 0 ? node.stems : node.exact).entrySet()) {
              int key = ids.computeIfAbsent(e.getKey(), k -> ids.size());
              Integer target = nodeIds.get(e.getValue());
              if (target == null) {
                target = nodes.size();
                nodeIds.put(e.getValue(), target);
                nodes.add(e.getValue());
              }
              edgeMap.put(EdgeTable.edge(i, exact == 0 ? stemEdge(key) : exactEdge(key)), target);
            }
          }
        }
        int[][] payloads = new int[nodes.size()][];
        for (int i = 0; i < payloads.length; i++) {
          payloads[i] = nodes.get(i).payloads;
        }
        edgeMaps.add(edgeMap);
        payloadTables.add(payloads);
      }
      LongSet probeSet = new LongSet(probes);
      LongSet prefixSet = new LongSet(prefixes);
      WordTable vocabulary = vocabulary(stemIds, exactIds, probeSet, prefixSet);
      Map<String, Integer> stems = Map.copyOf(stemIds);
      Stemmed[] stemmed = new Stemmed[STEMMED_SLOTS];
      List<PhraseAutomatonBefore> automata = new ArrayList<>(roots.length);
      for (int t = 0; t < roots.length; t++) {
        // from NO_KEY: the edge of key id k is at k + 1
        int[] rootStems = new int[stemIds.size() + 1];
        int[] rootExact = new int[exactIds.size() + 1];
        Arrays.fill(rootStems, EdgeTable.NONE);
        Arrays.fill(rootExact, EdgeTable.NONE);
        edgeMaps.get(t).forEach((edge, target) -> {
          if (edge >>> 32 == ROOT) {
            int key = (int) (edge - 1);
            (((key & 1) == 0) ? rootStems : rootExact)[(key >>> 1) + 1] = target;
          }
        });
        automata.add(new PhraseAutomatonBefore(new EdgeTable(edgeMaps.get(t)), rootStems, rootExact,
            payloadTables.get(t), english, probeSet, prefixSet, vocabulary, stems,
            edgeMaps.get(t).isEmpty(), stemmed));
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
    private WordTable vocabulary(Map<String, Integer> stemIds, Map<String, Integer> exactIds,
        LongSet probeSet, LongSet prefixSet) {
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
      return new WordTable(entries);
    }
  }
}
