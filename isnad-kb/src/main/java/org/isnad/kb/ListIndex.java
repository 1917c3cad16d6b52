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
    /** How much a part weighs against the entries of one kind, and whether it is common among them. */
    interface Weights {
        double weight(Part p, boolean arabic);

        boolean common(Part p, boolean arabic);

        /** On a tenth of the entries or more (and at least three): with a head noun alone such a word describes a group, it does not name one. */
        boolean veryCommon(Part p, boolean arabic);
    }

    /**
     * One name of an entry read for comparison, with its parts' weights and commonness, and ids of
     * its parts' keys (one id per distinct key of the list in the name's script).
     */
    record Form(NameForm form, Quality quality, String shown, double[] weights, boolean[] common, int[] ids) {}

    /** A name parsed, before the counts that weigh its parts are known. */
    private record Parsed(NameForm form, Quality quality, String shown) {}

    /** An entry with its names: Arabic, Latin, and the Arabic romanized (for queries that only have Latin). */
    record Indexed(ListEntry entry, List<Form> arabic, List<Form> latin, List<Form> romanized) {}

    final List<Indexed> entries;
    private final Map<String, List<Integer>> arabicPostings = new HashMap<>();
    private final Map<String, List<Integer>> latinPostings = new HashMap<>();
    /** Entries sharing an index key, per kind of entry and script. */
    private final Map<Kind, Map<String, Integer>> arabicCounts = new java.util.EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Integer>> latinCounts = new java.util.EnumMap<>(Kind.class);
    private final int individuals, entities;
    /** Folded Arabic part keys of the list: the words a name written with a joined preposition is tried against. */
    final Set<String> arabicVocabulary = new HashSet<>();
    private final NameWords words;
    /** Part keys of the list -> ids, per script. */
    private final Map<String, Integer> arabicIds = new HashMap<>(), latinIds = new HashMap<>();

    ListIndex(SanctionsList list, NameWords words, Romanizer romanizer) {
        this.words = words;
        List<ListEntry> listed = List.copyOf(list.entries());
        List<List<List<Parsed>>> parsed = new ArrayList<>();
        int ind = 0, ent = 0;
        for (int id = 0; id < listed.size(); id++) {
            ListEntry e = listed.get(id);
            boolean person = e.kind() == Kind.INDIVIDUAL;
            if (person) ind++;
            else ent++;
            List<Parsed> arabic = new ArrayList<>(), latin = new ArrayList<>(), romanized = new ArrayList<>();
            for (ListName n : e.names()) {
                if (n.script() == Script.ARABIC) {
                    arabic.add(new Parsed(ArabicNames.parse(n.text(), words, null), n.quality(), n.text()));
                    String roman = romanizer.romanize(n.text(), person ? EntityType.PERSON : EntityType.ORGANIZATION);
                    romanized.add(new Parsed(LatinNames.parse(roman, words), n.quality(), n.text()));
                } else if (n.script() == Script.LATIN) {
                    latin.add(new Parsed(LatinNames.parse(n.text(), words), n.quality(), n.text()));
                }
            }
            arabic = distinct(arabic);
            latin = distinct(latin);
            romanized = distinct(romanized);
            parsed.add(List.of(arabic, latin, romanized));
            Set<String> arabicKeys = new HashSet<>(), latinKeys = new HashSet<>();
            for (Parsed f : arabic) for (Part p : f.form().parts()) arabicKeys.add(p.index());
            for (Parsed f : latin) for (Part p : f.form().parts()) latinKeys.add(p.index());
            for (Parsed f : romanized) for (Part p : f.form().parts()) latinKeys.add(p.index());
            Map<String, Integer> ac = arabicCounts.computeIfAbsent(e.kind(), k -> new HashMap<>());
            Map<String, Integer> lc = latinCounts.computeIfAbsent(e.kind(), k -> new HashMap<>());
            for (String k : arabicKeys) ac.merge(k, 1, Integer::sum);
            for (String k : latinKeys) lc.merge(k, 1, Integer::sum);
            post(arabic, true, id);
            post(latin, false, id);
            post(romanized, false, id);
            for (Parsed f : arabic) {
                for (Part p : f.form().parts()) arabicVocabulary.add(p.kunya() ? p.kunyaName() : p.key());
            }
        }
        this.individuals = ind;
        this.entities = ent;
        // the counts are complete: weigh every list part once
        List<Indexed> out = new ArrayList<>();
        for (int id = 0; id < listed.size(); id++) {
            Weights w = weightsFor(listed.get(id).kind());
            List<List<Parsed>> p = parsed.get(id);
            out.add(new Indexed(listed.get(id), forms(p.get(0), w, arabicIds), forms(p.get(1), w, latinIds), forms(p.get(2), w, latinIds)));
        }
        this.entries = List.copyOf(out);
    }

    private static List<Form> forms(List<Parsed> parsed, Weights w, Map<String, Integer> ids) {
        List<Form> out = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            int n = p.form().parts().size();
            double[] weights = new double[n];
            boolean[] common = new boolean[n];
            int[] partIds = new int[n];
            for (int i = 0; i < n; i++) {
                Part part = p.form().parts().get(i);
                weights[i] = w.weight(part, p.form().arabic());
                common[i] = w.common(part, p.form().arabic());
                partIds[i] = ids.computeIfAbsent(part.key(), k -> ids.size());
            }
            out.add(new Form(p.form(), p.quality(), p.shown(), weights, common, partIds));
        }
        return List.copyOf(out);
    }

    /** How many distinct part keys the list has in a script (the range of {@link Form#ids()}). */
    int vocabulary(boolean arabic) {
        return arabic ? arabicIds.size() : latinIds.size();
    }

    /** Names that read the same (Al-Dari and Al Dari) once, the most trusted kept (the list orders names so). */
    private static List<Parsed> distinct(List<Parsed> forms) {
        Map<String, Parsed> byKey = new java.util.LinkedHashMap<>();
        for (Parsed f : forms) {
            if (f.form().parts().isEmpty()) continue;
            Parsed had = byKey.get(f.form().joinedKey());
            if (had == null || f.quality().compareTo(had.quality()) < 0) byKey.put(f.form().joinedKey(), f);
        }
        return List.copyOf(byKey.values());
    }

    private void post(List<Parsed> forms, boolean arabic, int id) {
        Map<String, List<Integer>> postings = arabic ? arabicPostings : latinPostings;
        for (Parsed f : forms) {
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
        String k = p.index();
        List<String> keys = new ArrayList<>();
        keys.add(k);
        int from = k.indexOf(':') + 1;
        if (k.length() - from < 4) return keys;
        // Arabic keeps its first letter (only long vowels come and go); Latin may lose any, a joined article's too
        for (int i = arabic ? from + 1 : from; i < k.length(); i++) {
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

    /** How many entries of the kind have the part. */
    int count(Part p, boolean arabic, Kind kind) {
        Map<String, Integer> counts = (arabic ? arabicCounts : latinCounts).get(kind);
        Integer c = counts == null ? null : counts.get(p.index());
        return c == null ? 0 : c;
    }

    /** Weights for one kind of entry: counted within it (a common word among groups is not among people). */
    Weights weightsFor(Kind kind) {
        return new Weights() {
            @Override public double weight(Part p, boolean arabic) { return ListIndex.this.weight(p, arabic, kind); }

            @Override public boolean common(Part p, boolean arabic) { return ListIndex.this.common(p, arabic, kind); }

            @Override public boolean veryCommon(Part p, boolean arabic) {
                int n = kind == Kind.INDIVIDUAL ? individuals : entities;
                return count(p, arabic, kind) >= Math.max(3, 0.1 * n);
            }
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
