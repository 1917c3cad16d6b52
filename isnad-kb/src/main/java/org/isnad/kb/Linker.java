package org.isnad.kb;

import org.isnad.core.latin.Romanizer;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Extraction;
import org.isnad.core.resources.DataFiles;
import org.isnad.kb.ListEntry.Kind;
import org.isnad.kb.ListIndex.Form;
import org.isnad.kb.ListIndex.Indexed;
import org.isnad.kb.ListName.Quality;
import org.isnad.kb.NameForm.Part;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links extracted people and organizations to the entries of a sanctions list by their names:
 * people to listed individuals, organizations to listed entities. Every name the entity has
 * (Arabic name and aliases, its Latin name, romanizations of its Arabic aliases) is compared with
 * every name of each candidate entry: Arabic with Arabic after folding, Latin with Latin after
 * spelling normalization (see {@link PairScorer} for the score of one pair). The entry's score is
 * its best pair's, lowered for a low-quality alias; several entries that fit equally well share
 * the evidence (an ambiguous name links to none of them firmly).
 *
 * <p>Built once per list and thread-safe; linking needs no I/O. The links of names already seen are
 * remembered (bounded), since the same names recur across a corpus.
 */
public final class Linker {
    public static final String UN_ISIL_AQ = "UN ISIL/AQ";
    /** The threshold chosen on the labeled set (see docs/linking.md): precision first. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** Links this far below the best link of the same entity are not shown. */
    static final double MARGIN = 0.1;
    /** A low-quality alias (the list's own grading) weighs less. */
    static final double LOW_QUALITY = 0.85;
    /** A comparison through a romanization or a press-name table is one step removed. */
    static final double ROMANIZED = 0.95;
    static final double EQUIVALENT_NAME = 0.95;
    /** Candidates whose scores are within this of the best are ties: an ambiguous name. */
    static final double TIE = 0.05;
    /** How many names of an entity are romanized by the linker (its Latin name comes with it). */
    private static final int MAX_ROMANIZED = 3;
    /** How many aliases of an entity are compared (the first, fullest ones). */
    private static final int MAX_ALIASES = 8;

    private final ListIndex index;
    private final NameWords words;
    private final Romanizer romanizer;
    private final double threshold;
    /** Press names of groups (folded keys) -> a name the list gives the group. */
    private final Map<String, List<String>> equivalentNames;
    private final Set<String> arabicVocabulary;
    /** Links by entity names (see {@link #link(Entity)}); null: not remembered. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Link>> cache;
    private static final int CACHE_LIMIT = 100_000;

    public Linker(SanctionsList list) {
        this(list, Romanizer.load(), DEFAULT_THRESHOLD);
    }

    public Linker(SanctionsList list, Romanizer romanizer, double threshold) {
        this(list, romanizer, threshold, true);
    }

    /** @param remember whether links are remembered by entity names (off: every call compares; for timing) */
    Linker(SanctionsList list, Romanizer romanizer, double threshold, boolean remember) {
        this.cache = remember ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        this.words = NameWords.load();
        this.romanizer = romanizer;
        this.threshold = threshold;
        this.index = new ListIndex(list, words, romanizer);
        Map<String, List<String>> eq = new HashMap<>();
        Set<String> vocabulary = new HashSet<>(index.arabicVocabulary);
        for (String[] row : DataFiles.table("kb/organization-names.tsv")) {
            for (String press : row[1].split("\\|")) {
                NameForm f = parse(press.strip(), null);
                eq.computeIfAbsent(f.joinedKey(), k -> new ArrayList<>()).add(row[0]);
                if (f.arabic()) for (Part p : f.parts()) vocabulary.add(p.key());
            }
        }
        this.equivalentNames = Map.copyOf(eq);
        this.arabicVocabulary = Set.copyOf(vocabulary);
    }

    public double threshold() { return threshold; }

    /** Links of the entity at or above the threshold, best first (empty for places and unlisted names). */
    public List<Link> link(Entity e) {
        if (e.type() == EntityType.LOCATION) return List.of();
        // names recur across a corpus: the same names with the same type are linked once
        String key = cache == null ? null : cacheKey(e);
        List<Link> known = key == null ? null : cache.get(key);
        if (known == null) {
            List<Link> all = candidates(e, 5);
            List<Link> out = new ArrayList<>();
            for (Link l : all) {
                if (l.score() < threshold || l.score() < all.get(0).score() - MARGIN) break;
                out.add(new Link(null, l.list(), l.ref(), l.name(), l.score(), l.matched()));
            }
            known = List.copyOf(out);
            if (key != null) {
                if (cache.size() >= CACHE_LIMIT) cache.clear(); // bounded: a crude but lock-free eviction
                cache.put(key, known);
            }
        }
        if (known.isEmpty()) return known;
        List<Link> out = new ArrayList<>(known.size());
        for (Link l : known) out.add(new Link(e.id(), l.list(), l.ref(), l.name(), l.score(), l.matched()));
        return out;
    }

