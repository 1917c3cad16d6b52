package org.isnad.export.net;

import org.isnad.export.graph.ExportArgument;
import org.isnad.export.graph.ExportEntity;
import org.isnad.export.graph.ExportEvidence;
import org.isnad.export.graph.ExportFact;
import org.isnad.export.graph.ExportName;
import org.isnad.export.graph.Period;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.map.EntityClass;
import org.isnad.export.map.EventMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subgraph as a network for graph tools (GraphML, GEXF): a node per entity and per event, an
 * edge per relation (subject → object) and per event participant (participant → event, labelled
 * with the role). Every node and edge has typed attributes and the intervals it exists in:
 * relations from their start to their end (open when the texts give none), events at their dates
 * (one interval per distinct date when sources disagree), undated facts over the dates of the
 * documents reporting them, entities over the union of their edges (or of their documents when
 * they have none), so Gephi's timeline plays the network's history.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
    public enum Type {
        STRING("string"), INT("integer"), DOUBLE("double"), BOOLEAN("boolean");

        public final String gexf;

        Type(String gexf) { this.gexf = gexf; }
    }

    /** A declared attribute: id, name, type. */
    public record Attribute(String id, String name, Type type) {}

    /** Days, both ends inclusive; a null end is open. */
    public record Interval(LocalDate start, LocalDate end) {}

    public record Node(String id, String label, Map<String, Object> values, List<Interval> intervals) {}

    public record Edge(String id, String source, String target, String label, double weight, Map<String, Object> values,
                       List<Interval> intervals) {}

    public static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("category", "category", Type.STRING),
            new Attribute("type", "type", Type.STRING),
            new Attribute("kind", "kind", Type.STRING),
            new Attribute("stix", "stix_type", Type.STRING),
            new Attribute("latin", "latin", Type.STRING),
            new Attribute("aliases", "aliases", Type.STRING),
            new Attribute("country", "country", Type.STRING),
            new Attribute("mentions", "mentions", Type.INT),
            new Attribute("documents", "documents", Type.INT),
            new Attribute("evidence", "evidence", Type.INT),
            new Attribute("time", "time", Type.STRING),
            new Attribute("first_seen", "first_seen", Type.STRING),
            new Attribute("last_seen", "last_seen", Type.STRING),
            new Attribute("conflict", "conflicting_dates", Type.BOOLEAN),
            new Attribute("key", "key", Type.STRING));

    public static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("category", "category", Type.STRING),
            new Attribute("type", "type", Type.STRING),
            new Attribute("role_words", "role_words", Type.STRING),
            new Attribute("from", "from", Type.STRING),
            new Attribute("until", "until", Type.STRING),
            new Attribute("dated", "dated", Type.BOOLEAN),
            new Attribute("evidence", "evidence", Type.INT),
            new Attribute("documents", "documents", Type.INT),
            new Attribute("confidence", "confidence", Type.DOUBLE),
            new Attribute("first_seen", "first_seen", Type.STRING),
            new Attribute("last_seen", "last_seen", Type.STRING),
            new Attribute("key", "key", Type.STRING));

    public static String nodeId(ExportEntity e) { return "n" + e.id(); }

    public static String eventNodeId(ExportFact f) { return "ev" + f.id(); }

    public static Network of(Subgraph g, Map<Long, EntityClass> classes, EventMap events) {
        List<Edge> edges = new ArrayList<>();
        List<Node> eventNodes = new ArrayList<>();
        Map<Long, List<Interval>> around = new HashMap<>();
        for (ExportFact f : g.facts()) {
            List<Interval> when = intervals(f);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("type", f.type());
            v.put("evidence", f.evidence());
            v.put("documents", f.documents());
            Double conf = confidence(g.evidenceOf(f.id()));
            v.put("first_seen", f.firstSeen());
            v.put("last_seen", f.lastSeen());
            v.put("key", f.key());
            if (f.isRelation()) {
                v.put("category", "relation");
                v.put("role_words", String.join("|", f.roleWords()));
                v.put("from", f.from());
                v.put("until", f.until());
                v.put("dated", f.dated());
                v.put("confidence", conf);
                edges.add(new Edge("r" + f.id(), "n" + f.subject(), "n" + f.object(), f.type(), f.evidence(), v, when));
                around.computeIfAbsent(f.subject(), k -> new ArrayList<>()).addAll(when);
                around.computeIfAbsent(f.object(), k -> new ArrayList<>()).addAll(when);
            } else {
                Map<String, Object> nv = new LinkedHashMap<>();
                nv.put("category", "event");
                nv.put("type", "EVENT");
                nv.put("kind", f.type());
                nv.put("evidence", f.evidence());
                nv.put("documents", f.documents());
                nv.put("time", f.time());
                nv.put("first_seen", f.firstSeen());
                nv.put("last_seen", f.lastSeen());
                nv.put("conflict", f.conflict());
                nv.put("key", f.key());
                eventNodes.add(new Node("ev" + f.id(), events.of(f.type()).label() + (f.time() != null ? " " + f.time() : ""), nv, when));
                int i = 0;
                for (ExportArgument a : f.arguments()) {
                    Map<String, Object> ev = new LinkedHashMap<>();
                    ev.put("category", "participation");
                    ev.put("type", a.role());
                    ev.put("dated", f.dated());
                    ev.put("evidence", f.evidence());
                    ev.put("documents", f.documents());
                    ev.put("confidence", conf);
                    ev.put("first_seen", f.firstSeen());
                    ev.put("last_seen", f.lastSeen());
                    ev.put("key", f.key() + "|" + a.role());
                    edges.add(new Edge("p" + f.id() + "-" + (i++), "n" + a.entity(), "ev" + f.id(), a.role(), f.evidence(), ev, when));
                    around.computeIfAbsent(a.entity(), k -> new ArrayList<>()).addAll(when);
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (ExportEntity e : g.entities()) {
            Map<String, Object> v = new LinkedHashMap<>();
            EntityClass c = classes.get(e.id());
            v.put("category", "entity");
            v.put("type", e.type());
            v.put("kind", e.kind());
            v.put("stix", c.stix());
            v.put("latin", e.latin());
            Set<String> aliases = new LinkedHashSet<>();
            for (ExportName n : e.names()) aliases.add(n.name());
            v.put("aliases", String.join("|", aliases));
            v.put("country", c.country());
            v.put("mentions", e.mentions());
            v.put("documents", e.documents());
            v.put("first_seen", e.firstSeen());
            v.put("last_seen", e.lastSeen());
            v.put("key", e.key());
            List<Interval> own = around.get(e.id());
            List<Interval> when = own != null && !own.isEmpty() ? List.of(union(own))
                    : e.firstSeen() != null ? List.of(new Interval(Period.first(e.firstSeen()), Period.last(e.lastSeen()))) : List.of();
            nodes.add(new Node(nodeId(e), e.name(), v, when));
        }
        nodes.addAll(eventNodes);
        return new Network(List.copyOf(nodes), List.copyOf(edges));
    }

    /** When a fact holds: a relation from start to end, an event at each of its dates; undated ones over their reports. */
    static List<Interval> intervals(ExportFact f) {
        if (f.isEvent() && f.times().size() > 1) {
            List<Interval> out = new ArrayList<>();
            for (String t : f.times()) out.add(new Interval(Period.first(t), Period.last(t)));
            return out;
        }
        String start = f.start(), end = f.end();
        if (start == null && end == null) return List.of();
        return List.of(new Interval(start == null ? null : Period.first(start), end == null ? null : Period.last(end)));
    }

    /** The smallest interval holding them all; open on a side when one of them is. */
    static Interval union(List<Interval> all) {
        if (all.isEmpty()) return null;
        LocalDate start = null, end = null;
        boolean openStart = false, openEnd = false;
        for (Interval i : all) {
            if (i.start() == null) openStart = true;
            else if (start == null || i.start().isBefore(start)) start = i.start();
            if (i.end() == null) openEnd = true;
            else if (end == null || i.end().isAfter(end)) end = i.end();
        }
        return new Interval(openStart ? null : start, openEnd ? null : end);
    }

    static Double confidence(List<ExportEvidence> ev) {
        Double best = null;
        for (ExportEvidence e : ev) if (e.confidence() != null && (best == null || e.confidence() > best)) best = e.confidence();
        return best;
    }
}
