package org.isnad.web;

import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views;
import org.isnad.store.query.Views.Argument;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.web.WebViews.DocumentList;
import org.isnad.web.WebViews.DocumentSummary;
import org.isnad.web.WebViews.DocumentView;
import org.isnad.web.WebViews.EntityList;
import org.isnad.web.WebViews.EntitySummary;
import org.isnad.web.WebViews.FactView;
import org.isnad.web.WebViews.GraphEdge;
import org.isnad.web.WebViews.GraphNode;
import org.isnad.web.WebViews.GraphView;
import org.isnad.web.WebViews.MentionView;
import org.isnad.web.WebViews.Statement;
import org.isnad.web.WebViews.StatementRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only queries the pages need beyond {@link GraphQueries}: a document with its mentions and
 * statements, a fact with all its statements, the dates of graph edges, the whole store's network.
 * It reads the store's tables and never writes. One per request, like the {@link GraphQueries} it uses.
 */
public final class WebQueries {
    public static final String DOCUMENT_SCHEMA = "isnad.web.document/1", DOCUMENTS_SCHEMA = "isnad.web.documents/1",
            FACT_SCHEMA = "isnad.web.fact/1", GRAPH_SCHEMA = "isnad.web.graph/1", ENTITIES_SCHEMA = "isnad.web.entities/1";

    private final GraphQueries q;
    private final Connection c;

    public WebQueries(GraphQueries q) {
        this.q = q;
        this.c = q.connection();
    }

    /** The live entity for an id (following merges), or a 404. */
    public long liveEntity(long id) throws SQLException {
        long live = q.live(id);
        if (live < 0) throw HttpError.notFound("no entity #" + id);
        return live;
    }

    // ------------------------------------------------------------------ entities