    private static String cacheKey(Entity e) {
        StringBuilder sb = new StringBuilder().append(e.type()).append('\u0001').append(e.name()).append('\u0001').append(e.latin());
        for (String a : e.aliases()) sb.append('\u0001').append(a);
        return sb.toString();
    }

    /** Links of every entity of an extraction that has any, by entity id in document order. */
    public Map<String, List<Link>> link(Extraction x) {
        Map<String, List<Link>> out = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            List<Link> links = link(e);
            if (!links.isEmpty()) out.put(e.id(), links);
        }
        return out;
    }

    /** The best candidates whatever their score (weak evidence included), best first. */
    public List<Link> candidates(Entity e, int max) {
        Kind kind = e.type() == EntityType.PERSON ? Kind.INDIVIDUAL : e.type() == EntityType.ORGANIZATION ? Kind.ENTITY : null;
        if (kind == null) return List.of();
        ListIndex.Weights weights = index.weightsFor(kind);
        List<QueryName> queries = queries(e, kind, weights);
        if (queries.isEmpty()) return List.of();

        Set<Integer> candidates = new LinkedHashSet<>();
        for (QueryName q : queries) candidateIds(q, kind, candidates);
        List<Scored> scored = new ArrayList<>();
        for (int id : candidates) {
            Scored s = score(index.entries.get(id), queries, kind == Kind.INDIVIDUAL);
            if (s != null) scored.add(s);
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> s.entry.entry().ref()));
        shareTies(scored);
        List<Link> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() >= max) break;
            ListEntry le = s.entry.entry();
            out.add(new Link(e.id(), le.list(), le.ref(), le.name(), round(s.score), s.explanation()));
        }
        return out;
    }

    /** Candidates for a bare name, as if an entity of the given type had it (evaluation, tools). */
    public List<Link> candidates(String name, EntityType type, int max) {
        return candidates(new Entity(null, type, name, null, List.of(), null, List.of()), max);
    }

    /** Links for a bare name at or above the threshold. */
    public List<Link> link(String name, EntityType type) {
        return link(new Entity(null, type, name, null, List.of(), null, List.of()));
    }

    /** Every name of the entity read for comparison: as written, romanized, and as the list names a group the press calls so. */
    private List<QueryName> queries(Entity e, Kind kind, ListIndex.Weights weights) {
        EntityType type = kind == Kind.INDIVIDUAL ? EntityType.PERSON : EntityType.ORGANIZATION;
        List<String> names = new ArrayList<>();
        if (e.name() != null && !e.name().isBlank()) names.add(e.name());
        for (String a : e.aliases()) if (names.size() <= MAX_ALIASES && !names.contains(a)) names.add(a);
        List<QueryName> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasArabic = false;
        int romanized = 0;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            NameForm f = parse(n, arabicVocabulary::contains);
            add(out, seen, f, 1.0, n, false, weights);
            if (f.arabic()) {
                hasArabic = true;
                // the entity's Latin name is its name's romanization; aliases of two words or more are
                // romanized here (a one-word alias links by its Arabic alone), the first few only
                boolean named = i == 0 && e.latin() != null && !e.latin().isBlank();
                if (named || (f.parts().size() >= 2 && romanized++ < MAX_ROMANIZED)) {
                    String roman = named ? e.latin() : romanizer.romanize(n, type);
                    add(out, seen, LatinNames.parse(roman, words), ROMANIZED, roman, true, weights);
                }
            }
        }
        if (!hasArabic && e.latin() != null && !e.latin().isBlank() && !names.contains(e.latin())) {
            add(out, seen, LatinNames.parse(e.latin(), words), 1.0, e.latin(), false, weights);
        }
        if (kind == Kind.ENTITY) {
            for (QueryName q : List.copyOf(out)) {
                for (String listName : equivalentNames.getOrDefault(q.form.joinedKey(), List.of())) {
                    add(out, seen, LatinNames.parse(listName, words), EQUIVALENT_NAME * q.weight, q.shown, false, weights);
                }
            }
        }
        return out;
    }

    private void add(List<QueryName> out, Set<String> seen, NameForm f, double weight, String shown, boolean romanized,
                     ListIndex.Weights weights) {
        if (f.parts().isEmpty()) return;
        if (seen.add((f.arabic() ? "a:" : "l:") + f.joinedKey())) {
            out.add(new QueryName(f, weight, shown, romanized, weights, index.vocabulary(f.arabic()), words));
        }
    }

    private NameForm parse(String name, java.util.function.Predicate<String> known) {
        return ListName.scriptOf(name) == ListName.Script.ARABIC ? ArabicNames.parse(name, words, known) : LatinNames.parse(name, words);
    }

    /**
     * Entries that can explain the query: those that share its rarest part, or two of its parts
     * (a good match must have the query's rare parts; an entry that only shares a common given
     * name, محمد, need not be compared).
     */
    private void candidateIds(QueryName q, Kind kind, Set<Integer> out) {
        List<Part> parts = q.form.parts();
        int rarest = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).generic() && parts.size() > 1) continue;
            if (rarest < 0 || q.weights[i] > q.weights[rarest]) rarest = i;
        }
        Map<Integer, Integer> hits = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).generic() && parts.size() > 1) continue;
            for (int id : new HashSet<>(index.postings(parts.get(i), q.form.arabic()))) {
                if (index.entries.get(id).entry().kind() != kind) continue;
                int h = hits.merge(id, 1, Integer::sum);
                if (i == rarest || h >= 2) out.add(id);
            }
        }
    }

    /** An entry's best score over every pair of names, and the pairs that explain it. */
    private static final class Scored {
        final Indexed entry;
        double score;
        /** Best pair per comparison kind (Arabic, Latin): shown text of the entity's name and the list's. */
        final Map<Boolean, double[]> bestByScript = new HashMap<>();
        final Map<Boolean, String[]> pairByScript = new HashMap<>();

        Scored(Indexed entry) { this.entry = entry; }

        void offer(boolean arabic, double s, String query, String listed) {
            double[] best = bestByScript.get(arabic);
            if (best == null || s > best[0]) {
                bestByScript.put(arabic, new double[] {s});
                pairByScript.put(arabic, new String[] {query, listed});
            }
            score = Math.max(score, s);
        }

        List<String> explanation() {
            List<Map.Entry<Boolean, double[]>> order = new ArrayList<>(bestByScript.entrySet());
            order.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
            List<String> out = new ArrayList<>();
            for (Map.Entry<Boolean, double[]> en : order) {
                if (en.getValue()[0] < score / 2) continue;
                String[] p = pairByScript.get(en.getKey());
                out.add(p[0] + " ~ " + p[1]);
            }
            return out;
        }
    }

    private Scored score(Indexed entry, List<QueryName> queries, boolean person) {
        Scored s = new Scored(entry);
        for (QueryName q : queries) {
            List<Form> forms = q.form.arabic() ? entry.arabic() : entry.latin();
            for (Form f : forms) offer(s, q, f, q.weight, q.romanized, person);
            if (!q.form.arabic() && !q.romanized && q.weight == 1.0) {
                // a Latin name from the text against the list's Arabic names romanized
                for (Form f : entry.romanized()) offer(s, q, f, q.weight * ROMANIZED, true, person);
            }
        }
        return s.score > 0 ? s : null;
    }

    private static void offer(Scored s, QueryName q, Form f, double weight, boolean crossScript, boolean person) {
        double score = PairScorer.score(q, f, person);
        if (score <= 0) return;
        // one word of a group's name through a romanization (الفرقان ~ AL FURQAN) is too little to tell groups apart
        if (!person && crossScript && q.nonGenericParts() == 1) score = Math.min(score, PairScorer.CAP_ONE_WORD_ORGANIZATION);
        double v = score * weight * (f.quality() == Quality.LOW ? LOW_QUALITY : 1.0);
        s.offer(q.form.arabic(), v, q.shown, f.shown());
    }

    /** Entries that fit equally well share the evidence: with k ties each keeps 1/k of the margin above zero. */
    private static void shareTies(List<Scored> scored) {
        if (scored.size() < 2) return;
        double best = scored.get(0).score;
        int ties = 0;
        for (Scored s : scored) if (s.score >= best - TIE) ties++;
        if (ties < 2) return;
        double factor = 1.0 / (1 + 0.5 * (ties - 1));
        for (int i = 0; i < ties; i++) scored.get(i).score *= factor;
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
