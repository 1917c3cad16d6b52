package org.isnad.kb;

import org.isnad.core.latin.Romanizer;
import org.isnad.core.model.EntityType;
import org.isnad.kb.ListEntry.Kind;
import org.isnad.kb.ListName.Quality;
import org.isnad.kb.ListName.Script;
import org.isnad.kb.NameForm.Part;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list's names read for comparison, with postings from part keys to entries (to find
 * candidates without comparing every name) and counts of how many entries of each kind share a
 * part (rare parts weigh more). Immutable once built.
 */
final class ListIndex {
    /** One name of an entry read for comparison. */
    record Form(NameForm form, Quality quality, String shown) {}

    /** An entry with its names: Arabic, Latin, and the Arabic romanized (for queries that only have Latin). */
    record Indexed(ListEntry entry, List<Form> arabic, List<Form> latin, List<Form> romanized) {}

    final List<Indexed> entries;
    private final Map<String, List<Integer>> arabicPostings = new HashMap<>();
    private final Map<String, List<Integer>> latinPostings = new HashMap<>();
    private final Map<String, Integer> arabicCounts = new HashMap<>();
    private final Map<String, Integer> latinCounts = new HashMap<>();
    private final int individuals, entities;
    /** Folded Arabic part keys of the list: the words a name written with a joined preposition is tried against. */
    final Set<String> arabicVocabulary = new HashSet<>();
    private final NameWords words;

    ListIndex(SanctionsList list, NameWords words, Romanizer romanizer) {
        this.words = words;
        List<Indexed> out = new ArrayList<>();
        int ind = 0, ent = 0;
        for (ListEntry e : list.entries()) {
            boolean person = e.kind() == Kind.INDIVIDUAL;
            if (person) ind++;
            else ent++;
            List<Form> arabic = new ArrayList<>(), latin = new ArrayList<>(), romanized = new ArrayList<>();
            for (ListName n : e.names()) {
                if (n.script() == Script.ARABIC) {
                    arabic.add(new Form(ArabicNames.parse(n.text(), words, null), n.quality(), n.text()));
                    String roman = romanizer.romanize(n.text(), person ? EntityType.PERSON : EntityType.ORGANIZATION);
                    romanized.add(new Form(LatinNames.parse(roman, words), n.quality(), n.text()));
                } else if (n.script() == Script.LATIN) {
                    latin.add(new Form(LatinNames.parse(n.text(), words), n.quality(), n.text()));
                }
            }
            int id = out.size();
            out.add(new Indexed(e, List.copyOf(arabic), List.copyOf(latin), List.copyOf(romanized)));
            Set<String> arabicKeys = new HashSet<>(), latinKeys = new HashSet<>();
            for (Form f : arabic) for (Part p : f.form().parts()) arabicKeys.add(countKey(p, true, e.kind()));
            for (Form f : latin) for (Part p : f.form().parts()) latinKeys.add(countKey(p, false, e.kind()));
            for (Form f : romanized) for (Part p : f.form().parts()) latinKeys.add(countKey(p, false, e.kind()));
            for (String k : arabicKeys) arabicCounts.merge(k, 1, Integer::sum);
            for (String k : latinKeys) latinCounts.merge(k, 1, Integer::sum);
            post(arabic, true, id);
            post(latin, false, id);
            post(romanized, false, id);
            for (Form f : arabic) {
                for (Part p : f.form().parts()) arabicVocabulary.add(p.kunya() ? p.kunyaName() : p.key());
            }
        }
        this.entries = List.copyOf(out);
        this.individuals = ind;
        this.entities = ent;
    }

    private void post(List<Form> forms, boolean arabic, int id) {
        Map<String, List<Integer>> postings = arabic ? arabicPostings : latinPostings;
        for (Form f : forms) {
            for (Part p : f.form().parts()) {
                for (String k : blockingKeys(p, arabic)) {
                    List<Integer> ids = postings.computeIfAbsent(k, x -> new ArrayList<>());
                    if (ids.isEmpty() || ids.get(ids.size() - 1) != id) ids.add(id);
                }
            }
        }
    }

    /**
     * Keys under which a part is posted and looked up: its index key and the key with one letter
     * left out (Arabic: a long vowel; Latin: any consonant), so that parts one letter apart meet.
     */
    List<String> blockingKeys(Part p, boolean arabic) {
        String k = p.indexKey(arabic);
        List<String> keys = new ArrayList<>();
        keys.add(k);
        int from = k.indexOf(':') + 1;
        if (k.length() - from < 4) return keys;
        for (int i = from + 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (arabic && words.arabicLongVowels.indexOf(c) < 0) continue;
            String d = k.substring(0, i) + k.substring(i + 1);
            if (!keys.contains(d)) keys.add(d);
        }
        return keys;
    }

    /** Entries whose names share a blocking key with the part. */
    List<Integer> postings(Part p, boolean arabic) {
        Map<String, List<Integer>> postings = arabic ? arabicPostings : latinPostings;
        List<Integer> out = new ArrayList<>();
        for (String k : blockingKeys(p, arabic)) {
            List<Integer> ids = postings.get(k);
            if (ids != null) out.addAll(ids);
        }
        return out;
    }

    private static String countKey(Part p, boolean arabic, Kind kind) {
        return kind.name().charAt(0) + p.indexKey(arabic);
    }

    /** How many entries of the kind have the part. */
    int count(Part p, boolean arabic, Kind kind) {
        Integer c = (arabic ? arabicCounts : latinCounts).get(countKey(p, arabic, kind));
        return c == null ? 0 : c;
    }

    /** Weights for one kind of entry: counted within it (a common word among groups is not among people). */
    PairScorer.Weights weightsFor(Kind kind) {
        return new PairScorer.Weights() {
            @Override public double weight(Part p, boolean arabic) { return ListIndex.this.weight(p, arabic, kind); }

            @Override public boolean common(Part p, boolean arabic) { return ListIndex.this.common(p, arabic, kind); }
        };
    }

    /** Inverse entry frequency: ln(1 + N / (1 + entries with the part)). */
    double weight(Part p, boolean arabic, Kind kind) {
        int n = kind == Kind.INDIVIDUAL ? individuals : entities;
        return Math.log(1 + (double) n / (1 + count(p, arabic, kind)));
    }

    /**
     * Whether a part is common: a name part shared by 3% of the entries of its kind (at least 3) or,
     * unless written as a family name, a given name; a kunya shared by two entries or built on a
     * given name.
     */
    boolean common(Part p, boolean arabic, Kind kind) {
        int n = kind == Kind.INDIVIDUAL ? individuals : entities;
        int c = count(p, arabic, kind);
        if (!p.kunya()) {
            if (c >= Math.max(3, 0.03 * n)) return true;
            if (p.family() || kind == Kind.ENTITY) return false;
            return arabic ? words.arabicGivenNames.contains(p.key()) : words.latinGivenNames.contains(p.key());
        }
        if (c >= 2) return true;
        return arabic ? words.arabicGivenNames.contains(p.kunyaName()) : words.latinGivenNames.contains(p.kunyaName());
    }
}