    /** The most documented live entities, optionally of one type. */
    public EntityList topEntities(String type, int limit) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        String sql = "SELECT entity, mentions, documents FROM entities WHERE merged_into IS NULL" + (type == null ? "" : " AND type = ?")
                + " ORDER BY documents DESC, mentions DESC, entity LIMIT ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (type != null) p.setString(i++, type);
            p.setInt(i, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
            }
        }
        List<EntitySummary> out = new ArrayList<>();
        for (long[] r : rows) out.add(new EntitySummary(q.ref(r[0]), (int) r[1], (int) r[2]));
        return new EntityList(ENTITIES_SCHEMA, out);
    }

    // ------------------------------------------------------------------ documents

    public DocumentList documents(int limit, int offset) throws SQLException {
        long total;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM documents"); ResultSet r = p.executeQuery()) {
            total = r.next() ? r.getLong(1) : 0;
        }
        List<DocumentSummary> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT d.doc, d.id, d.title, d.published, d.source, length(d.text), "
                + "(SELECT count(*) FROM local_entities l WHERE l.doc = d.doc) FROM documents d ORDER BY d.doc DESC LIMIT ? OFFSET ?")) {
            p.setInt(1, limit);
            p.setInt(2, offset);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new DocumentSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getInt(6), r.getInt(7)));
            }
        }
        return new DocumentList(DOCUMENTS_SCHEMA, total, out);
    }

    /** A document's text with every mention (linked to its live entity) and every statement of a fact in it. */
    public DocumentView document(long doc) throws SQLException {
        String[] d = null;
        try (PreparedStatement p = c.prepareStatement("SELECT id, title, published, source, url, language, text FROM documents WHERE doc = ?")) {
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) d = new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7)};
            }
        }
        if (d == null) throw HttpError.notFound("no document #" + doc);
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT start, end, text, entity FROM mentions WHERE doc = ? ORDER BY start, end DESC")) {
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getInt(1), r.getInt(2), r.getString(3), r.getLong(4)});
            }
        }
        Map<Long, EntityRef> live = new HashMap<>();
        List<MentionView> mentions = new ArrayList<>();
        for (Object[] r : rows) mentions.add(new MentionView((Integer) r[0], (Integer) r[1], (String) r[2], liveRef((Long) r[3], live)));
        rows.clear();
        try (PreparedStatement p = c.prepareStatement("SELECT evidence, fact, kind, type, start, end, claimant FROM evidence WHERE doc = ? "
                + "ORDER BY start, evidence")) {
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getInt(5), r.getInt(6),
                        longOrNull(r, 7)});
            }
        }
        List<StatementRef> statements = new ArrayList<>();
        for (Object[] r : rows) statements.add(new StatementRef((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                (Integer) r[5], r[6] == null ? null : liveRef((Long) r[6], live)));
        String text = d[6];
        return new DocumentView(DOCUMENT_SCHEMA, doc, d[0], d[1], d[2], d[3], d[4], d[5], text, text.codePointCount(0, text.length()),
                mentions, statements);
    }

    private EntityRef liveRef(long id, Map<Long, EntityRef> cache) throws SQLException {
        EntityRef r = cache.get(id);
        if (r == null) {
            long l = q.live(id);
            r = q.ref(l < 0 ? id : l);
            cache.put(id, r);
        }
        return r;
    }

    // ------------------------------------------------------------------ facts

    /** A fact with up to {@code limit} statements, how many statements, documents and claimants state it, and its dates. */
    public FactView fact(long fact, int limit) throws SQLException {
        Object[] f = null;
        try (PreparedStatement p = c.prepareStatement("SELECT kind, type, subject, object, time_from, time_until, time, times, conflict, evidence, "
                + "documents, first_seen, last_seen FROM facts WHERE fact = ?")) {
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) f = new Object[] {r.getString(1), r.getString(2), longOrNull(r, 3), longOrNull(r, 4), r.getString(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getInt(9), r.getInt(10), r.getInt(11), r.getString(12), r.getString(13)};
            }
        }
        if (f == null) throw HttpError.notFound("no fact #" + fact);
        Map<Long, EntityRef> live = new HashMap<>();
        List<Object[]> args = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT role, entity FROM fact_arguments WHERE fact = ? ORDER BY role, entity")) {
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) args.add(new Object[] {r.getString(1), r.getLong(2)});
            }
        }
        List<Argument> arguments = new ArrayList<>();
        for (Object[] a : args) arguments.add(new Argument((String) a[0], liveRef((Long) a[1], live)));
        int claimants;
        try (PreparedStatement p = c.prepareStatement("SELECT count(DISTINCT coalesce('e' || e.claimant, 'd' || coalesce(d.source, d.doc))) "
                + "FROM evidence e JOIN documents d ON d.doc = e.doc WHERE e.fact = ?")) {
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                claimants = r.next() ? r.getInt(1) : 0;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.evidence, e.doc, d.id, d.title, d.published, d.source, e.start, e.end, e.sentence, "
                + "e.trigger_start, e.trigger_end, e.claimant, e.role, e.time, e.time_text, e.time_from, e.time_until, e.confidence "
                + "FROM evidence e JOIN documents d ON d.doc = e.doc WHERE e.fact = ? ORDER BY e.evidence LIMIT ?")) {
            p.setLong(1, fact);
            p.setInt(2, limit + 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getInt(7), r.getInt(8), r.getString(9), intOrNull(r, 10), intOrNull(r, 11), longOrNull(r, 12), r.getString(13),
                        r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getDouble(18)});
            }
        }
        boolean truncated = rows.size() > limit;
        List<Statement> statements = new ArrayList<>();
        for (Object[] r : truncated ? rows.subList(0, limit) : rows) {
            statements.add(new Statement((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (Integer) r[6],
                    (Integer) r[7], (String) r[8], (Integer) r[9], (Integer) r[10], r[11] == null ? null : liveRef((Long) r[11], live),
                    (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16], (Double) r[17]));
        }
        String times = (String) f[7];
        return new FactView(FACT_SCHEMA, fact, (String) f[0], (String) f[1], f[2] == null ? null : liveRef((Long) f[2], live),
                f[3] == null ? null : liveRef((Long) f[3], live), arguments, (String) f[4], (String) f[5], (String) f[6],
                times == null ? List.of() : Arrays.asList(times.split("\\|")), (Integer) f[8] == 1, (Integer) f[9], (Integer) f[10], claimants,
                (String) f[11], (String) f[12], statements, truncated);
    }

    // ------------------------------------------------------------------ graphs

    /** An entity's neighbourhood ({@link GraphQueries#neighbors}) with the dates of each edge, for the time slider. */
    public GraphView neighbors(long id, int depth, int fanout) throws SQLException {
        Views.Neighbors n = q.neighbors(id, depth, fanout);
        List<GraphNode> nodes = new ArrayList<>();
        for (Views.Node node : n.nodes()) nodes.add(new GraphNode(node.entity(), node.depth(), node.documents()));
        Map<Long, String[]> dates = edgeDates(n.edges().stream().map(Views.Edge::fact).toList());
        List<GraphEdge> edges = new ArrayList<>();
        for (Views.Edge e : n.edges()) {
            String[] d = dates.getOrDefault(e.fact(), new String[3]);
            edges.add(new GraphEdge(e.fact(), d[0], e.type(), e.from(), e.to(), e.evidence(), d[1], d[2]));
        }
        return new GraphView(GRAPH_SCHEMA, n.center(), depth, nodes, edges, n.truncated());
    }

    /**
     * The network of the whole store, bounded: the {@code limit} most documented entities that
     * take part in facts, and the facts among them (an event links each pair of its first arguments).
     */
    public GraphView wholeGraph(int limit) throws SQLException {
        List<Long> top = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.entity FROM entities e WHERE e.merged_into IS NULL "
                + "AND EXISTS (SELECT 1 FROM fact_arguments a WHERE a.entity = e.entity) ORDER BY e.documents DESC, e.mentions DESC, e.entity LIMIT ?")) {
            p.setInt(1, limit + 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) top.add(r.getLong(1));
            }
        }
        boolean truncated = top.size() > limit;
        if (truncated) top = top.subList(0, limit);
        Set<Long> in = new LinkedHashSet<>(top);
        // every fact with an argument among the chosen entities, with its arguments among them
        Map<Long, List<long[]>> byFact = new LinkedHashMap<>();
        Map<Long, Object[]> factRows = new HashMap<>();
        if (in.isEmpty()) return new GraphView(GRAPH_SCHEMA, null, 0, List.of(), List.of(), false);
        String marks = String.join(",", java.util.Collections.nCopies(in.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT a.fact, a.entity, f.type, f.subject, f.object, f.evidence FROM fact_arguments a "
                + "JOIN facts f ON f.fact = a.fact WHERE a.entity IN (" + marks + ") ORDER BY f.evidence DESC, a.fact, a.role, a.entity LIMIT 100000")) {
            int i = 1;
            for (long id : in) p.setLong(i++, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long fact = r.getLong(1), entity = r.getLong(2);
                    byFact.computeIfAbsent(fact, k -> new ArrayList<>()).add(new long[] {entity});
                    factRows.putIfAbsent(fact, new Object[] {r.getString(3), longOrNull(r, 4), longOrNull(r, 5), r.getInt(6)});
                }
            }
        }
        Map<Long, String[]> dates = edgeDates(new ArrayList<>(byFact.keySet()));
        List<GraphEdge> edges = new ArrayList<>();
        Set<Long> linked = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<Long, List<long[]>> e : byFact.entrySet()) {
            List<long[]> args = e.getValue();
            if (args.size() < 2) continue;
            Object[] f = factRows.get(e.getKey());
            String[] d = dates.getOrDefault(e.getKey(), new String[3]);
            Long s = (Long) f[1], o = (Long) f[2];
            List<long[]> pairs = new ArrayList<>();
            if (s != null && o != null && in.contains(s) && in.contains(o)) {
                pairs.add(new long[] {s, o});
            } else {
                int n = Math.min(args.size(), 4);
                for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) pairs.add(new long[] {args.get(i)[0], args.get(j)[0]});
            }
            for (long[] pr : pairs) {
                if (pr[0] == pr[1] || !seen.add(e.getKey() + ":" + pr[0] + ":" + pr[1])) continue;
                edges.add(new GraphEdge(e.getKey(), d[0], (String) f[0], pr[0], pr[1], (Integer) f[3], d[1], d[2]));
                linked.add(pr[0]);
                linked.add(pr[1]);
            }
            if (edges.size() >= limit * 4) { truncated = true; break; }
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (long id : top) {
            if (!linked.contains(id)) continue;
            nodes.add(new GraphNode(q.ref(id), 0, documentsOf(id)));
        }
        return new GraphView(GRAPH_SCHEMA, null, 0, nodes, edges, truncated);
    }

    /** For each fact: its kind, when it starts to hold, and when it stops (see {@link GraphEdge}). */
    private Map<Long, String[]> edgeDates(List<Long> facts) throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT kind, time_from, time_until, time, first_seen FROM facts WHERE fact = ?")) {
            for (long fact : facts) {
                p.setLong(1, fact);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) continue;
                    String kind = r.getString(1);
                    String since = kind.equals("relation") ? r.getString(2) : r.getString(4);
                    if (since == null) since = r.getString(5);
                    out.put(fact, new String[] {kind, since, kind.equals("relation") ? r.getString(3) : null});
                }
            }
        }
        return out;
    }

    private int documentsOf(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT documents FROM entities WHERE entity = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static Long longOrNull(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet r, int i) throws SQLException {
        int v = r.getInt(i);
        return r.wasNull() ? null : v;
    }
}
