package org.isnad.kb;

import org.isnad.kb.ListIndex.Form;
import org.isnad.kb.NameForm.Part;

import java.util.List;

/**
 * Scores how well a name as an article writes it (the query) matches one name of a list entry,
 * 0..1. Parts are paired one to one, most alike first; each part weighs by how rare it is on the
 * list. The score is mostly how much of the query the list name explains, a little how much of the
 * list name the query explains (the press writes two parts of a five-part name). For people the
 * structure of the name counts: the query's given name must be the listed given name (not the
 * father's), its family name or nisba a family name; evidence from a kunya alone, one word, or
 * common given names only is capped below any useful threshold. For organizations an unmatched
 * place on either side marks another branch (ISIL - Libya). Stateless.
 */
final class PairScorer {
    // caps on weak evidence, all below the default threshold
    static final double CAP_ONE_WORD = 0.3;
    static final double CAP_KUNYA_ONLY = 0.35;
    static final double CAP_COMMON_KUNYA_ONLY = 0.2;
    static final double CAP_ONE_NAME_PART = 0.45;
    static final double CAP_COMMON_NAMES_ONLY = 0.5;
    static final double CAP_ONE_WORD_ORGANIZATION = 0.4;
    /** How much of a list name three common names must cover to count as that whole name. */
    static final double WHOLE_NAME = 0.7;
    /** The query's given name is a later name of the listed chain: the son named after the father, or a relative. */
    static final double GIVEN_NAME_MISPLACED = 0.5;
    /** The query's last name is a middle name of the listed chain, not a family name or nisba. */
    static final double FAMILY_NAME_MISPLACED = 0.7;
    /** An unmatched place in one of two organization names, or a unit the list name lacks: another group. */
    static final double OTHER_BRANCH = 0.6;
    /** Unmatched generic words of organization names (group, تنظيم) weigh this much of a word; matched ones more. */
    static final double GENERIC_UNMATCHED = 0.1;
    static final double GENERIC_MATCHED = 0.5;

    private PairScorer() {}

    static double score(QueryName query, Form c, boolean person) {
        List<Part> qp = query.form.parts(), cp = c.form().parts();
        int n = qp.size(), m = cp.size();
        if (n == 0 || m == 0) return 0;
        int[] qTo = new int[n];
        int[] cFrom = new int[m];
        double[] qSim = new double[n];
        pair(query, c, qTo, cFrom, qSim);

        double qTotal = 0, qGot = 0, cTotal = 0, cGot = 0;
        int matched = 0, matchedNames = 0, matchedKunya = 0;
        boolean commonOnly = true;
        for (int i = 0; i < n; i++) {
            Part p = qp.get(i);
            double w = query.weights[i] * genericFactor(p, qTo[i] >= 0);
            qTotal += w;
            if (qTo[i] < 0) continue;
            qGot += w * qSim[i];
            matched++;
            if (p.kunya()) matchedKunya++;
            else {
                matchedNames++;
                if (!query.common[i]) commonOnly = false;
            }
        }
        for (int j = 0; j < m; j++) {
            double w = c.weights()[j] * genericFactor(cp.get(j), cFrom[j] >= 0);
            cTotal += w;
            if (cFrom[j] >= 0) cGot += w * qSim[cFrom[j]];
        }
        if (matched == 0 || qTotal == 0) return 0;
        double qCov = qGot / qTotal, cCov = cTotal == 0 ? 0 : cGot / cTotal;
        if (person) {
            double s = person(qp, cp, qTo, qCov, cCov);
            double cap = 1;
            if (n == 1) cap = qp.get(0).kunya() ? kunyaCap(query) : CAP_ONE_WORD;
            else if (matchedNames == 0) cap = kunyaCap(query);
            else if (matchedNames == 1 && matchedKunya == 0) cap = CAP_ONE_NAME_PART;
            // two common names are anyone's; three that make a whole listed name are a name
            else if (matchedKunya == 0 && commonOnly && !(matchedNames >= 3 && cCov >= WHOLE_NAME)) cap = CAP_COMMON_NAMES_ONLY;
            return Math.min(s, cap);
        }
        double s = organization(qp, cp, qTo, cFrom, qCov, cCov);
        int qNames = nonGeneric(qp), cNames = nonGeneric(cp);
        if (qNames == 0) return 0;
        // a one-word organization name (القاعدة, AQI) links only to the same one word, and a head noun
        // with one common word (الجماعة الإسلامية) is a description, not a name
        if ((qNames == 1 || cNames == 1) && !(qNames == cNames && exactOnNames(qp, qTo, qSim))) {
            s = Math.min(s, CAP_ONE_WORD_ORGANIZATION);
        } else if (qNames == 1 && qNames < n && onlyNameVeryCommon(qp, query)) {
            s = Math.min(s, CAP_ONE_WORD_ORGANIZATION);
        }
        return s;
    }

