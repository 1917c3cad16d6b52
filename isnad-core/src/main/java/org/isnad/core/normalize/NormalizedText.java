package org.isnad.core.normalize;

/**
 * The matching view of a text: diacritics, tatweel, zero-width and bidi controls dropped;
 * alef, ya, ta-marbuta and hamza seats folded; Arabic-Indic and Persian digits to ASCII;
 * presentation forms decomposed; every quote style to {@code "}; Latin lower-cased.
 *
 * <p>It is a derived view, never a second copy that later stages edit: {@link #toOriginal}
 * maps every position of {@link #text()} back into the original, so a span found on the
 * normalized text is reported on the original exactly.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    /** origStart[i] = original offset of normalized char i; origStart[len] = original length. */
    private final int[] origStart;
    /** origEnd[i] = original offset just after the source char of normalized char i. */
    private final int[] origEnd;

    private NormalizedText(String original, String text, int[] origStart, int[] origEnd) {
        this.original = original;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    public static NormalizedText of(String original) {
        CharFolding folding = CharFolding.INSTANCE;
        int n = original.length();
        char[] out = new char[n + 16];
        int[] starts = new int[n + 17];
        int[] ends = new int[n + 17];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            char f = folding.fold(c);
            if (f == CharFolding.DROP) continue;
            if (f == CharFolding.MULTI) {
                String m = folding.expansion(c);
                for (int k = 0; k < m.length(); k++) {
                    if (len + 1 >= out.length) { out = grow(out); starts = grow(starts); ends = grow(ends); }
                    out[len] = m.charAt(k); starts[len] = i; ends[len] = i + 1; len++;
                }
                continue;
            }
            if (len + 1 >= out.length) { out = grow(out); starts = grow(starts); ends = grow(ends); }
            out[len] = f; starts[len] = i; ends[len] = i + 1; len++;
        }
        starts[len] = n;
        int[] s = java.util.Arrays.copyOf(starts, len + 1);
        int[] e = java.util.Arrays.copyOf(ends, len + 1);
        e[len] = n;
        return new NormalizedText(original, new String(out, 0, len), s, e);
    }

    private static char[] grow(char[] a) { return java.util.Arrays.copyOf(a, a.length * 2 + 16); }

    private static int[] grow(int[] a) { return java.util.Arrays.copyOf(a, a.length * 2 + 16); }

    /** The normalized view. */
    public String text() { return text; }

    public String original() { return original; }

    public int length() { return text.length(); }

    /** Original offset where normalized position {@code i} starts ({@code i == length()} allowed). */
    public int toOriginalStart(int i) { return origStart[i]; }

    /** Original offset just after the original char behind normalized char {@code i - 1}; use for span ends. */
    public int toOriginalEnd(int normalizedEnd) {
        if (normalizedEnd == 0) return origStart[0];
        int e = origEnd[normalizedEnd - 1];
        // a span keeps the diacritics and tatweel written on its last letter
        while (e < original.length() && isMarkOnLetter(original.charAt(e))) e++;
        return e;
    }

    private static boolean isMarkOnLetter(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The original text behind the normalized range [start, end). */
    public String originalSlice(int start, int end) {
        return original.substring(toOriginalStart(start), toOriginalEnd(end));
    }

    /** Folds a string for matching (lexicon entries, query strings): the same rules, no offsets. */
    public static String fold(String s) {
        CharFolding folding = CharFolding.INSTANCE;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = folding.fold(c);
            if (f == CharFolding.DROP) continue;
            if (f == CharFolding.MULTI) sb.append(folding.expansion(c));
            else sb.append(f);
        }
        return sb.toString();
    }

    /**
     * Folded text with spaces and quotes removed: how cue phrases are compared, whatever the
     * spacing and whether a preposition is joined to the next word (التابع لداعش).
     */
    public static String squash(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || c == '"') continue;
            sb.append(c);
        }
        return sb.toString();
    }
}
