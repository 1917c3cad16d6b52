package org.isnad.core.normalize;

import org.isnad.core.resources.DataFiles;

import java.text.Normalizer;

/**
 * The per-character folding table of {@code normalize/characters.tsv}: what each UTF-16 char
 * becomes for matching. Immutable after construction; one shared instance.
 */
final class CharFolding {
    /** Marker in {@link #single}: the char is dropped. */
    static final char DROP = '\uFFFF';
    /** Marker in {@link #single}: the char expands to {@link #multi}. */
    static final char MULTI = '\uFFFE';

    static final CharFolding INSTANCE = new CharFolding();

    private final char[] single = new char[65536];
    private final String[] multi = new String[65536];

    private CharFolding() {
        for (int c = 0; c < single.length; c++) single[c] = (char) c;
        for (String[] row : DataFiles.table("normalize/characters.tsv")) {
            String range = row[0];
            String repl = row[1];
            int dash = range.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash), 16);
            int to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1), 16);
            for (int c = from; c <= to; c++) {
                if (repl.equals("-")) {
                    single[c] = DROP;
                } else if (repl.equals("NFKC")) {
                    String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
                    d = foldAll(d); // the decomposition itself may hold alef-hamza etc.
                    if (d.length() == 1) single[c] = d.charAt(0);
                    else if (d.isEmpty()) single[c] = DROP;
                    else { single[c] = MULTI; multi[c] = d; }
                } else if (repl.endsWith("+")) {
                    single[c] = (char) (Integer.parseInt(repl.substring(0, repl.length() - 1), 16) + (c - from));
                } else {
                    String[] cps = repl.split(" ");
                    StringBuilder sb = new StringBuilder();
                    for (String cp : cps) sb.appendCodePoint(Integer.parseInt(cp, 16));
                    if (sb.length() == 1) single[c] = sb.charAt(0);
                    else { single[c] = MULTI; multi[c] = sb.toString(); }
                }
            }
        }
        // ASCII letters fold to lower case so Latin names match whatever their case.
        for (int c = 'A'; c <= 'Z'; c++) single[c] = (char) (c + 32);
    }

    private String foldAll(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = single[s.charAt(i)];
            if (f == DROP) continue;
            if (f == MULTI) sb.append(multi[s.charAt(i)]);
            else sb.append(f);
        }
        return sb.toString();
    }

    char fold(char c) { return single[c]; }

    String expansion(char c) { return multi[c]; }
}
