package org.isnad.export.graph;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.EntityRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the selected part of a store through JDBC (read only; the store's schema is not changed).
 *
 * <p>Selection: without {@code --entity}, every fact whose time overlaps the window (all facts when
 * there is no window), every entity taking part in one, and, when the window is given, every
 * entity named in a document dated in it (all live entities without a window). With
 * {@code --entity}, the entities within {@code depth} links of it through facts in the window,
 * and the facts among them. A fact's time is its own (a relation's from/until, an event's dates);
 * an undated fact is placed at the dates of the documents reporting it. The evidence of every kept
 * fact is kept, with its documents; claimants and event places are added as entities so every
 * reference resolves.
 */
public final class SubgraphReader {
    private static final int CHUNK = 900;

    private final GraphStore store;
    private final Connection c;

    private SubgraphReader(GraphStore store, Connection c) {
        this.store = store;
        this.c = c;
    }

    /** Reads the selection; {@code c} must stay open while the subgraph's texts are read. */
    public static Subgraph read(GraphStore store, Connection c, Selection selection) throws SQLException {
        return new SubgraphReader(store, c).read(selection);
    }

    private record FactRow(long id, String storeKey, String kind, String type, Long subject, Long object, String from, String until,
                           String time, List<String> times, boolean conflict, int evidence, int documents, String firstSeen,
                           String lastSeen, List<ExportArgument> arguments) {
        String start() { return shape().start(); }

        String end() { return shape().end(); }

        private ExportFact shape() {
            return new ExportFact(id, null, kind, type, subject, object, from, until, time, times, conflict, evidence, documents,
                    firstSeen, lastSeen, arguments, List.of());
        }
    }

    private Subgraph read(Selection sel) throws SQLException {
        Map<Long, Long> mergedInto = mergedEntities();
        Map<Long, ExportDocument> allDocs = documents();
        Map<Long, FactRow> allFacts = facts(mergedInto);

        // which facts are in the time window
        Map<Long, FactRow> inWindow = new LinkedHashMap<>();
        for (FactRow f : allFacts.values())
            if (!sel.timed() || Period.overlaps(f.start(), f.end(), sel.from(), sel.until())) inWindow.put(f.id(), f);

        Set<Long> entityIds = new TreeSet<>();
        Map<Long, FactRow> kept = new TreeMap<>();
        Long centerId = null;
        List<String> alsoMatching = new ArrayList<>();
        if (sel.entity() != null) {
            GraphQueries q = new GraphQueries(c, store.forms(), store.rules());
            List<EntityRef> found = q.find(sel.entity(), 10);
            if (found.isEmpty()) throw new IllegalArgumentException("no entity named «" + sel.entity() + "» (try: isnad search \"" + sel.entity() + "\")");
            centerId = found.get(0).id();
            for (int i = 1; i < found.size(); i++) alsoMatching.add(found.get(i).name() + " (#" + found.get(i).id() + ")");
            entityIds.addAll(neighbourhood(centerId, sel.depth(), inWindow.values()));
            for (FactRow f : inWindow.values())
                if (!f.arguments().isEmpty() && f.arguments().stream().allMatch(a -> entityIds.contains(a.entity()))) kept.put(f.id(), f);
        } else {
            kept.putAll(inWindow);
            for (FactRow f : kept.values()) for (ExportArgument a : f.arguments()) entityIds.add(a.entity());
        }

        List<ExportEvidence> evidence = evidence(kept.keySet(), mergedInto);
        Set<Long> docIds = new TreeSet<>();
        for (ExportEvidence e : evidence) docIds.add(e.doc());
        if (sel.entity() == null) {
            for (ExportDocument d : allDocs.values()) {
                String date = d.date();
                if (!sel.timed() || date != null && Period.overlaps(date, date, sel.from(), sel.until())) docIds.add(d.doc());
            }
            if (sel.timed()) {
                entityIds.addAll(entitiesNamedIn(docIds, mergedInto));
            } else {
                entityIds.addAll(liveEntities());
            }
        }
        for (ExportEvidence e : evidence) {
            if (e.claimant() != null) entityIds.add(e.claimant());
            if (e.location() != null) entityIds.add(e.location());
        }
        if (centerId != null) entityIds.add(centerId);

        Map<Long, String> keys = entityKeys(entityIds, allDocs);
        Map<Long, ExportEntity> entities = entities(entityIds, keys);
        Map<Long, ExportFact> facts = new LinkedHashMap<>();
        Map<Long, List<String>> roleWords = roleWords(evidence);
        for (FactRow f : kept.values()) {
            if (f.arguments().stream().anyMatch(a -> !entities.containsKey(a.entity()))) continue;
            facts.put(f.id(), new ExportFact(f.id(), factKey(f, keys, evidence, allDocs), f.kind(), f.type(), f.subject(), f.object(), f.from(),
                    f.until(), f.time(), f.times(), f.conflict(), f.evidence(), f.documents(), f.firstSeen(), f.lastSeen(), f.arguments(),
                    roleWords.getOrDefault(f.id(), List.of())));
        }
        evidence.removeIf(e -> !facts.containsKey(e.fact()));
        Map<Long, ExportDocument> docs = new LinkedHashMap<>();
        for (long d : docIds) if (allDocs.containsKey(d)) docs.put(d, allDocs.get(d));
        List<Appearance> appearances = appearances(docs.keySet(), entities.keySet(), mergedInto);
        List<StoreOutline.Triple> triples = new ArrayList<>();
        for (FactRow f : allFacts.values())
            if ("relation".equals(f.kind()) && f.subject() != null && f.object() != null) triples.add(new StoreOutline.Triple(f.type(), f.subject(), f.object()));
        StoreOutline outline = new StoreOutline(briefs(), List.copyOf(triples));
        return new Subgraph(sel, centerId == null ? null : entities.get(centerId), alsoMatching, entities, facts, docs, evidence,
                appearances, outline, this::text);
    }

    /** Entities within {@code depth} links of the centre through the given facts. */
    private static Set<Long> neighbourhood(long center, int depth, Collection<FactRow> facts) {
        Map<Long, List<FactRow>> byEntity = new HashMap<>();
        for (FactRow f : facts) for (ExportArgument a : f.arguments()) byEntity.computeIfAbsent(a.entity(), k -> new ArrayList<>()).add(f);
        Set<Long> seen = new LinkedHashSet<>();
        seen.add(center);
        List<Long> frontier = List.of(center);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<Long> next = new ArrayList<>();
            for (long n : frontier)
                for (FactRow f : byEntity.getOrDefault(n, List.of()))
                    for (ExportArgument a : f.arguments()) if (seen.add(a.entity())) next.add(a.entity());
            frontier = next;
        }
        return seen;
    }

    // ------------------------------------------------------------------ rows

    private Map<Long, Long> mergedEntities() throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity, merged_into FROM entities WHERE merged_into IS NOT NULL")) {
            while (r.next()) out.put(r.getLong(1), r.getLong(2));
        }
        return out;
    }

    /** The live entity an id stands for (merged ids lead to the entity they joined). */
    private static long live(long id, Map<Long, Long> mergedInto) {
        long cur = id;
        for (int i = 0; i < 100 && mergedInto.containsKey(cur); i++) cur = mergedInto.get(cur);
        return cur;
    }

    private static Long live(Long id, Map<Long, Long> mergedInto) { return id == null ? null : live(id.longValue(), mergedInto); }

    private Map<Long, ExportDocument> documents() throws SQLException {
        Map<Long, ExportDocument> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT doc, id, content_hash, title, published, source, url, input, language, ingested_at FROM documents ORDER BY doc")) {
            while (r.next()) out.put(r.getLong(1), new ExportDocument(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
        }
        return out;
    }

    private Map<Long, FactRow> facts(Map<Long, Long> mergedInto) throws SQLException {
        Map<Long, List<ExportArgument>> args = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT fact, role, entity FROM fact_arguments ORDER BY fact, role, entity")) {
            while (r.next()) {
                List<ExportArgument> l = args.computeIfAbsent(r.getLong(1), k -> new ArrayList<>());
                ExportArgument a = new ExportArgument(r.getString(2), live(r.getLong(3), mergedInto));
                if (!l.contains(a)) l.add(a);
            }
        }
        Map<Long, FactRow> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT fact, key, kind, type, subject, object, time_from, time_until, "
                + "time, times, conflict, evidence, documents, first_seen, last_seen FROM facts ORDER BY fact")) {
            while (r.next()) {
                long id = r.getLong(1);
                String times = r.getString(10);
                List<String> timeList = new ArrayList<>();
                if (times != null) for (String t : times.split("\\|")) if (Period.valid(t)) timeList.add(t);
                out.put(id, new FactRow(id, r.getString(2), r.getString(3), r.getString(4), live(longOrNull(r, 5), mergedInto),
                        live(longOrNull(r, 6), mergedInto), validOrNull(r.getString(7)), validOrNull(r.getString(8)), validOrNull(r.getString(9)),
                        List.copyOf(timeList), r.getInt(11) == 1, r.getInt(12), r.getInt(13), validOrNull(r.getString(14)),
                        validOrNull(r.getString(15)), List.copyOf(args.getOrDefault(id, List.of()))));
            }
        }
        return out;
    }

    private List<ExportEvidence> evidence(Collection<Long> factIds, Map<Long, Long> mergedInto) throws SQLException {
        List<ExportEvidence> out = new ArrayList<>();
        chunked(factIds, ids -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT evidence, fact, doc, kind, type, role, start, end, sentence, "
                    + "claimant, time_from, time_until, time, time_text, location, confidence, seen FROM evidence WHERE fact IN (" + ids + ")")) {
                while (r.next()) out.add(new ExportEvidence(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getInt(7), r.getInt(8), r.getString(9), live(longOrNull(r, 10), mergedInto), validOrNull(r.getString(11)),
                        validOrNull(r.getString(12)), validOrNull(r.getString(13)), r.getString(14), live(longOrNull(r, 15), mergedInto),
                        doubleOrNull(r, 16), validOrNull(r.getString(17))));
            }
        });
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }

    /** Role words per relation, most used first. */
    private static Map<Long, List<String>> roleWords(List<ExportEvidence> evidence) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (ExportEvidence e : evidence)
            if (e.role() != null && !e.role().isBlank()) counts.computeIfAbsent(e.fact(), k -> new LinkedHashMap<>()).merge(e.role(), 1, Integer::sum);
        Map<Long, List<String>> out = new HashMap<>();
        counts.forEach((fact, m) -> {
            List<String> words = new ArrayList<>(m.keySet());
            words.sort((a, b) -> m.get(b) - m.get(a));
            out.put(fact, List.copyOf(words));
        });
        return out;
    }

    private Map<Long, StoreOutline.Brief> briefs() throws SQLException {
        Map<Long, StoreOutline.Brief> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity, type, kind, name FROM entities WHERE merged_into IS NULL")) {
            while (r.next()) out.put(r.getLong(1), new StoreOutline.Brief(r.getString(2), blankToNull(r.getString(3)), r.getString(4)));
        }
        return out;
    }

    private Set<Long> liveEntities() throws SQLException {
        Set<Long> out = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity FROM entities WHERE merged_into IS NULL")) {
            while (r.next()) out.add(r.getLong(1));
        }
        return out;
    }

    private Set<Long> entitiesNamedIn(Collection<Long> docs, Map<Long, Long> mergedInto) throws SQLException {
        Set<Long> out = new TreeSet<>();
        chunked(docs, ids -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT entity FROM local_entities WHERE doc IN (" + ids + ")")) {
                while (r.next()) if (r.getLong(1) > 0) out.add(live(r.getLong(1), mergedInto));
            }
        });
        return out;
    }

    /**
     * Stable keys (see {@link StableKeys}): type, the content hash of the first document naming the
     * entity, and the folded name that document gives it. Entities no document names (none today)
     * fall back to their type and folded canonical name.
     */
    private Map<Long, String> entityKeys(Set<Long> ids, Map<Long, ExportDocument> docs) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        chunked(ids, list -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT l.entity, e.type, l.doc, l.name FROM local_entities l "
                    + "JOIN entities e ON e.entity = l.entity WHERE l.entity IN (" + list + ") ORDER BY l.entity, l.doc, length(l.local), l.local")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (out.containsKey(id)) continue;
                    ExportDocument d = docs.get(r.getLong(3));
                    out.put(id, "entity|" + r.getString(2) + "|" + (d == null ? "doc" + r.getLong(3) : d.contentHash()) + "|"
                            + NormalizedText.fold(r.getString(4)));
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity, type, name FROM entities WHERE entity IN (" + list + ")")) {
                while (r.next()) out.putIfAbsent(r.getLong(1), "entity|" + r.getString(2) + "|" + NormalizedText.fold(r.getString(3)));
            }
        });
        // two entities could only share a key if one document gave two of them the same name: keep them apart, oldest first
        Map<String, Integer> seen = new HashMap<>();
        for (long id : new TreeSet<>(out.keySet())) {
            String k = out.get(id);
            int n = seen.merge(k, 1, Integer::sum);
            if (n > 1) out.put(id, k + "#" + n);
        }
        return out;
    }

    private Map<Long, ExportEntity> entities(Set<Long> ids, Map<Long, String> keys) throws SQLException {
        Map<Long, List<ExportName>> names = new HashMap<>();
        Map<Long, String[]> seen = new HashMap<>();
        Map<Long, ExportEntity> out = new TreeMap<>();
        chunked(ids, list -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity, alias, name_kind, latin, mentions FROM aliases "
                    + "WHERE entity IN (" + list + ") AND name_kind <> 'generic' ORDER BY entity, mentions DESC, normalized")) {
                while (r.next())
                    names.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new ExportName(store.forms().display(r.getString(2)), r.getString(3), blankToNull(r.getString(4)), r.getInt(5)));
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT l.entity, min(coalesce(d.published, substr(d.ingested_at, 1, 10))), "
                    + "max(coalesce(d.published, substr(d.ingested_at, 1, 10))), min(d.ingested_at), max(d.ingested_at) FROM local_entities l JOIN documents d ON d.doc = l.doc "
                    + "WHERE l.entity IN (" + list + ") GROUP BY l.entity")) {
                while (r.next()) seen.put(r.getLong(1), new String[] {validOrNull(r.getString(2)), validOrNull(r.getString(3)), r.getString(4),
                        r.getString(5)});
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT entity, type, kind, name, latin, mentions, documents FROM entities "
                    + "WHERE entity IN (" + list + ") AND merged_into IS NULL")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String name = r.getString(4).strip();
                    List<ExportName> other = new ArrayList<>();
                    Set<String> distinct = new HashSet<>();
                    distinct.add(name);
                    for (ExportName n : names.getOrDefault(id, List.of())) if (distinct.add(n.name())) other.add(n);
                    String[] dates = seen.getOrDefault(id, new String[4]);
                    out.put(id, new ExportEntity(id, keys.get(id), r.getString(2), blankToNull(r.getString(3)), name, blankToNull(r.getString(5)),
                            List.copyOf(other), r.getInt(6), r.getInt(7), dates[0], dates[1], dates[2], dates[3]));
                }
            }
        });
        Map<Long, ExportEntity> ordered = new LinkedHashMap<>();
        out.forEach(ordered::put);
        return ordered;
    }

    /**
     * A fact's stable key: its type and its participants' stable keys; for events the store keys
     * by date too (attacks on other days are other facts), the same date suffix; an event without
     * participants by where the text states it.
     */
    private static String factKey(FactRow f, Map<Long, String> keys, List<ExportEvidence> evidence, Map<Long, ExportDocument> docs) {
        if ("relation".equals(f.kind())) return "relation|" + f.type() + "|" + keys.get(f.subject()) + "|" + keys.get(f.object());
        if (f.arguments().isEmpty()) {
            ExportEvidence first = evidence.stream().filter(e -> e.fact() == f.id()).findFirst().orElse(null);
            if (first == null) return "event|" + f.type() + "|" + f.storeKey();
            ExportDocument d = docs.get(first.doc());
            return "event|" + f.type() + "|" + (d == null ? "doc" + first.doc() : d.contentHash()) + "|" + first.start() + "|" + first.end();
        }
        TreeSet<String> parts = new TreeSet<>();
        for (ExportArgument a : f.arguments()) parts.add(a.role() + "=" + keys.get(a.entity()));
        int at = f.storeKey().lastIndexOf("|@");
        return "event|" + f.type() + "|" + String.join(",", parts) + (at >= 0 ? f.storeKey().substring(at) : "");
    }

    private List<Appearance> appearances(Collection<Long> docs, Set<Long> entities, Map<Long, Long> mergedInto) throws SQLException {
        Map<String, Appearance> out = new LinkedHashMap<>();
        chunked(docs, list -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc, entity, name, mentions FROM local_entities "
                    + "WHERE doc IN (" + list + ") ORDER BY doc, length(local), local")) {
                while (r.next()) {
                    long doc = r.getLong(1), entity = live(r.getLong(2), mergedInto);
                    if (!entities.contains(entity)) continue;
                    out.merge(doc + ":" + entity, new Appearance(doc, entity, r.getString(3), r.getInt(4)),
                            (a, b) -> new Appearance(a.doc(), a.entity(), a.name(), a.mentions() + b.mentions()));
                }
            }
        });
        return new ArrayList<>(out.values());
    }

    private String text(long doc) {
        try (PreparedStatement p = c.prepareStatement("SELECT text FROM documents WHERE doc = ?")) {
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read document " + doc + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private interface IdList { void accept(String ids) throws SQLException; }

    /** Runs a query per chunk of ids, the ids written inline (numbers only, so nothing to escape). */
    private static void chunked(Collection<Long> ids, IdList q) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(all.size(), i + CHUNK); j++) {
                if (sb.length() > 0) sb.append(',');
                sb.append(all.get(j).longValue());
            }
            q.accept(sb.toString());
        }
    }

    private static Long longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    private static String validOrNull(String date) { return Period.valid(date) ? date : null; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
