package org.isnad.core.latin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned fallback for words no table knows: a joint n-gram model over graphones (an Arabic
 * letter paired with the Latin it is written as, e.g. م→"ma"), estimated with interpolated
 * Kneser-Ney from aligned name pairs, decoded with a beam search.
 *
 * <p>Because a graphone carries the vowel that follows its consonant and the n-gram sees the
 * graphones around it, vowels the Arabic script does not write come out where names of that
 * shape have them ("فيريرا" → ferreira, not "fyryra").
 *
 * <p>Immutable after construction; {@link #decode} allocates only per call, so one instance is
 * shared by all threads.
 */
public final class GraphoneModel {
    /** Bits per graphone id in a packed n-gram key; ids are stored +1 so no field is 0. */
    private static final int BITS = 12;
    private static final int MAX_IDS = (1 << BITS) - 2;
    private static final int START = 0;
    private static final int END = 1;

    /** Settings of estimation and decoding; defaults were tuned on the eval split. */
    public record Settings(int order, int beam, int maxCandidates, double minCandidateShare) {
        public static final Settings DEFAULT = new Settings(5, 8, 10, 0.004);

        public Settings {
            if (order < 1 || order * BITS > 63) throw new IllegalArgumentException("order " + order);
        }
    }

    private final Settings settings;
    private final String[] latin;
    /** For each Arabic letter, the graphone ids that may spell it, most frequent first. */
    private final Map<Character, int[]> candidates;
    /** The same for the Arabic block U+0600..U+06FF, indexed without boxing. */
    private final int[][] arabicBlock = new int[0x100][];
    private static final char ARABIC_BLOCK = '\u0600';
    private final float[] unigram;
    /** Interpolated Kneser-Ney: discounted probability mass of each seen n-gram. */
    private final LongFloatMap alpha;
    /** Weight given to the lower order after each seen context. */
    private final LongFloatMap gamma;

    private GraphoneModel(Settings settings, String[] latin, Map<Character, int[]> candidates,
                          float[] unigram, LongFloatMap alpha, LongFloatMap gamma) {
        this.settings = settings;
        this.latin = latin;
        this.candidates = candidates;
        for (Map.Entry<Character, int[]> e : candidates.entrySet()) {
            int block = e.getKey() - ARABIC_BLOCK;
            if (block >= 0 && block < arabicBlock.length) arabicBlock[block] = e.getValue();
        }
        this.unigram = unigram;
        this.alpha = alpha;
        this.gamma = gamma;
    }

    /** Estimates the model from aligned words. */
    public static GraphoneModel train(List<AlignedWord> words, Settings settings) {
        // inventory: id 0 = start, 1 = end, then graphones in order of first appearance
        Map<String, Integer> ids = new HashMap<>();
        List<String> latin = new ArrayList<>(List.of("<s>", "</s>"));
        List<Character> arabic = new ArrayList<>(Arrays.asList('\0', '\0'));
        List<Double> graphoneCount = new ArrayList<>(List.of(0.0, 0.0));
        List<int[]> sequences = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (AlignedWord w : words) {
            int[] seq = new int[w.letters().length() + 2];
            seq[0] = START;
            for (int i = 0; i < w.letters().length(); i++) {
                char a = w.letters().charAt(i);
                String l = w.chunks().get(i);
                String name = a + "=" + l;
                Integer id = ids.get(name);
                if (id == null) {
                    id = latin.size();
                    ids.put(name, id);
                    latin.add(l);
                    arabic.add(a);
                    graphoneCount.add(0.0);
                }
                graphoneCount.set(id, graphoneCount.get(id) + w.weight());
                seq[i + 1] = id;
            }
            seq[seq.length - 1] = END;
            sequences.add(seq);
            weights.add(w.weight());
        }
        if (latin.size() > MAX_IDS) throw new IllegalStateException("too many graphones: " + latin.size());
        int n = settings.order();

        // raw counts of every k-gram, k = 1..n (a k-gram never reaches left of the start symbol)
        LongDoubleCounter[] raw = new LongDoubleCounter[n + 1];
        for (int k = 1; k <= n; k++) raw[k] = new LongDoubleCounter();
        for (int s = 0; s < sequences.size(); s++) {
            int[] seq = sequences.get(s);
            double weight = weights.get(s);
            for (int i = 1; i < seq.length; i++) {
                long key = 0;
                for (int k = 1; k <= n && i - k + 1 >= 0; k++) {
                    key = key | ((long) (seq[i - k + 1] + 1) << (BITS * (k - 1)));
                    raw[k].add(key, weight);
                }
            }
        }
        // Kneser-Ney counts: the highest order and n-grams opening at the start keep raw counts;
        // lower orders count the distinct graphones seen before them
        LongDoubleCounter[] kn = new LongDoubleCounter[n + 1];
        for (int k = 1; k <= n; k++) {
            LongDoubleCounter counts = new LongDoubleCounter();
            final int order = k;
            raw[k].forEach((key, c) -> {
                if (order == n || first(key, order) == START) counts.add(key, c);
            });
            kn[k] = counts;
        }
        for (int k = 2; k <= n; k++) {
            final int order = k;
            raw[k].forEach((key, c) -> {
                long suffix = key & mask(order - 1);
                if (first(suffix, order - 1) != START) kn[order - 1].add(suffix, 1.0);
            });
        }

        List<long[]> alphaKeys = new ArrayList<>();
        List<float[]> alphaValues = new ArrayList<>();
        List<long[]> gammaKeys = new ArrayList<>();
        List<float[]> gammaValues = new ArrayList<>();
        float[] unigram = new float[latin.size()];
        for (int k = 1; k <= n; k++) {
            double d = discount(kn[k]);
            LongDoubleCounter totals = new LongDoubleCounter();   // context -> summed count
            LongDoubleCounter distinct = new LongDoubleCounter(); // context -> graphones seen after it
            // contexts are shifted by one field so the empty context (unigrams) is key 1, not 0
            kn[k].forEach((key, c) -> {
                long context = ((key >>> BITS) << 1) | 1;
                totals.add(context, c);
                distinct.add(context, 1.0);
            });
            long[] keys = kn[k].keyArray();
            float[] values = new float[keys.length];
            for (int i = 0; i < keys.length; i++) {
                double total = totals.get(((keys[i] >>> BITS) << 1) | 1);
                values[i] = (float) (Math.max(kn[k].get(keys[i]) - d, 0) / total);
                if (k == 1) unigram[(int) keys[i] - 1] = values[i];
            }
            long[] contexts = totals.keyArray();
            float[] weightsBack = new float[contexts.length];
            for (int i = 0; i < contexts.length; i++) {
                weightsBack[i] = (float) (d * distinct.get(contexts[i]) / totals.get(contexts[i]));
                contexts[i] = contexts[i] >>> 1;
            }
            if (k == 1) {
                // the unigram backs off to a uniform distribution over the inventory
                for (int id = 0; id < unigram.length; id++) unigram[id] += weightsBack[0] / unigram.length;
            } else {
                alphaKeys.add(keys);
                alphaValues.add(values);
                gammaKeys.add(contexts);
                gammaValues.add(weightsBack);
            }
        }

        Map<Character, List<Integer>> byLetter = new HashMap<>();
        Map<Character, Double> letterTotal = new HashMap<>();
        for (int id = 2; id < latin.size(); id++) {
            byLetter.computeIfAbsent(arabic.get(id), c -> new ArrayList<>()).add(id);
            letterTotal.merge(arabic.get(id), graphoneCount.get(id), Double::sum);
        }
        Map<Character, int[]> candidates = new HashMap<>();
        for (Map.Entry<Character, List<Integer>> e : byLetter.entrySet()) {
            List<Integer> list = e.getValue();
            list.sort((x, y) -> Double.compare(graphoneCount.get(y), graphoneCount.get(x)));
            double total = letterTotal.get(e.getKey());
            List<Integer> kept = new ArrayList<>();
            for (int id : list) {
                boolean frequentEnough = graphoneCount.get(id) >= settings.minCandidateShare() * total;
                if (kept.isEmpty() || (frequentEnough && kept.size() < settings.maxCandidates())) kept.add(id);
            }
            candidates.put(e.getKey(), kept.stream().mapToInt(Integer::intValue).toArray());
        }
        return new GraphoneModel(settings, latin.toArray(String[]::new), Map.copyOf(candidates), unigram,
                concat(alphaKeys, alphaValues), concat(gammaKeys, gammaValues));
    }

    private static LongFloatMap concat(List<long[]> keys, List<float[]> values) {
        int size = 0;
        for (long[] k : keys) size += k.length;
        long[] allKeys = new long[size];
        float[] allValues = new float[size];
        int at = 0;
        for (int i = 0; i < keys.size(); i++) {
            System.arraycopy(keys.get(i), 0, allKeys, at, keys.get(i).length);
            System.arraycopy(values.get(i), 0, allValues, at, values.get(i).length);
            at += keys.get(i).length;
        }
        return new LongFloatMap(allKeys, allValues);
    }

    private static int first(long key, int k) {
        return (int) ((key >>> (BITS * (k - 1))) & ((1L << BITS) - 1)) - 1;
    }

    private static long mask(int k) {
        return k == 0 ? 0 : (1L << (BITS * k)) - 1;
    }

    /** The usual Kneser-Ney discount from the counts of counts: n1 / (n1 + 2 n2). */
    private static double discount(LongDoubleCounter counts) {
        double[] n = new double[3];
        counts.forEach((key, c) -> {
            if (c == 1) n[1]++;
            else if (c == 2) n[2]++;
        });
        double n1 = n[1], n2 = n[2];
        double d = n1 + 2 * n2 == 0 ? 0.5 : n1 / (n1 + 2 * n2);
        return Math.min(0.9, Math.max(0.1, d));
    }

    /** Whether the model has seen the letter. */
    public boolean knows(char letter) {
        return candidates(letter) != null;
    }

    /**
     * The most probable Latin spelling of a run of Arabic letters (cleaned, every char
     * {@link #knows known}); lower case.
     */
    public String decode(String letters) {
        // names repeat across a corpus: the beam search runs once per distinct letter string
        String cached = decoded.get(letters);
        if (cached != null) return cached;
        String result = search(letters);
        if (decoded.size() >= DECODE_CACHE_LIMIT) decoded.clear(); // bounded: a crude but lock-free eviction
        decoded.put(letters, result);
        return result;
    }

    private static final int DECODE_CACHE_LIMIT = 200_000;
    private final java.util.concurrent.ConcurrentHashMap<String, String> decoded = new java.util.concurrent.ConcurrentHashMap<>();

    private String search(String letters) {
        int n = settings.order();
        int beamWidth = settings.beam();
        int steps = letters.length();
        // the trellis: per step, the surviving hypotheses' graphone and back-pointer
        int[][] graphone = new int[steps + 1][];
        int[][] back = new int[steps + 1][];
        long[] history = {pack(0, START)};
        int historyLength = 1;
        double[] score = {0};
        graphone[0] = new int[] {START};
        back[0] = new int[] {-1};
        Recombination next = new Recombination(beamWidth * settings.maxCandidates());
        long[] contexts = new long[n];
        float[] gammas = new float[n];
        for (int i = 0; i < steps; i++) {
            int[] options = candidates(letters.charAt(i));
            if (options == null) throw new IllegalArgumentException("unknown letter " + letters.charAt(i));
            next.clear();
            int length = Math.min(historyLength + 1, n - 1);
            for (int h = 0; h < history.length; h++) {
                // the contexts and their back-off weights are the same for every candidate
                int depth = contexts(history[h], historyLength, contexts, gammas);
                for (int id : options) {
                    double p = unigram[id];
                    for (int k = 0; k < depth; k++) p = alpha.get(pack(contexts[k], id), 0f) + gammas[k] * p;
                    next.offer(pack(history[h], id) & mask(n - 1), score[h] + Math.log(p), id, h);
                }
            }
            int kept = next.keepBest(beamWidth);
            history = Arrays.copyOf(next.keys, kept);
            score = Arrays.copyOf(next.scores, kept);
            graphone[i + 1] = Arrays.copyOf(next.graphones, kept);
            back[i + 1] = Arrays.copyOf(next.backs, kept);
            historyLength = length;
        }
        // several graphone paths can spell the same string: sum them, then take the best string
        Map<String, Double> spellings = new HashMap<>();
        double[] finals = new double[history.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < history.length; h++) {
            finals[h] = score[h] + Math.log(probability(history[h], historyLength, END));
            top = Math.max(top, finals[h]);
        }
        for (int h = 0; h < history.length; h++) {
            double s = finals[h] - top; // relative to the best path, so exp cannot underflow to all zeros
            String[] parts = new String[steps];
            for (int i = steps, at = h; i > 0; i--) {
                parts[i - 1] = latin[graphone[i][at]];
                at = back[i][at];
            }
            spellings.merge(String.join("", parts), Math.exp(s), Double::sum);
        }
        String best = "";
        double bestScore = -1;
        for (Map.Entry<String, Double> e : spellings.entrySet()) {
            if (e.getValue() > bestScore) { bestScore = e.getValue(); best = e.getKey(); }
        }
        return best;
    }

    private int[] candidates(char letter) {
        int block = letter - ARABIC_BLOCK;
        return block >= 0 && block < arabicBlock.length ? arabicBlock[block] : candidates.get(letter);
    }

    /**
     * The hypotheses of one decoding step, recombined by history (only the best path into each
     * n-gram state survives). Local to one decode call.
     */
    private static final class Recombination {
        final long[] keys;
        final double[] scores;
        final int[] graphones;
        final int[] backs;
        private final int[] table;
        private int size;

        Recombination(int capacity) {
            keys = new long[capacity];
            scores = new double[capacity];
            graphones = new int[capacity];
            backs = new int[capacity];
            table = new int[Integer.highestOneBit(capacity * 2 + 1) << 1];
        }

        void clear() {
            Arrays.fill(table, -1);
            size = 0;
        }

        void offer(long key, double score, int graphone, int back) {
            int mask = table.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (table[slot] >= 0) {
                int at = table[slot];
                if (keys[at] == key) {
                    if (score > scores[at]) { scores[at] = score; graphones[at] = graphone; backs[at] = back; }
                    return;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = size;
            keys[size] = key;
            scores[size] = score;
            graphones[size] = graphone;
            backs[size] = back;
            size++;
        }

        /** Moves the {@code beam} best to the front (best first); returns how many there are. */
        int keepBest(int beam) {
            int kept = Math.min(beam, size);
            for (int i = 0; i < kept; i++) {
                int best = i;
                for (int j = i + 1; j < size; j++) if (scores[j] > scores[best]) best = j;
                swap(i, best);
            }
            return kept;
        }

        private void swap(int a, int b) {
            long k = keys[a]; keys[a] = keys[b]; keys[b] = k;
            double s = scores[a]; scores[a] = scores[b]; scores[b] = s;
            int g = graphones[a]; graphones[a] = graphones[b]; graphones[b] = g;
            int p = backs[a]; backs[a] = backs[b]; backs[b] = p;
        }
    }

    private static long pack(long history, int id) {
        return (history << BITS) | (id + 1);
    }

    /**
     * The seen contexts of a history, shortest first, with their back-off weights; returns how
     * many. A longer context containing an unseen one cannot have been seen either.
     */
    private int contexts(long history, int historyLength, long[] contexts, float[] gammas) {
        int depth = 0;
        for (int k = 1; k <= historyLength && k < settings.order(); k++) {
            long context = history & mask(k);
            float g = gamma.get(context, -1f);
            if (g < 0) break;
            contexts[depth] = context;
            gammas[depth] = g;
            depth++;
        }
        return depth;
    }

    /** P(graphone | the last historyLength graphones), interpolated from the unigram upwards. */
    private double probability(long history, int historyLength, int id) {
        double p = unigram[id];
        for (int k = 1; k <= historyLength && k < settings.order(); k++) {
            long context = history & mask(k);
            float g = gamma.get(context, -1f);
            if (g < 0) break; // a longer context containing this one cannot have been seen either
            p = alpha.get(pack(context, id), 0f) + g * p;
        }
        return p;
    }

}
