package org.isnad.core.latin;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.text.Normalizer;

/**
 * Character-level preparation of Arabic text for romanization (table {@code latin/script.tsv}).
 *
 * <p>Two views of a word are used: the <em>letters</em> ({@link #clean}), which drop diacritics,
 * tatweel and invisible controls but keep the letters that sound different apart (hamza seats,
 * ta marbuta, alef maqsura) because the letter model needs them; and the lookup <em>key</em>
 * ({@link #key}), the project-wide {@link NormalizedText#fold} of the letters, so tables match
 * however a name was spelled. Immutable once built.
 */
public final class ArabicLetters {
    private static final char DROP = '\uFFFF';

    private final char[] map = new char[65536];

    private ArabicLetters(Iterable<String[]> rows) {
        for (int c = 0; c < map.length; c++) map[c] = (char) c;
        for (String[] row : rows) {
            String range = row[0];
            int dash = range.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash), 16);
            int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1), 16);
            char repl = row[1].equals("-") ? DROP : (char) Integer.parseInt(row[1], 16);
            for (int c = from; c <= to; c++) map[c] = repl;
        }
    }

    /** Loads {@code latin/script.tsv}. */
    public static ArabicLetters load() {
        return new ArabicLetters(DataFiles.table("latin/script.tsv"));
    }

    /** Whether {@code c} is a letter of the Arabic script (base block, supplements, presentation forms). */
    public static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** The letters of {@code s}: marks and controls dropped, variant letters unified, presentation forms decomposed. */
    public String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPresentationForm(c)) {
                // ligatures such as lam-alef decompose into several letters
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < d.length(); k++) append(sb, d.charAt(k));
            } else {
                append(sb, c);
            }
        }
        return sb.toString();
    }

    private void append(StringBuilder sb, char c) {
        char m = map[c];
        if (m != DROP) sb.append(m);
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }

    /** The lookup key of already-cleaned letters: the project's matching fold. */
    public static String key(String letters) {
        return NormalizedText.fold(letters);
    }

    /** Whether {@code s} holds at least one Arabic letter. */
    public static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) if (isArabicLetter(s.charAt(i))) return true;
        return false;
    }
}
