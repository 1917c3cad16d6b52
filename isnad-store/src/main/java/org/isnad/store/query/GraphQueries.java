package org.isnad.store.query;

import org.isnad.core.model.EntityType;
import org.isnad.store.db.Statements;
import org.isnad.store.fact.Dates;
import org.isnad.store.fact.FactRules;
import org.isnad.store.query.Views.AsOf;
import org.isnad.store.query.Views.AsOfEntry;
import org.isnad.store.query.Views.DateClaim;
import org.isnad.store.query.Views.DecisionInfo;
import org.isnad.store.query.Views.Edge;
import org.isnad.store.query.Views.EntityProfile;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.store.query.Views.EventInfo;
import org.isnad.store.query.Views.EvidenceInfo;
import org.isnad.store.query.Views.NameInfo;
import org.isnad.store.query.Views.Neighbors;
import org.isnad.store.query.Views.Node;
import org.isnad.store.query.Views.RelationInfo;
import org.isnad.store.query.Views.SourceInfo;
import org.isnad.store.query.Views.Timeline;
import org.isnad.store.query.Views.TimelineEntry;
import org.isnad.store.query.Views.Totals;
import org.isnad.store.resolve.NameForms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read queries over a store: find an entity by any of its names, its profile, its neighbours in
 * the fact graph, its timeline, and who led, belonged to or was affiliated with it at a date.
 * One connection; not thread-safe (open one per thread).
 */
public final class GraphQueries implements AutoCloseable {
    public static final String ENTITY_SCHEMA = "isnad.store.entity/1";
    public static final String NEIGHBORS_SCHEMA = "isnad.store.neighbors/1";
    public static final String TIMELINE_SCHEMA = "isnad.store.timeline/1";
    public static final String ASOF_SCHEMA = "isnad.store.asof/1";

    private final Connection c;
    private final NameForms forms;
    private final FactRules rules;
    private final Map<Long, EntityRef> refs = new HashMap<>();
    private final Map<Long, String> deaths = new HashMap<>();
    private final Statements sql;

    public GraphQueries(Connection c, NameForms forms, FactRules rules) {
        this.c = c;
        this.sql = new Statements(c);
        this.forms = forms;
        this.rules = rules;
    }

    public Connection connection() { return c; }

    // ------------------------------------------------------------------ finding entities

    /**
     * Entities a user's words may mean, best first: {@code 12} or {@code #12} is an id (merged ids
     * lead to the entity they joined); otherwise a name matched on its folded form, then on the
     * name without an organization head, then as a part of a name. Most documented first.
     */
    public List<EntityRef> find(String query, int limit) throws SQLException {
        String q = query.strip();
        if (q.matches("#?\\d+")) {
            long id = live(Long.parseLong(q.replace("#", "")));
            return id < 0 ? List.of() : List.of(ref(id));
        }
        String key = forms.key(q);
        if (key.isEmpty()) return List.of();
        List<Long> ids = ids("SELECT a.entity FROM aliases a JOIN entities e ON e.entity = a.entity WHERE a.normalized = ? AND e.merged_into IS NULL "
                + "ORDER BY e.documents DESC, a.entity LIMIT ?", key, limit);
        if (ids.isEmpty()) {
            String core = forms.analyze(EntityType.ORGANIZATION, q).core();
            if (!core.equals(key)) ids = ids("SELECT a.entity FROM aliases a JOIN entities e ON e.entity = a.entity WHERE a.normalized = ? "
                    + "AND e.merged_into IS NULL ORDER BY e.documents DESC, a.entity LIMIT ?", core, limit);
        }
        if (ids.isEmpty()) {
            ids = ids("SELECT a.entity FROM aliases a JOIN entities e ON e.entity = a.entity WHERE a.normalized LIKE ? ESCAPE '\\' "
                    + "AND e.merged_into IS NULL GROUP BY a.entity ORDER BY e.documents DESC, a.entity LIMIT ?",
                    "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit);
        }
        List<EntityRef> out = new ArrayList<>();
        for (long id : ids) out.add(ref(id));
        return out;
    }

    private List<Long> ids(String statement, String key, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        { PreparedStatement p = sql.get(statement);
            p.setString(1, key);
            p.setInt(2, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) if (!out.contains(r.getLong(1))) out.add(r.getLong(1));
            }
        }
        return out;
    }

