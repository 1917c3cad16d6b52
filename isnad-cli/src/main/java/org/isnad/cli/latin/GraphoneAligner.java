package org.isnad.cli.latin;

import org.isnad.core.latin.AlignedWord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns which Latin strings each Arabic letter is written as, from whole-word pairs, by
 * expectation-maximization over all monotone alignments in which every Arabic letter takes a
 * Latin chunk of 0..maxChunk characters (a joint unigram model of graphones, as in many-to-many
 * grapheme-phoneme aligners). Then gives each pair its most probable alignment.
 */
final class GraphoneAligner {
    /** An Arabic word (cleaned letters), its Latin spelling, and how often the pair was seen. */
    record Pair(String arabic, String latin, int weight) {}

    /** A pair's best alignment and its mean log-probability per letter (low: probably a noisy pair). */
    record Alignment(AlignedWord word, double meanLogProb) {}

    private final int maxChunk;
    private Map<String, Double> prob = new HashMap<>();

    GraphoneAligner(int maxChunk) {
        this.maxChunk = maxChunk;
    }

    /** Runs EM for {@code iterations} rounds; the first round starts from equal graphone scores. */
    void train(List<Pair> pairs, int iterations) {
        for (int it = 0; it < iterations; it++) {
            Map<String, Double> counts = new HashMap<>();
            double total = 0;
            for (Pair p : pairs) total += expect(p, counts);
            double sum = 0;
            for (double c : counts.values()) sum += c;
            Map<String, Double> next = new HashMap<>();
            for (Map.Entry<String, Double> e : counts.entrySet()) next.put(e.getKey(), e.getValue() / sum);
            prob = next;
            if (total == 0) throw new IllegalStateException("no pair can be aligned");
        }
    }

    private double p(char a, String chunk) {
        if (prob.isEmpty()) return 1.0; // first round: every alignment counts the same
        return prob.getOrDefault(a + "=" + chunk, 0.0);
    }

    /** E-step for one pair: adds posterior graphone counts; returns the pair's weight if alignable. */
    private double expect(Pair pair, Map<String, Double> counts) {
        String a = pair.arabic(), l = pair.latin();
        int n = a.length(), m = l.length();
        double[][] fwd = new double[n + 1][m + 1];
        double[][] bwd = new double[n + 1][m + 1];
        fwd[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double s = 0;
                for (int k = 0; k <= maxChunk && k <= j; k++) {
                    if (fwd[i - 1][j - k] > 0) s += fwd[i - 1][j - k] * p(a.charAt(i - 1), l.substring(j - k, j));
                }
                fwd[i][j] = s;
            }
        }
        double z = fwd[n][m];
        if (z <= 0 || Double.isInfinite(z)) return 0;
        bwd[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                double s = 0;
                for (int k = 0; k <= maxChunk && j + k <= m; k++) {
                    if (bwd[i + 1][j + k] > 0) s += p(a.charAt(i), l.substring(j, j + k)) * bwd[i + 1][j + k];
                }
                bwd[i][j] = s;
            }
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k <= maxChunk && k <= j; k++) {
                    double f = fwd[i - 1][j - k];
                    if (f == 0 || bwd[i][j] == 0) continue;
                    String chunk = l.substring(j - k, j);
                    double post = f * p(a.charAt(i - 1), chunk) * bwd[i][j] / z;
                    if (post > 0) counts.merge(a.charAt(i - 1) + "=" + chunk, post * pair.weight(), Double::sum);
                }
            }
        }
        return pair.weight();
    }

    /** The most probable alignment of a pair under the trained graphone probabilities, or null. */
    Alignment align(Pair pair) {
        String a = pair.arabic(), l = pair.latin();
        int n = a.length(), m = l.length();
        double[][] best = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : best) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        best[0][0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int k = 0; k <= maxChunk && k <= j; k++) {
                    if (best[i - 1][j - k] == Double.NEGATIVE_INFINITY) continue;
                    double pr = p(a.charAt(i - 1), l.substring(j - k, j));
                    if (pr <= 0) continue;
                    double s = best[i - 1][j - k] + Math.log(pr);
                    if (s > best[i][j]) { best[i][j] = s; back[i][j] = k; }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) return null;
        List<String> chunks = new ArrayList<>();
        for (int i = n, j = m; i > 0; i--) {
            int k = back[i][j];
            chunks.add(0, l.substring(j - k, j));
            j -= k;
        }
        return new Alignment(new AlignedWord(a, chunks, pair.weight()), best[n][m] / n);
    }
}
