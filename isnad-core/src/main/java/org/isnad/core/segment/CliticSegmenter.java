package org.isnad.core.segment;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits proclitics (و ف ب ك ل س ال and their combinations) and enclitic pronouns off a folded
 * word. It proposes readings; the recognizers choose the one their lexicons know, so no
 * morphological analyser (and no per-token model) is needed on the hot path.
 */
public final class CliticSegmenter {
    private record Proclitic(String form, String restore) {}

    private final Proclitic[] proclitics;   // longest first
    private final String[] enclitics;       // longest first

    public CliticSegmenter() {
        List<Proclitic> pro = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String[] row : DataFiles.table("segment/clitics.tsv")) {
            String form = NormalizedText.fold(row[1]);
            if (row[0].equals("proclitic")) pro.add(new Proclitic(form, row.length > 2 ? NormalizedText.fold(row[2]) : ""));
            else en.add(form);
        }
        pro.sort(Comparator.comparingInt((Proclitic p) -> p.form.length()).reversed());
        en.sort(Comparator.comparingInt(String::length).reversed());
        this.proclitics = pro.toArray(Proclitic[]::new);
        this.enclitics = en.toArray(String[]::new);
    }

    /**
     * Readings of a word with proclitics removed, shortest removal first. A reading keeps at
     * least two letters. The article proclitic is only removed as part of a combination that
     * restores it (بال → ال), so "البغدادي" keeps its article and "بالبغدادي" reads as "البغدادي".
     */
    public Token.Stem[] stems(String form, int end) {
        if (form.length() < 3) return NO_STEMS;
        List<Token.Stem> out = null;
        for (int i = proclitics.length - 1; i >= 0; i--) { // shortest proclitic first
            Proclitic p = proclitics[i];
            if (p.form.equals("ال")) continue;
            if (!form.startsWith(p.form)) continue;
            String rest = form.substring(p.form.length());
            if (rest.length() < 2) continue;
            String stem = p.restore.isEmpty() ? rest : p.restore + rest;
            if (out == null) out = new ArrayList<>(4);
            out.add(new Token.Stem(stem, end - rest.length(), !p.restore.isEmpty()));
        }
        return out == null ? NO_STEMS : out.toArray(Token.Stem[]::new);
    }

    /** The word without an enclitic pronoun, or null when it has none that leaves two letters. */
    public String withoutEnclitic(String word) {
        for (String e : enclitics) {
            if (word.length() - e.length() >= 2 && word.endsWith(e)) return word.substring(0, word.length() - e.length());
        }
        return null;
    }

    /** Every enclitic-free reading of the word (longest enclitic removed first), excluding the word itself. */
    public List<String> encliticReadings(String word) {
        List<String> out = new ArrayList<>(2);
        for (String e : enclitics) {
            if (word.length() - e.length() >= 2 && word.endsWith(e)) out.add(word.substring(0, word.length() - e.length()));
        }
        return out;
    }

    private static final Token.Stem[] NO_STEMS = new Token.Stem[0];
}