    /** The live id for an id (following merges), or -1 when there is no such entity. */
    public long live(long id) throws SQLException {
        long cur = id;
        for (int i = 0; i < 100; i++) {
            { PreparedStatement p = sql.get("SELECT merged_into FROM entities WHERE entity = ?");
                p.setLong(1, cur);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) return -1;
                    Object m = r.getObject(1);
                    if (m == null) return cur;
                    cur = ((Number) m).longValue();
                }
            }
        }
        return -1;
    }

    public EntityRef ref(long id) throws SQLException {
        EntityRef r = refs.get(id);
        if (r != null) return r;
        { PreparedStatement p = sql.get("SELECT type, kind, name, latin FROM entities WHERE entity = ?");
            p.setLong(1, id);
            try (ResultSet x = p.executeQuery()) {
                r = x.next() ? new EntityRef(id, x.getString(1), x.getString(2), x.getString(3), x.getString(4))
                        : new EntityRef(id, null, null, "#" + id, null);
            }
        }
        refs.put(id, r);
        return r;
    }

    // ------------------------------------------------------------------ profile

    /**
     * Everything the store knows of an entity.
     *
     * @param limit    relations and events listed at most (the most stated first; totals give the full counts)
     * @param evidence evidence sentences listed per fact
     */
    public EntityProfile profile(long id, int limit, int evidence, List<EntityRef> alsoMatching) throws SQLException {
        EntityRef me = ref(id);
        int mentions = 0, documents = 0;
        String firstSeen = null, lastSeen = null;
        { PreparedStatement p = sql.get("SELECT mentions, documents, first_seen, last_seen FROM entities WHERE entity = ?");
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) { mentions = r.getInt(1); documents = r.getInt(2); firstSeen = r.getString(3); lastSeen = r.getString(4); }
            }
        }
        List<NameInfo> names = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT alias, normalized, name_kind, latin, mentions, first_doc, reason, score FROM aliases "
                + "WHERE entity = ? ORDER BY mentions DESC, normalized");
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) names.add(new NameInfo(forms.display(r.getString(1)), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                        (Long) longOrNull(r, 6), r.getString(7), (Double) doubleOrNull(r, 8)));
            }
        }
        // participations (an entity in two roles of one fact counts twice): an index count, however large the entity
        int relationTotal = count("SELECT count(*) FROM fact_arguments WHERE entity = ? AND kind = 'relation'", id);
        int eventTotal = count("SELECT count(*) FROM fact_arguments WHERE entity = ? AND kind = 'event'", id);

        List<RelationInfo> roles = new ArrayList<>(), relations = new ArrayList<>();
        for (RelationInfo r : relations(id, limit, evidence)) {
            boolean role = r.direction().equals("out") && rules.relation(r.type()).affiliation();
            (role ? roles : relations).add(r);
        }
        roles.sort(Comparator.comparing((RelationInfo r) -> r.from() != null ? r.from() : r.firstSeen() != null ? r.firstSeen() : "9999"));
        List<EventInfo> events = events(id, limit, evidence);
        return new EntityProfile(ENTITY_SCHEMA, me, mentions, documents, firstSeen, lastSeen, names, roles, relations, events,
                sources(id), decisions(id), alsoMatching == null ? List.of() : alsoMatching, new Totals(relationTotal, eventTotal, names.size()));
    }

    private List<RelationInfo> relations(long id, int limit, int evidence) throws SQLException {
        List<RelationInfo> out = new ArrayList<>();
        for (long f : topFacts(id, "relation", limit)) {
            PreparedStatement p = sql.get("SELECT f.fact, f.type, f.subject, f.object, f.time_from, f.time_until, f.evidence, f.documents, "
                + "f.first_seen, f.last_seen FROM facts f WHERE f.fact = ?");
            p.setLong(1, f);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    long fact = r.getLong(1), s = r.getLong(3), o = r.getLong(4);
                    String type = r.getString(2), from = r.getString(5), until = r.getString(6);
                    out.add(new RelationInfo(fact, type, s == id ? "out" : "in", ref(s), ref(o), roleWords(fact), from, until,
                            until == null ? inferredEnd(type, s, o, from) : null, r.getInt(7), r.getInt(8), r.getString(9), r.getString(10),
                            evidence(fact, evidence)));
                }
            }
        }
        return out;
    }

    /** An entity's most stated facts of a kind (an index range, however many facts it has). */
    private List<Long> topFacts(long entity, String kind, int limit) throws SQLException {
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        PreparedStatement p = sql.get("SELECT fact FROM fact_arguments WHERE entity = ? AND kind = ? ORDER BY evidence DESC, fact LIMIT ?");
        p.setLong(1, entity);
        p.setString(2, kind);
        p.setInt(3, limit * 3);
        try (ResultSet r = p.executeQuery()) {
            while (r.next() && out.size() < limit) out.add(r.getLong(1));
        }
        return new ArrayList<>(out);
    }

    /** The role words the evidence of a relation uses (أمير، مدير…), in the order first stated. */
    private List<String> roleWords(long fact) throws SQLException {
        { PreparedStatement p = sql.get("SELECT roles FROM facts WHERE fact = ?");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                String roles = r.next() ? r.getString(1) : null;
                return roles == null ? List.of() : List.of(roles.split("\\|"));
            }
        }
    }

    /**
     * When a relation without a stated end must have ended: the subject's death (for relations
     * that end with it), or a successor's start (for relations one holder holds at a time).
     */
    String inferredEnd(String type, long subject, long object, String from) throws SQLException {
        FactRules.RelationRule rule = rules.relation(type);
        String end = null;
        if (rule.endsAtDeath()) {
            String death = deathOf(subject);
            if (death != null && (from == null || death.compareTo(from) >= 0)) end = death;
        }
        if (rule.oneHolder() && from != null) {
            { PreparedStatement p = sql.get("SELECT min(time_from) FROM facts WHERE kind = 'relation' AND type = ? AND object = ? "
                    + "AND subject <> ? AND time_from > ?");
                p.setString(1, type);
                p.setLong(2, object);
                p.setLong(3, subject);
                p.setString(4, from);
                try (ResultSet r = p.executeQuery()) {
                    String next = r.next() ? r.getString(1) : null;
                    if (next != null && (end == null || next.compareTo(end) < 0)) end = next;
                }
            }
        }
        return end;
    }

    /** The date of an entity's death as most evidence gives it, or null. */
    String deathOf(long entity) throws SQLException {
        if (deaths.containsKey(entity)) return deaths.get(entity);
        String date = null;
        for (Map.Entry<String, String> e : rules.endingRoles().entrySet()) {
            { PreparedStatement p = sql.get("SELECT f.time FROM fact_arguments a JOIN facts f ON f.fact = a.fact "
                    + "WHERE a.entity = ? AND a.kind = 'event' AND a.role = ? AND f.type = ? AND f.time IS NOT NULL ORDER BY a.evidence DESC LIMIT 1");
                p.setLong(1, entity);
                p.setString(2, e.getValue());
                p.setString(3, e.getKey());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next() && (date == null || r.getString(1).compareTo(date) < 0)) date = r.getString(1);
                }
            }
        }
        deaths.put(entity, date);
        return date;
    }

    private List<EventInfo> events(long id, int limit, int evidence) throws SQLException {
        List<EventInfo> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (long f : topFacts(id, "event", limit)) {
            PreparedStatement p = sql.get("SELECT f.fact, f.type, f.times, f.time, f.conflict, f.evidence, f.documents, f.first_seen, f.last_seen "
                + "FROM facts f WHERE f.fact = ?");
            p.setLong(1, f);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5), r.getInt(6),
                        r.getInt(7), r.getString(8), r.getString(9)});
            }
        }
        for (Object[] r : rows) {
            long fact = (Long) r[0];
            List<Views.Argument> args = arguments(fact);
            LinkedHashSet<String> roles = new LinkedHashSet<>();
            for (Views.Argument a : args) if (a.entity().id() == id) roles.add(a.role());
            out.add(new EventInfo(fact, (String) r[1], List.copyOf(roles), args, (String) r[3], dateClaims(fact, (String) r[2]),
                    ((Integer) r[4]) == 1, (Integer) r[5], (Integer) r[6], (String) r[7], (String) r[8], evidence(fact, evidence)));
        }
        return out;
    }

    private List<Views.Argument> arguments(long fact) throws SQLException {
        List<Views.Argument> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT role, entity FROM fact_arguments WHERE fact = ? ORDER BY role, entity");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getString(1), r.getLong(2)});
            }
        }
        for (Object[] r : rows) out.add(new Views.Argument((String) r[0], ref((Long) r[1])));
        return out;
    }

    /**
     * Each date the evidence gives for an event, in date order, with how many statements give it
     * (from the fact's {@code times}) and who claims it (from up to 30 of its statements).
     */
    private List<DateClaim> dateClaims(long fact, String times) throws SQLException {
        if (times == null || times.isEmpty()) return List.of();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : times.split("\\|")) {
            int x = t.indexOf('×');
            counts.put(x < 0 ? t : t.substring(0, x), new int[] {x < 0 ? 1 : Integer.parseInt(t.substring(x + 1))});
        }
        Map<String, Set<String>> claimants = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT e.time, e.claimant, d.source FROM evidence e JOIN documents d ON d.doc = e.doc "
                + "WHERE e.fact = ? AND e.time IS NOT NULL LIMIT 30");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getString(1), longOrNull(r, 2), r.getString(3)});
            }
        }
        for (Object[] r : rows) {
            String date = (String) r[0];
            String who = r[1] != null ? ref((Long) r[1]).name() : (String) r[2];
            if (who != null) claimants.computeIfAbsent(date, k -> new LinkedHashSet<>()).add(who);
        }
        List<DateClaim> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet())
            out.add(new DateClaim(e.getKey(), e.getValue()[0], List.copyOf(claimants.getOrDefault(e.getKey(), Set.of()))));
        out.sort(Comparator.comparing(DateClaim::date));
        return out;
    }

    /** The first {@code n} statements of a fact, in the order they were stored. */
    public List<EvidenceInfo> evidence(long fact, int n) throws SQLException {
        if (n <= 0) return List.of();
        List<Object[]> rows = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT e.doc, d.id, d.title, d.published, d.source, e.start, e.end, e.sentence, e.claimant, "
                + "e.role, e.time, e.time_text, e.confidence FROM evidence e JOIN documents d ON d.doc = e.doc WHERE e.fact = ? ORDER BY e.evidence LIMIT ?");
            p.setLong(1, fact);
            p.setInt(2, n);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                        r.getInt(7), r.getString(8), longOrNull(r, 9), r.getString(10), r.getString(11), r.getString(12), r.getDouble(13)});
            }
        }
        List<EvidenceInfo> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new EvidenceInfo((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Integer) r[5], (Integer) r[6],
                    (String) r[7], r[8] == null ? null : ref((Long) r[8]), (String) r[9], (String) r[10], (String) r[11], (Double) r[12]));
        }
        return out;
    }

    /** Who speaks of the entity: claimants of its latest 300 statements, and the outlets of its latest 1,000 documents. */
    private List<SourceInfo> sources(long id) throws SQLException {
        List<SourceInfo> out = new ArrayList<>();
        List<long[]> claimants = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT e.claimant, count(*) n FROM (SELECT DISTINCT evidence FROM evidence_arguments WHERE entity = ? "
                + "ORDER BY evidence DESC LIMIT 300) a JOIN evidence e ON e.evidence = a.evidence WHERE e.claimant IS NOT NULL AND e.claimant <> ? "
                + "GROUP BY e.claimant ORDER BY n DESC, e.claimant LIMIT 20");
            p.setLong(1, id);
            p.setLong(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) claimants.add(new long[] {r.getLong(1), r.getLong(2)});
            }
        }
        for (long[] x : claimants) out.add(new SourceInfo("claimant", ref(x[0]).name(), ref(x[0]), (int) x[1]));
        { PreparedStatement p = sql.get("SELECT d.source, count(*) n FROM (SELECT doc FROM local_entities WHERE entity = ? ORDER BY doc DESC "
                + "LIMIT 1000) l JOIN documents d INDEXED BY documents_source ON d.doc = l.doc WHERE d.source IS NOT NULL "
                + "GROUP BY d.source ORDER BY n DESC, d.source LIMIT 20");
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new SourceInfo("outlet", r.getString(1), null, r.getInt(2)));
            }
        }
        return out;
    }

    private List<DecisionInfo> decisions(long id) throws SQLException {
        List<DecisionInfo> out = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT merge, at, action, who, entity, other, name, reason, score, doc FROM merges "
                + "WHERE entity = ? OR other = ? ORDER BY merge LIMIT 50");
            p.setLong(1, id);
            p.setLong(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new DecisionInfo(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), (Long) longOrNull(r, 5),
                        (Long) longOrNull(r, 6), r.getString(7), r.getString(8), (Double) doubleOrNull(r, 9), (Long) longOrNull(r, 10)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ neighbours

    /**
     * Entities linked to this one by facts, breadth first up to {@code depth}; each entity expands to
     * at most {@code fanout} neighbours (the most stated links first), so hubs do not flood the answer.
     */
    public Neighbors neighbors(long id, int depth, int fanout) throws SQLException {
        Map<Long, Integer> level = new LinkedHashMap<>();
        level.put(id, 0);
        Map<String, Edge> edges = new LinkedHashMap<>();
        List<Long> frontier = List.of(id);
        boolean truncated = false;
        for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
            List<Long> next = new ArrayList<>();
            for (long n : frontier) {
                List<Object[]> rows = new ArrayList<>();
                List<Long> top = new ArrayList<>(topFacts(n, "relation", fanout * 4 + 1));
                top.addAll(topFacts(n, "event", fanout * 4 + 1));
                for (long f : top) {
                    PreparedStatement p = sql.get("SELECT b.entity, f.fact, f.type, f.evidence, f.subject, f.object, f.kind "
                        + "FROM facts f JOIN fact_arguments b ON b.fact = f.fact WHERE f.fact = ? AND b.entity <> ?");
                    p.setLong(1, f);
                    p.setLong(2, n);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getString(3), r.getInt(4), longOrNull(r, 5), longOrNull(r, 6),
                                r.getString(7)});
                    }
                }
                rows.sort(Comparator.comparingInt((Object[] r) -> -(Integer) r[3]).thenComparingLong(r -> (Long) r[1]));
                if (rows.size() > fanout * 4) truncated = true;
                Set<Long> seen = new LinkedHashSet<>();
                for (Object[] r : rows) {
                    long other = (Long) r[0];
                    if (!seen.contains(other) && seen.size() >= fanout) { truncated = true; continue; }
                    seen.add(other);
                    long fact = (Long) r[1];
                    long from = r[4] != null ? (Long) r[4] : n, to = r[5] != null ? (Long) r[5] : other;
                    edges.putIfAbsent(fact + ":" + Math.min(from, to) + ":" + Math.max(from, to),
                            new Edge(fact, (String) r[6], (String) r[2], from, to, (Integer) r[3]));
                    if (!level.containsKey(other)) {
                        level.put(other, d);
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : level.entrySet()) nodes.add(new Node(ref(e.getKey()), e.getValue(), documentsOf(e.getKey())));
        return new Neighbors(NEIGHBORS_SCHEMA, ref(id), depth, nodes, new ArrayList<>(edges.values()), truncated);
    }

    private int documentsOf(long id) throws SQLException {
        return count("SELECT documents FROM entities WHERE entity = ?", id);
    }

    // ------------------------------------------------------------------ timeline

    /**
     * The entity's facts in time order: events at their date (one entry per date when the evidence
     * disagrees), relations at their start and at their end. Undated facts follow at the date of the
     * first document stating them, marked {@code dated: false}.
     */
    public Timeline timeline(long id, int limit) throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Long> facts = new ArrayList<>(topFacts(id, "relation", 1000));
        facts.addAll(topFacts(id, "event", 1000));
        for (long f : facts) {
            PreparedStatement p = sql.get("SELECT f.fact, f.kind, f.type, f.subject, f.object, f.time_from, f.time_until, f.times, "
                + "f.conflict, f.evidence, f.first_seen FROM facts f WHERE f.fact = ?");
            p.setLong(1, f);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), longOrNull(r, 4), longOrNull(r, 5),
                        r.getString(6), r.getString(7), r.getString(8), r.getInt(9), r.getInt(10), r.getString(11)});
            }
        }
        for (Object[] r : rows) {
            long fact = (Long) r[0];
            String kind = (String) r[1], type = (String) r[2];
            boolean conflict = (Integer) r[8] == 1;
            int evidence = (Integer) r[9];
            String firstSeen = (String) r[10];
            List<Views.Argument> args = arguments(fact);
            EvidenceInfo first = evidence(fact, 1).stream().findFirst().orElse(null);
            if (kind.equals("relation")) {
                long s = (Long) r[3], o = (Long) r[4];
                String from = (String) r[5], until = (String) r[6];
                String what = ref(s).name() + " " + type + " " + ref(o).name();
                if (from != null) entries.add(new TimelineEntry(from, true, "relation_start", fact, type, what + " (from)", args, false, evidence, first));
                if (until != null) entries.add(new TimelineEntry(until, true, "relation_end", fact, type, what + " (until)", args, false, evidence, first));
                if (from == null && until == null)
                    entries.add(new TimelineEntry(firstSeen, false, "relation", fact, type, what + " (reported)", args, false, evidence, first));
            } else {
                String what = type + " " + describe(args);
                String times = (String) r[7];
                if (times == null) {
                    entries.add(new TimelineEntry(firstSeen, false, "event", fact, type, what, args, false, evidence, first));
                } else {
                    for (String t : times.split("\\|")) {
                        int x = t.indexOf('×');
                        int n = x < 0 ? evidence : Integer.parseInt(t.substring(x + 1));
                        entries.add(new TimelineEntry(x < 0 ? t : t.substring(0, x), true, "event", fact, type,
                                what + (conflict ? " (conflicting dates)" : ""), args, conflict, n, first));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing((TimelineEntry e) -> e.date() == null ? "9999" : e.date())
                .thenComparing(e -> !e.dated()).thenComparingLong(TimelineEntry::fact));
        boolean truncated = entries.size() > limit;
        return new Timeline(TIMELINE_SCHEMA, ref(id), truncated ? List.copyOf(entries.subList(0, limit)) : entries, truncated);
    }

    private static String describe(List<Views.Argument> args) {
        StringBuilder sb = new StringBuilder();
        for (Views.Argument a : args) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(a.role()).append('=').append(a.entity().name());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ as of

    /**
     * Who led, belonged to or was affiliated with the entity at {@code date} (and what it led or
     * belonged to), from relations whose time holds then. Basis: {@code stated} (a start at or before
     * the date, no end before it), {@code inferred-end} (the end is a successor's start or a death),
     * {@code start-unknown} (only an end after the date is stated), {@code reported} (no dates:
     * documents published around the date state it). For relations one holder holds at a time, a
     * stated holder hides the unknown-start and reported ones.
     */
    public AsOf asOf(long id, String date) throws SQLException {
        if (!Dates.valid(date)) throw new IllegalArgumentException("date must be an ISO date such as 2019-06 or 2019-06-14");
        List<AsOfEntry> holds = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT fact, type, subject, object, time_from, time_until, first_seen, last_seen, evidence "
                + "FROM facts WHERE kind = 'relation' AND (subject = ? OR object = ?) ORDER BY evidence DESC, fact LIMIT 5000");
            p.setLong(1, id);
            p.setLong(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getInt(9)});
            }
        }
        for (Object[] r : rows) {
            String type = (String) r[1];
            if (!rules.relation(type).affiliation()) continue;
            long fact = (Long) r[0], s = (Long) r[2], o = (Long) r[3];
            String from = (String) r[4], until = (String) r[5], first = (String) r[6], last = (String) r[7];
            String basis = null, end = until;
            if (from != null) {
                if (until == null) end = inferredEnd(type, s, o, from);
                if (Dates.within(date, from, end)) basis = until == null && end != null ? "inferred-end" : "stated";
            } else if (until != null) {
                if (Dates.within(date, null, until)) basis = "start-unknown";
            } else {
                end = inferredEnd(type, s, o, null);
                String upTo = end != null && (last == null || end.compareTo(last) < 0) ? end : last;
                if (first != null && Dates.within(date, first, upTo)) basis = "reported";
            }
            if (basis == null) continue;
            holds.add(new AsOfEntry(type, s == id ? "out" : "in", ref(s), ref(o), roleWords(fact), from, end, basis, (Integer) r[8],
                    evidence(fact, 2)));
        }
        // one holder at a time: a stated holder hides the uncertain ones of the same relation
        List<AsOfEntry> kept = new ArrayList<>();
        for (AsOfEntry e : holds) {
            boolean weak = e.basis().equals("start-unknown") || e.basis().equals("reported");
            if (weak && rules.relation(e.type()).oneHolder()) {
                boolean hidden = false;
                for (AsOfEntry x : holds) {
                    if (x != e && x.type().equals(e.type()) && x.object().id() == e.object().id()
                            && (x.basis().equals("stated") || x.basis().equals("inferred-end"))) { hidden = true; break; }
                }
                if (hidden) continue;
            }
            kept.add(e);
        }
        kept.sort(Comparator.comparing((AsOfEntry e) -> e.basis().equals("stated") ? 0 : e.basis().equals("inferred-end") ? 1 : 2)
                .thenComparing(AsOfEntry::type));
        return new AsOf(ASOF_SCHEMA, ref(id), date, kept);
    }

    // ------------------------------------------------------------------ helpers

    /** Counts of the main tables, for a summary. */
    public Map<String, Long> stats() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String q : new String[] {"documents:SELECT count(*) FROM documents", "entities:SELECT count(*) FROM entities WHERE merged_into IS NULL",
                "facts:SELECT count(*) FROM facts", "evidence:SELECT count(*) FROM evidence", "mentions:SELECT count(*) FROM mentions",
                "failures:SELECT count(*) FROM ingest_report WHERE status = 'failed'"}) {
            int i = q.indexOf(':');
            try (PreparedStatement p = c.prepareStatement(q.substring(i + 1)); ResultSet r = p.executeQuery()) {
                out.put(q.substring(0, i), r.next() ? r.getLong(1) : 0);
            }
        }
        return out;
    }

    private int count(String statement, long id) throws SQLException {
        { PreparedStatement p = sql.get(statement);
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static Object longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static Object doubleOrNull(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }

    @Override
    public void close() throws SQLException {
        sql.close();
        c.close();
    }
}