    private static double person(List<Part> qp, List<Part> cp, int[] qTo, double qCov, double cCov) {
        double s = qCov * qCov * (0.85 + 0.15 * cCov);
        int given = -1, last = -1, cFirst = -1, cLast = -1, qNames = 0, cSecond = -1;
        for (int i = 0; i < qp.size(); i++) {
            if (qp.get(i).kunya()) continue;
            if (given < 0) given = i;
            last = i;
            qNames++;
        }
        for (int j = 0; j < cp.size(); j++) {
            if (cp.get(j).kunya()) continue;
            if (cFirst < 0) cFirst = j;
            else if (cSecond < 0) cSecond = j;
            cLast = j;
        }
        if (given < 0 || cFirst < 0) return s;
        // a name that opens with a nisba after its kunya (أبو وليد الصحراوي) has no given name to place
        if (!qp.get(given).family() && qTo[given] >= 0 && qTo[given] != cFirst) {
            // the list writes some names family first (Al Zawahry Aiman): then the query's last name is the
            // list's first and its given name the list's second
            boolean inverted = qNames >= 2 && qTo[last] == cFirst && qTo[given] == cSecond;
            if (!inverted) s *= GIVEN_NAME_MISPLACED;
        }
        if (qNames >= 2 && qTo[last] >= 0 && qTo[last] != cFirst) {
            int j = qTo[last];
            boolean family = j == cLast || cp.get(j).family();
            if (!family) s *= FAMILY_NAME_MISPLACED;
        }
        return s;
    }

    private static double organization(List<Part> qp, List<Part> cp, int[] qTo, int[] cFrom, double qCov, double cCov) {
        double s = Math.pow(qCov, 1.5) * (0.4 + 0.6 * cCov);
        boolean otherBranch = false;
        for (int j = 0; j < cp.size(); j++) if (cFrom[j] < 0 && cp.get(j).place()) otherBranch = true;
        // a place the list name lacks, or a kind of unit it does not name (لواء التوحيد is not al-Tawhid)
        for (int i = 0; i < qp.size(); i++) if (qTo[i] < 0 && (qp.get(i).place() || qp.get(i).unit())) otherBranch = true;
        return otherBranch ? s * OTHER_BRANCH : s;
    }

    private static double kunyaCap(QueryName q) {
        for (int i = 0; i < q.common.length; i++) if (q.form.parts().get(i).kunya() && q.common[i]) return CAP_COMMON_KUNYA_ONLY;
        return CAP_KUNYA_ONLY;
    }

    /**
     * Pairs parts one to one, most alike first (ties: parts at the same place in their names);
     * fills qTo (-1: unpaired), cFrom and qSim.
     */
    private static void pair(QueryName query, Form c, int[] qTo, int[] cFrom, double[] qSim) {
        int n = qTo.length, m = cFrom.length;
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) sims[i * m + j] = query.similarity(i, c, j);
        }
        java.util.Arrays.fill(qTo, -1);
        java.util.Arrays.fill(cFrom, -1);
        for (int round = 0; round < Math.min(n, m); round++) {
            int bi = -1, bj = -1;
            double best = 0;
            for (int i = 0; i < n; i++) {
                if (qTo[i] >= 0) continue;
                for (int j = 0; j < m; j++) {
                    if (cFrom[j] >= 0) continue;
                    double s = sims[i * m + j];
                    if (s < Similarity.MIN) continue;
                    if (s > best || (s == best && Math.abs(i - j) < Math.abs(bi - bj))) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            qTo[bi] = bj;
            cFrom[bj] = bi;
            qSim[bi] = best;
        }
    }

    private static double genericFactor(Part p, boolean matched) {
        if (!p.generic()) return 1;
        return matched ? GENERIC_MATCHED : GENERIC_UNMATCHED;
    }

    /** Whether the one part that is not a head noun is on a tenth of the entries (الإسلامية). */
    private static boolean onlyNameVeryCommon(List<Part> qp, QueryName q) {
        for (int i = 0; i < qp.size(); i++) if (!qp.get(i).generic()) return q.veryCommon[i];
        return false;
    }

    private static int nonGeneric(List<Part> parts) {
        int k = 0;
        for (Part p : parts) if (!p.generic()) k++;
        return k;
    }

    private static boolean exactOnNames(List<Part> qp, int[] qTo, double[] qSim) {
        boolean any = false;
        for (int i = 0; i < qp.size(); i++) {
            if (qp.get(i).generic()) continue;
            if (qTo[i] < 0 || qSim[i] < 1) return false;
            any = true;
        }
        return any;
    }
}
