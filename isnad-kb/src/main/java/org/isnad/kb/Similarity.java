package org.isnad.kb;

/**
 * How alike two name parts are, 0..1 (0 below the level at which they count as the same name).
 * Arabic keys are compared strictly: equal, or one long-vowel letter apart (داود/داوود), never a
 * letter for another (الجولاني is not الجيلاني). Latin keys allow the spread of transliteration:
 * edit distance on the keys, another first vowel, an article written joined (Alzahrani). Stateless.
 */
final class Similarity {
    /** Below this two parts are different names. */
    static final double MIN = 0.78;
    private static final double ONE_VOWEL_APART = 0.9;
    private static final double OTHER_FIRST_VOWEL = 0.9;
    private static final double OTHER_FIRST_CONSONANT_MIN = 0.85;
    /** A fuzzy Latin match never counts as much as an equal one. */
    private static final double MAX_FUZZY = 0.95;

    private Similarity() {}

    static double of(NameForm.Part a, NameForm.Part b, boolean arabic, NameWords words) {
        if (a.kunya() != b.kunya()) return 0;
        if (a.kunya()) {
            if (a.key().equals(b.key())) return 1;
            String ha = a.key().substring(0, a.key().indexOf(':')), hb = b.key().substring(0, b.key().indexOf(':'));
            if (!ha.equals(hb)) return 0;
            if (arabic) return arabic(a.kunyaName(), b.kunyaName(), words);
            return mayBeAlike(a.letters(), b.letters(), a.kunyaName(), b.kunyaName()) ? latin(a.kunyaName(), b.kunyaName(), words) : 0;
        }
        if (arabic) return arabic(a.key(), b.key(), words);
        double s = mayBeAlike(a.letters(), b.letters(), a.key(), b.key()) ? latin(a.key(), b.key(), words) : 0;
        // an article written joined to one of them (Alzahrani, al-Zahrani)
        if (s < 1 && a.bare() != a.key() && mayBeAlike(a.bareLetters(), b.letters(), a.bare(), b.key())) {
            s = Math.max(s, latin(a.bare(), b.key(), words));
        }
        if (s < 1 && b.bare() != b.key() && mayBeAlike(a.letters(), b.bareLetters(), a.key(), b.bare())) {
            s = Math.max(s, latin(a.key(), b.bare(), words));
        }
        return s;
    }

    static double arabic(String a, String b, NameWords words) {
        if (a.equals(b)) return 1;
        if (Math.min(a.length(), b.length()) < 3) return 0;
        return oneLetterApart(a, b, words.arabicLongVowels) ? ONE_VOWEL_APART : 0;
    }

    static double latin(String a, String b, NameWords words) {
        if (a.equals(b)) return 1;
        if (!closeEnough(a.length(), b.length())) return 0;
        double s = editSimilarity(a, b);
        if (Math.min(a.length(), b.length()) < 4) return s == 1 ? 1 : 0;
        // names opening with ع or a hamza are written with any vowel first (Iyadh, Ayadh; Ubaydah, Obeida)
        if (NameWords.isVowel(a.charAt(0)) && NameWords.isVowel(b.charAt(0)) && a.substring(1).equals(b.substring(1))) {
            s = Math.max(s, OTHER_FIRST_VOWEL);
        }
        if (s >= 1) return 1;
        // another first consonant is another name unless the rest is nearly the same (Qasim is not Jasim)
        double min = a.charAt(0) != b.charAt(0) && !(NameWords.isVowel(a.charAt(0)) && NameWords.isVowel(b.charAt(0)))
                ? OTHER_FIRST_CONSONANT_MIN : MIN;
        return s >= min ? Math.min(s, MAX_FUZZY) : 0;
    }

    /**
     * Whether two Latin keys can be alike at all: one edit changes at most two letters of the set
     * of letters, and the lengths differ by at most the edits allowed.
     */
    private static boolean mayBeAlike(long lettersA, long lettersB, String a, String b) {
        int max = Math.max(a.length(), b.length());
        int edits = (int) Math.floor((1 - MIN) * max + 1e-9) + 1; // the first-vowel rule allows one more
        return Long.bitCount(lettersA ^ lettersB) <= 2 * edits && Math.abs(a.length() - b.length()) <= edits;
    }

    /** Whether words of these lengths can be similar enough at all (the edit distance is at least the difference). */
    private static boolean closeEnough(int n, int m) {
        return 1.0 - (double) Math.abs(n - m) / Math.max(n, m) >= MIN;
    }

    /** 1 - edit distance / longer length; 0 when the distance is beyond what {@link #MIN} allows. */
    static double editSimilarity(String a, String b) {
        if (a.equals(b)) return 1;
        int n = a.length(), m = b.length();
        if (n == 0 || m == 0) return 0;
        int max = Math.max(n, m);
        int k = (int) Math.floor((1 - MIN) * max + 1e-9) + 1;
        int d = distanceWithin(a, b, k);
        return d > k ? 0 : 1.0 - (double) d / max;
    }

    /** Levenshtein distance when at most k, else k + 1; only the diagonal band of width 2k + 1 is computed. */
    static int distanceWithin(String a, String b, int k) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > k) return k + 1;
        int big = k + 1;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= k ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k), to = Math.min(m, i + k);
            cur[0] = i <= k ? i : big;
            if (from > 1) cur[from - 1] = big;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) cur[to + 1] = big;
            if (rowMin > k) return big;
            int[] t = prev; prev = cur; cur = t;
        }
        return Math.min(prev[m], big);
    }

    /** Whether the longer word is the shorter with one of the letters added (not at the start). */
    static boolean oneLetterApart(String a, String b, String letters) {
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) return false;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) i++;
        if (i == 0 || letters.indexOf(longer.charAt(i)) < 0) return false;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
