package org.isnad.kb;

import org.isnad.kb.NameForm.Part;

/**
 * One name of the entity being linked, read for comparison against one kind of list entry: its
 * parts' weights and commonness (looked up once per call), how much a match through it counts, and
 * its parts' similarities to list parts as they are compared. One per call; not shared between threads.
 */
final class QueryName {
    final NameForm form;
    /** How much a match through this name counts (1, or less through a romanization or a press-name table). */
    final double weight;
    /** The name as shown in explanations. */
    final String shown;
    /** Whether it is the romanization of an Arabic name (compared across scripts). */
    final boolean romanized;
    final double[] weights;
    final boolean[] common;
    final boolean[] veryCommon;
    private final NameWords words;
    /** Similarity + 1 per query part and list part id; 0: not yet compared. */
    private final float[][] memo;
    private final int vocabulary;

    QueryName(NameForm form, double weight, String shown, boolean romanized, ListIndex.Weights w, int vocabulary, NameWords words) {
        this.form = form;
        this.weight = weight;
        this.shown = shown;
        this.romanized = romanized;
        this.words = words;
        int n = form.parts().size();
        this.weights = new double[n];
        this.common = new boolean[n];
        this.veryCommon = new boolean[n];
        this.memo = new float[n][];
        this.vocabulary = vocabulary;
        for (int i = 0; i < n; i++) {
            Part p = form.parts().get(i);
            weights[i] = w.weight(p, form.arabic());
            common[i] = w.common(p, form.arabic());
            veryCommon[i] = w.veryCommon(p, form.arabic());
        }
    }

    /** How many parts are not head nouns of group names. */
    int nonGenericParts() {
        int k = 0;
        for (Part p : form.parts()) if (!p.generic()) k++;
        return k;
    }

    /**
     * How alike part i and part j of a list name are (see {@link Similarity}), remembered by the list
     * part's id: the same list words (Muhammad, al-Masri) recur across entries and aliases.
     */
    double similarity(int i, ListIndex.Form listName, int j) {
        float[] m = memo[i];
        if (m == null) m = memo[i] = new float[vocabulary];
        int id = listName.ids()[j];
        float v = m[id];
        if (v == 0) {
            v = (float) Similarity.of(form.parts().get(i), listName.form().parts().get(j), form.arabic(), words) + 1;
            m[id] = v;
        }
        return v - 1;
    }
}
