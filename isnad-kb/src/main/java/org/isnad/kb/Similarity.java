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
            String ha = a.key().substring(0, a.key().indexOf(':')), hb = b.key().substring(0, b.key().indexOf(':'));
            if (!ha.equals(hb)) return 0;
            return arabic ? arabic(a.kunyaName(), b.kunyaName(), words) : latin(a.kunyaName(), b.kunyaName(), words);
        }
        return arabic ? arabic(a.key(), b.key(), words) : latin(a.key(), b.key(), words);
    }

    static double arabic(String a, String b, NameWords words) {
        if (a.equals(b)) return 1;
        if (Math.min(a.length(), b.length()) < 3) return 0;
        return oneLetterApart(a, b, words.arabicLongVowels) ? ONE_VOWEL_APART : 0;
    }

    static double latin(String a, String b, NameWords words) {
        if (a.equals(b)) return 1;
        double s = editSimilarity(a, b);
        for (String article : words.latinFusedArticles) {
            if (a.startsWith(article) && a.length() >= article.length() + 4) s = Math.max(s, editSimilarity(a.substring(article.length()), b));
            if (b.startsWith(article) && b.length() >= article.length() + 4) s = Math.max(s, editSimilarity(a, b.substring(article.length())));
        }
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

    /** 1 - edit distance / longer length. */
    static double editSimilarity(String a, String b) {
        if (a.equals(b)) return 1;
        int n = a.length(), m = b.length();
        if (n == 0 || m == 0) return 0;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return 1.0 - (double) prev[m] / Math.max(n, m);
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
