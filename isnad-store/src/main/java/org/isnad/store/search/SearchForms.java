package org.isnad.store.search;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word forms the search analyzer indexes for one folded word: the word, the word without a
 * proclitic (data file {@code search/proclitics.tsv}), the nominative of a kunya word
 * ({@code resolve/name-forms.tsv}) and, when indexing, the word without its article. No stemming:
 * names keep every letter. Immutable.
 */
public final class SearchForms {
    private record Proclitic(String form, String restore) {}

    /** A plain proclitic is taken off only when this many letters stay («بنك» stays «بنك»). */
    static final int MIN_STEM = 3;

    private final List<Proclitic> proclitics = new ArrayList<>();
    private final Map<String, String> nominative = new HashMap<>();
    private final String article;

    private SearchForms() {
        String art = null;
        for (String[] r : DataFiles.table("search/proclitics.tsv")) {
            String restore = r.length > 1 ? NormalizedText.fold(r[1]) : "";
            proclitics.add(new Proclitic(NormalizedText.fold(r[0]), restore));
            if (!restore.isEmpty()) art = restore;
        }
        this.article = art == null ? "ال" : art;
        for (String[] r : DataFiles.table("resolve/name-forms.tsv")) nominative.put(NormalizedText.fold(r[0]), NormalizedText.fold(r[1]));
    }

    private static final SearchForms INSTANCE = new SearchForms();

    public static SearchForms get() { return INSTANCE; }

    /**
     * Other forms of a folded word, without the word itself.
     *
     * @param indexing also the form without the article («البغدادي» → «بغدادي»), so a search without
     *                 the article finds the word with it (but not the other way round)
     */
    public List<String> variants(String word, boolean indexing) {
        Set<String> out = new LinkedHashSet<>();
        String nom = nominative.get(word);
        if (nom != null) out.add(nom);
        for (Proclitic p : proclitics) {
            if (!word.startsWith(p.form) || word.length() == p.form.length()) continue;
            String rest = word.substring(p.form.length());
            if (p.restore.isEmpty()) {
                if (rest.length() >= MIN_STEM) out.add(rest);
            } else if (rest.length() >= 2) {
                out.add(p.restore + rest);
            }
        }
        if (indexing) {
            List<String> withArticle = new ArrayList<>();
            if (word.startsWith(article)) withArticle.add(word);
            for (String v : out) if (v.startsWith(article)) withArticle.add(v);
            for (String w : withArticle) if (w.length() - article.length() >= MIN_STEM) out.add(w.substring(article.length()));
        }
        out.remove(word);
        return new ArrayList<>(out);
    }
}
