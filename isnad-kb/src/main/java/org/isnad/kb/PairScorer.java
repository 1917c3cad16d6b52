package org.isnad.kb;

import org.isnad.kb.NameForm.Part;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores how well a name as an article writes it (the query) matches one name of a list entry,
 * 0..1. Parts are paired one to one, best first; each part weighs by how rare it is on the list.
 * The score is mostly how much of the query the list name explains, a little how much of the list
 * name the query explains (the press writes two parts of a five-part name). For people the
 * structure of the name counts: the query's given name must be the listed given name (not the
 * father's), its family name or nisba a family name; evidence from a kunya alone, one word, or
 * common given names only is capped below any useful threshold. For organizations an unmatched
 * place on either side marks another branch (ISIL - Libya). Stateless.
 */
final class PairScorer {
    /** How rare each part is: supplied by the list index. */
    interface Weights {
        double weight(Part p, boolean arabic);

        boolean common(Part p, boolean arabic);
    }

    // caps on weak evidence, all below the default threshold
    static final double CAP_ONE_WORD = 0.3;
    static final double CAP_KUNYA_ONLY = 0.35;
    static final double CAP_COMMON_KUNYA_ONLY = 0.2;
    static final double CAP_ONE_NAME_PART = 0.45;
    static final double CAP_COMMON_NAMES_ONLY = 0.5;
    static final double CAP_ONE_WORD_ORGANIZATION = 0.4;
    /** The query's given name is a later name of the listed chain: the son named after the father, or a relative. */
    static final double GIVEN_NAME_MISPLACED = 0.5;
    /** The query's last name is a middle name of the listed chain, not a family name or nisba. */
    static final double FAMILY_NAME_MISPLACED = 0.7;
    /** An unmatched place in one of two organization names: another branch. */
    static final double OTHER_BRANCH = 0.6;
    /** Unmatched generic words of organization names (group, تنظيم) weigh this much of a word. */
    static final double GENERIC_UNMATCHED = 0.1;
    static final double GENERIC_MATCHED = 0.5;

    private PairScorer() {}

    /** The result with the pairing that explains it. */
    record Result(double score, int matchedParts) {
        static final Result NONE = new Result(0, 0);
    }

    static Result score(NameForm q, NameForm c, boolean person, Weights weights, NameWords words) {
        List<Part> qp = q.parts(), cp = c.parts();
        int n = qp.size(), m = cp.size();
        if (n == 0 || m == 0) return Result.NONE;
        boolean arabic = q.arabic();
        int[] qTo = new int[n];
        double[] qSim = new double[n];
        boolean[] cUsed = new boolean[m];
        Arrays.fill(qTo, -1);
        pair(qp, cp, arabic, words, qTo, qSim, cUsed);

        double qTotal = 0, qGot = 0, cTotal = 0, cGot = 0;
        int matched = 0, matchedNames = 0, matchedKunya = 0;
        boolean commonOnly = true;
        for (int i = 0; i < n; i++) {
            Part p = qp.get(i);
            double w = weights.weight(p, arabic) * genericFactor(p, qTo[i] >= 0);
            qTotal += w;
            if (qTo[i] < 0) continue;
            qGot += w * qSim[i];
            matched++;
            if (p.kunya()) matchedKunya++;
            else {
                matchedNames++;
                if (!weights.common(p, arabic)) commonOnly = false;
            }
        }
        for (int j = 0; j < m; j++) {
            Part p = cp.get(j);
            double w = weights.weight(p, arabic) * genericFactor(p, cUsed[j]);
            cTotal += w;
            if (cUsed[j]) cGot += w * simOf(j, qTo, qSim);
        }
        if (matched == 0 || qTotal == 0) return Result.NONE;
        double qCov = qGot / qTotal, cCov = cTotal == 0 ? 0 : cGot / cTotal;
        double s = person ? person(qp, cp, qTo, qCov, cCov) : organization(qp, cp, qTo, cUsed, qCov, cCov);

        if (person) {
            double cap = 1;
            if (n == 1) cap = qp.get(0).kunya() ? kunyaCap(qp, weights, arabic) : CAP_ONE_WORD;
            else if (matchedNames == 0) cap = kunyaCap(qp, weights, arabic);
            else if (matchedNames == 1 && matchedKunya == 0) cap = CAP_ONE_NAME_PART;
            else if (matchedKunya == 0 && commonOnly) cap = CAP_COMMON_NAMES_ONLY;
            s = Math.min(s, cap);
        } else {
            int qNames = nonGeneric(qp), cNames = nonGeneric(cp);
            if (qNames == 0) return Result.NONE;
            // a one-word organization name (القاعدة, AQI) links only to the same one word, and a head noun
            // with one common word (الجماعة الإسلامية) is a description, not a name
            if ((qNames == 1 || cNames == 1) && !(qNames == cNames && matched >= 1 && exactOnNames(qp, qTo, qSim))) {
                s = Math.min(s, CAP_ONE_WORD_ORGANIZATION);
            } else if (qNames == 1 && qNames < n && commonOnly) {
                s = Math.min(s, CAP_ONE_WORD_ORGANIZATION);
            }
        }
        return new Result(s, matched);
    }

