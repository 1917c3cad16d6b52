package org.isnad.export.map;

import org.isnad.export.graph.ExportEntity;
import org.isnad.export.graph.ExportName;
import org.isnad.export.graph.StoreOutline;
import org.isnad.export.graph.Subgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what each entity is exported as, from its kind and the whole store's relations (never
 * the selection alone, so an entity keeps its STIX type and id across exports):
 * <ul>
 *   <li>organizations of a kind mapped to {@code threat-actor} (armed groups) are threat actors;</li>
 *   <li>media outlets and channels tied to an armed group (part of it, affiliated with it, a member,
 *       founded by it) are intrusion sets, the group's named capability;</li>
 *   <li>persons tied to an armed group or to such an outlet (leader, deputy, spokesperson, member,
 *       affiliate, founder) are threat actors (individuals); other persons are identities;</li>
 *   <li>places are locations with their country when the gazetteer or a LOCATED_IN chain gives it.</li>
 * </ul>
 */
public final class Classifier {
    private final KindMap kinds;
    private final RelationMap relations;
    private final Places places;

    public Classifier(KindMap kinds, RelationMap relations, Places places) {
        this.kinds = kinds;
        this.relations = relations;
        this.places = places;
    }

    public static Classifier load() { return new Classifier(KindMap.load(), RelationMap.load(), Places.load()); }

    public KindMap kinds() { return kinds; }

    public RelationMap relations() { return relations; }

    /** The class of every entity of the subgraph. */
    public Map<Long, EntityClass> classify(Subgraph g) {
        StoreOutline outline = g.outline();
        Map<Long, Set<Long>> ties = new HashMap<>();
        Map<Long, List<Long>> within = new HashMap<>();
        for (StoreOutline.Triple t : outline.relations()) {
            int a = relations.of(t.type()).affiliation();
            if (a > 0) ties.computeIfAbsent(t.subject(), k -> new HashSet<>()).add(t.object());
            if (a < 0) ties.computeIfAbsent(t.object(), k -> new HashSet<>()).add(t.subject());
            if (t.type().equals("LOCATED_IN")) within.computeIfAbsent(t.subject(), k -> new ArrayList<>()).add(t.object());
        }
        Map<Long, EntityClass> out = new HashMap<>();
        for (ExportEntity e : g.entities()) {
            KindMap.Row row = kinds.of(e.type(), e.kind());
            String stix = stixOf(e.id(), e.type(), e.kind(), ties, outline);
            String country = country(e, within, outline);
            boolean location = stix.equals("location");
            out.put(e.id(), new EntityClass(stix, stix.equals("identity") ? row.klass() : null, location ? row.klass() : null,
                    stix.equals("identity") ? row.sectors() : List.of(), e.isPerson(), row.ftmSchema(), country));
        }
        return out;
    }

    private String stixOf(long id, String type, String kind, Map<Long, Set<Long>> ties, StoreOutline outline) {
        if ("PERSON".equals(type)) {
            for (long org : ties.getOrDefault(id, Set.of())) {
                StoreOutline.Brief b = outline.entity(org);
                if (b == null || !"ORGANIZATION".equals(b.type())) continue;
                String s = orgStix(org, b, ties, outline);
                if (s.equals("threat-actor") || s.equals("intrusion-set")) return "threat-actor";
            }
            return kinds.of(type, kind).stix();
        }
        if ("ORGANIZATION".equals(type)) return orgStix(id, new StoreOutline.Brief(type, kind, null), ties, outline);
        return kinds.of(type, kind).stix();
    }

    private String orgStix(long id, StoreOutline.Brief b, Map<Long, Set<Long>> ties, StoreOutline outline) {
        KindMap.Row row = kinds.of(b.type(), b.kind());
        if (!row.outlet()) return row.stix();
        for (long other : ties.getOrDefault(id, Set.of())) {
            StoreOutline.Brief o = outline.entity(other);
            if (o != null && "ORGANIZATION".equals(o.type()) && kinds.of(o.type(), o.kind()).stix().equals("threat-actor")) return "intrusion-set";
        }
        return row.stix();
    }

    /** A place's country: its own code when it is a country, else up its LOCATED_IN chain, else the gazetteer by name. */
    private String country(ExportEntity e, Map<Long, List<Long>> within, StoreOutline outline) {
        if (e.isLocation() && (e.kind() == null || e.kind().equals("country"))) {
            String own = places.countryNamed(e.name());
            if (own != null) return own;
        }
        String up = countryUp(e.id(), within, outline, new HashSet<>());
        if (up != null || !e.isLocation()) return up;
        String byName = places.countryOf(e.name(), e.kind());
        for (ExportName n : e.names()) {
            if (byName != null) break;
            byName = places.countryOf(n.name(), e.kind());
        }
        return byName;
    }

    private String countryUp(long id, Map<Long, List<Long>> within, StoreOutline outline, Set<Long> seen) {
        if (!seen.add(id) || seen.size() > 6) return null;
        for (long parent : within.getOrDefault(id, List.of())) {
            StoreOutline.Brief b = outline.entity(parent);
            if (b == null || !"LOCATION".equals(b.type())) continue;
            // «عمّان» folds to the name of Oman: a name is a country's only when the text calls the place a country
            String code = b.kind() == null || b.kind().equals("country") ? places.countryNamed(b.name()) : null;
            if (code == null) code = countryUp(parent, within, outline, seen);
            if (code == null) code = places.countryOf(b.name(), b.kind());
            if (code != null) return code;
        }
        return null;
    }
}