    private static double person(List<Part> qp, List<Part> cp, int[] qTo, double qCov, double cCov) {
        double s = qCov * qCov * (0.85 + 0.15 * cCov);
        List<Integer> qNames = names(qp), cNames = names(cp);
        if (qNames.isEmpty() || cNames.isEmpty()) return s;
        int given = qNames.get(0), last = qNames.get(qNames.size() - 1);
        // a name that opens with a nisba after its kunya (أبو وليد الصحراوي) has no given name to place
        if (!qp.get(given).family() && qTo[given] >= 0 && qTo[given] != cNames.get(0)) {
            // the list writes some names family first (Al Zawahry Aiman): then the query's last name is the
            // list's first and its given name the list's second
            boolean inverted = qNames.size() >= 2 && cNames.size() >= 2 && qTo[last] == cNames.get(0) && qTo[given] == cNames.get(1);
            if (!inverted) s *= GIVEN_NAME_MISPLACED;
        }
        if (qNames.size() >= 2 && qTo[last] >= 0 && qTo[last] != cNames.get(0)) {
            int j = qTo[last];
            boolean family = j == cNames.get(cNames.size() - 1) || cp.get(j).family();
            if (!family) s *= FAMILY_NAME_MISPLACED;
        }
        return s;
    }

    private static double organization(List<Part> qp, List<Part> cp, int[] qTo, boolean[] cUsed, double qCov, double cCov) {
        double s = Math.pow(qCov, 1.5) * (0.4 + 0.6 * cCov);
        boolean otherBranch = false;
        for (int j = 0; j < cp.size(); j++) if (!cUsed[j] && cp.get(j).place()) otherBranch = true;
        for (int i = 0; i < qp.size(); i++) if (qTo[i] < 0 && qp.get(i).place()) otherBranch = true;
        return otherBranch ? s * OTHER_BRANCH : s;
    }

    private static double kunyaCap(List<Part> qp, Weights weights, boolean arabic) {
        for (Part p : qp) if (p.kunya() && weights.common(p, arabic)) return CAP_COMMON_KUNYA_ONLY;
        return CAP_KUNYA_ONLY;
    }

    /** Pairs parts one to one, most alike first; ties go to parts at the same place in their names. */
    private static void pair(List<Part> qp, List<Part> cp, boolean arabic, NameWords words, int[] qTo, double[] qSim, boolean[] cUsed) {
        int n = qp.size(), m = cp.size();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = Similarity.of(qp.get(i), cp.get(j), arabic, words);
                if (s >= Similarity.MIN) pairs.add(new double[] {s, i, j});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : Double.compare(Math.abs(a[1] - a[2]), Math.abs(b[1] - b[2])));
        for (double[] p : pairs) {
            int i = (int) p[1], j = (int) p[2];
            if (qTo[i] >= 0 || cUsed[j]) continue;
            qTo[i] = j;
            qSim[i] = p[0];
            cUsed[j] = true;
        }
    }

    private static double simOf(int j, int[] qTo, double[] qSim) {
        for (int i = 0; i < qTo.length; i++) if (qTo[i] == j) return qSim[i];
        return 0;
    }

    private static double genericFactor(Part p, boolean matched) {
        if (!p.generic()) return 1;
        return matched ? GENERIC_MATCHED : GENERIC_UNMATCHED;
    }

    private static List<Integer> names(List<Part> parts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) if (!parts.get(i).kunya()) out.add(i);
        return out;
    }

    private static int nonGeneric(List<Part> parts) {
        int k = 0;
        for (Part p : parts) if (!p.generic()) k++;
        return k;
    }

    private static boolean exactOnNames(List<Part> qp, int[] qTo, double[] qSim) {
        for (int i = 0; i < qp.size(); i++) {
            if (qp.get(i).generic()) continue;
            if (qTo[i] < 0 || qSim[i] < 1) return false;
        }
        return true;
    }
}
