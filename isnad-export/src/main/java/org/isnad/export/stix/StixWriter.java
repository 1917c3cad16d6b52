package org.isnad.export.stix;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.export.graph.ExportArgument;
import org.isnad.export.graph.ExportDocument;
import org.isnad.export.graph.ExportEntity;
import org.isnad.export.graph.ExportEvidence;
import org.isnad.export.graph.ExportFact;
import org.isnad.export.graph.ExportName;
import org.isnad.export.graph.StableKeys;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.map.Classifier;
import org.isnad.export.map.EntityClass;
import org.isnad.export.map.EventMap;
import org.isnad.export.map.RelationMap;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a subgraph as one STIX 2.1 bundle (see docs/export.md for the mapping).
 *
 * <p>Order: the producer identity, locations, then identities, threat actors and intrusion sets,
 * relationships, events (sightings and notes), evidence notes, and last one report per document,
 * so every object comes before anything that refers to it. Ids are UUIDv5 over stable keys, and
 * created/modified are the storage times of the documents behind each object: exporting the same
 * store twice gives the same bundle byte for byte, and a re-export after new documents updates the
 * objects in OpenCTI rather than duplicating them.
 */
public final class StixWriter {
    private static final String PRODUCER_KEY = "producer|isnad";
    private static final int MAX_REFERENCES = 50;

    private final Classifier classifier;
    private final EventMap events;
    private final RelationshipTypes.Profile profile;
    private final ObjectMapper json = new ObjectMapper();

    public StixWriter(Classifier classifier, EventMap events, RelationshipTypes.Profile profile) {
        this.classifier = classifier;
        this.events = events;
        this.profile = profile;
    }

    public static StixWriter load(RelationshipTypes.Profile profile) {
        return new StixWriter(Classifier.load(), EventMap.load(), profile);
    }

    /** The STIX id of an object type and stable key. */
    public static String id(String type, String key) { return type + "--" + StableKeys.uuid(key); }

    public static String producerId() { return id("identity", PRODUCER_KEY); }

    public void write(Subgraph g, OutputStream out) throws IOException {
        Map<Long, EntityClass> classes = classifier.classify(g);
        Map<Long, String> entityIds = new LinkedHashMap<>();
        for (ExportEntity e : g.entities()) entityIds.put(e.id(), id(classes.get(e.id()).stix(), e.key()));
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(producer());

        List<ExportEntity> ordered = new ArrayList<>();
        for (ExportEntity e : g.entities()) if (classes.get(e.id()).stix().equals("location")) ordered.add(e);
        for (ExportEntity e : g.entities()) if (!classes.get(e.id()).stix().equals("location")) ordered.add(e);
        for (ExportEntity e : ordered) objects.add(entity(g, e, classes.get(e.id()), entityIds.get(e.id())));

        Map<Long, String> factIds = new LinkedHashMap<>();
        for (ExportFact f : g.facts()) {
            if (!f.isRelation()) continue;
            ObjectNode r = relationship(g, f, classes, entityIds);
            factIds.put(f.id(), r.get("id").asText());
            objects.add(r);
        }
        for (ExportFact f : g.facts()) {
            if (!f.isEvent()) continue;
            ObjectNode ev = event(g, f, classes, entityIds);
            if (ev == null) continue;
            factIds.put(f.id(), ev.get("id").asText());
            objects.add(ev);
        }
        Map<Long, String> evidenceIds = new LinkedHashMap<>();
        for (ExportEvidence e : g.evidence()) {
            if (!factIds.containsKey(e.fact())) continue;
            ObjectNode n = evidenceNote(g, e, factIds.get(e.fact()), entityIds);
            evidenceIds.put(e.id(), n.get("id").asText());
            objects.add(n);
        }
        for (ExportDocument d : g.documents()) {
            ObjectNode r = report(g, d, classes, entityIds, factIds, evidenceIds);
            if (r != null) objects.add(r);
        }

        JsonGenerator gen = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeStringField("type", "bundle");
        gen.writeStringField("id", "bundle--" + StableKeys.uuid(bundleKey(g, objects)));
        gen.writeArrayFieldStart("objects");
        for (ObjectNode o : objects) json.writeTree(gen, o);
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    /** The bundle's id depends on its content: the same export twice has the same id. */
    private static String bundleKey(Subgraph g, List<ObjectNode> objects) {
        StringBuilder sb = new StringBuilder("bundle|").append(g.selection());
        for (ObjectNode o : objects) sb.append('|').append(o.get("id").asText()).append('@').append(o.path("modified").asText(""));
        return StableKeys.sha1Hex(sb.toString());
    }

    // ------------------------------------------------------------------ objects

    private ObjectNode base(String type, String id, String created, String modified) {
        ObjectNode o = json.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created_by_ref", producerId());
        o.put("created", created);
        o.put("modified", modified.compareTo(created) < 0 ? created : modified);
        return o;
    }

    private ObjectNode producer() {
        ObjectNode o = json.createObjectNode();
        o.put("type", "identity");
        o.put("spec_version", "2.1");
        o.put("id", producerId());
        o.put("created", Stamps.EPOCH);
        o.put("modified", Stamps.EPOCH);
        o.put("name", "Isnad");
        o.put("description", "Arabic-first extraction of a sourced, temporal knowledge graph from news and channel posts.");
        o.put("identity_class", "system");
        return o;
    }

    private ObjectNode entity(Subgraph g, ExportEntity e, EntityClass c, String id) {
        ObjectNode o = base(c.stix(), id, Stamps.instant(e.firstStored()), Stamps.instant(e.lastStored()));
        o.put("name", e.name());
        o.put("lang", "ar");
        if (e.kind() != null) o.putArray("labels").add(e.kind());
        List<String> aliases = aliases(e);
        switch (c.stix()) {
            case "identity" -> {
                o.put("identity_class", c.identityClass() == null ? "unknown" : c.identityClass());
                if (!c.sectors().isEmpty()) strings(o.putArray("sectors"), c.sectors());
                if (!aliases.isEmpty()) strings(o.putArray("x_opencti_aliases"), aliases);
            }
            case "threat-actor" -> {
                if (!aliases.isEmpty()) strings(o.putArray("aliases"), aliases);
                o.put("resource_level", c.individual() ? "individual" : "organization");
                List<String> roles = actorRoles(g, e);
                if (!roles.isEmpty()) strings(o.putArray("roles"), roles);
                seen(o, e);
            }
            case "intrusion-set" -> {
                if (!aliases.isEmpty()) strings(o.putArray("aliases"), aliases);
                seen(o, e);
            }
            case "location" -> {
                o.put("x_opencti_location_type", c.locationType());
                if (c.country() != null) o.put("country", c.country());
                // STIX requires a region, a country or coordinates; a place whose country the
                // gazetteer does not know says so rather than guessing one
                else o.put("region", "unknown");
                if ("City".equals(c.locationType())) o.put("city", e.name());
                if ("Administrative-Area".equals(c.locationType())) o.put("administrative_area", e.name());
                if (!aliases.isEmpty()) strings(o.putArray("x_opencti_aliases"), aliases);
            }
            default -> throw new IllegalStateException("unexpected STIX type " + c.stix());
        }
        o.put("description", describe(e));
        if (e.latin() != null) o.put("x_isnad_latin", e.latin());
        List<String> kunyas = new ArrayList<>();
        for (ExportName n : e.names()) if (n.kunyaOnly()) kunyas.add(n.name());
        if (!kunyas.isEmpty()) strings(o.putArray("x_isnad_kunyas"), kunyas);
        o.put("x_isnad_type", e.type());
        o.put("x_isnad_key", e.key());
        return o;
    }

    /** Every other name, Arabic first, then the Latin forms, each once. */
    private static List<String> aliases(ExportEntity e) {
        Set<String> out = new LinkedHashSet<>();
        for (ExportName n : e.names()) out.add(n.name());
        if (e.latin() != null) out.add(e.latin());
        for (ExportName n : e.names()) if (n.latin() != null) out.add(n.latin());
        out.remove(e.name());
        return new ArrayList<>(out);
    }

    private static String describe(ExportEntity e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.type().charAt(0)).append(e.type().substring(1).toLowerCase(Locale.ROOT));
        if (e.kind() != null) sb.append(" (").append(e.kind().replace('_', ' ')).append(')');
        if (e.latin() != null) sb.append(", ").append(e.latin());
        sb.append(": named ").append(e.mentions()).append(e.mentions() == 1 ? " time in " : " times in ").append(e.documents())
                .append(e.documents() == 1 ? " document" : " documents");
        if (e.firstSeen() != null) sb.append(", ").append(e.firstSeen()).append(" to ").append(e.lastSeen());
        return sb.append('.').toString();
    }

    /** threat-actor-role-ov values from the roles the texts give the person. */
    private static List<String> actorRoles(Subgraph g, ExportEntity e) {
        if (!e.isPerson()) return List.of();
        Set<String> roles = new TreeSet<>();
        for (ExportFact f : g.factsOf(e.id())) {
            if (!f.isRelation() || f.subject() == null || f.subject() != e.id()) continue;
            switch (f.type()) {
                case "LEADER_OF", "DEPUTY_OF" -> roles.add("director");
                case "MEMBER_OF", "SPOKESPERSON_OF", "AFFILIATED_WITH" -> roles.add("agent");
                default -> { }
            }
        }
        return new ArrayList<>(roles);
    }

    private static void seen(ObjectNode o, ExportEntity e) {
        if (e.firstSeen() == null) return;
        o.put("first_seen", Stamps.startOf(e.firstSeen()));
        o.put("last_seen", Stamps.endOf(e.lastSeen()));
    }

    private ObjectNode relationship(Subgraph g, ExportFact f, Map<Long, EntityClass> classes, Map<Long, String> entityIds) {
        RelationMap.Row row = classifier.relations().of(f.type());
        RelationshipTypes.Choice choice = RelationshipTypes.choose(profile, row, classes.get(f.subject()), classes.get(f.object()));
        List<ExportEvidence> ev = g.evidenceOf(f.id());
        ObjectNode o = base("relationship", id("relationship", f.key()), created(g, ev), modified(g, ev));
        o.put("relationship_type", choice.type());
        o.put("source_ref", entityIds.get(choice.reversed() ? f.object() : f.subject()));
        o.put("target_ref", entityIds.get(choice.reversed() ? f.subject() : f.object()));
        ExportEntity s = g.entity(f.subject()), t = g.entity(f.object());
        StringBuilder d = new StringBuilder(s.name()).append(' ').append(f.type().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                .append(t.name());
        if (!f.roleWords().isEmpty()) d.append(" (").append(String.join("، ", f.roleWords())).append(')');
        if (f.from() != null) d.append(", from ").append(f.from());
        if (f.until() != null) d.append(", until ").append(f.until());
        d.append('.');
        o.put("description", d.toString());
        if (f.from() != null) o.put("start_time", Stamps.startOf(f.from()));
        if (f.until() != null) {
            String stop = Stamps.after(f.until());
            // STIX requires stop_time after start_time (OpenCTI rejects equal ones); contradictory dates keep the start only
            if (f.from() == null || stop.compareTo(o.get("start_time").asText()) > 0) o.put("stop_time", stop);
        }
        confidence(o, ev);
        references(o, g, ev);
        o.put("x_isnad_relation", f.type());
        if (!f.roleWords().isEmpty()) strings(o.putArray("x_isnad_role_words"), f.roleWords());
        o.put("x_isnad_dated", f.dated());
        o.put("x_isnad_evidence", f.evidence());
        o.put("x_isnad_key", f.key());
        return o;
    }

    /**
     * An attack by a threat actor or intrusion set is a sighting of it where it struck (targets
     * that are identities, the place); every other event is a note on its participants.
     * Events with no participant and no place are left out (a note must refer to something).
     */
    private ObjectNode event(Subgraph g, ExportFact f, Map<Long, EntityClass> classes, Map<Long, String> entityIds) {
        EventMap.Row row = events.of(f.type());
        List<ExportEvidence> ev = g.evidenceOf(f.id());
        Set<Long> places = new TreeSet<>();
        for (ExportEvidence e : ev) if (e.location() != null && g.entity(e.location()) != null) places.add(e.location());
        Long actor = null;
        if (row.stix().equals("sighting")) {
            for (ExportArgument a : f.arguments()) {
                String s = classes.get(a.entity()).stix();
                if (row.actorRoles().contains(a.role()) && (s.equals("threat-actor") || s.equals("intrusion-set"))) { actor = a.entity(); break; }
            }
        }
        String summary = summary(g, f, row, places);
        ObjectNode o;
        if (actor != null) {
            o = base("sighting", id("sighting", f.key()), created(g, ev), modified(g, ev));
            o.put("sighting_of_ref", entityIds.get(actor));
            Set<String> where = new LinkedHashSet<>();
            for (ExportArgument a : f.arguments()) {
                String s = classes.get(a.entity()).stix();
                if (a.entity() != actor && (s.equals("identity") || s.equals("location"))) where.add(entityIds.get(a.entity()));
            }
            for (long p : places) where.add(entityIds.get(p));
            if (!where.isEmpty()) strings(o.putArray("where_sighted_refs"), new ArrayList<>(where));
            String start = f.start(), end = f.end();
            if (start != null) o.put("first_seen", Stamps.startOf(start));
            if (end != null) o.put("last_seen", Stamps.after(end));
            o.put("count", 1);
            o.put("description", summary);
        } else {
            Set<String> refs = new LinkedHashSet<>();
            for (ExportArgument a : f.arguments()) refs.add(entityIds.get(a.entity()));
            for (long p : places) refs.add(entityIds.get(p));
            if (refs.isEmpty()) return null;
            o = base("note", id("note", f.key()), created(g, ev), modified(g, ev));
            o.put("abstract", row.label() + (f.time() != null ? " (" + f.time() + ")" : ""));
            o.put("content", summary);
            strings(o.putArray("authors"), List.of("Isnad"));
            strings(o.putArray("object_refs"), new ArrayList<>(refs));
        }
        o.put("lang", "ar");
        confidence(o, ev);
        references(o, g, ev);
        o.put("x_isnad_event", f.type());
        if (f.time() != null) o.put("x_isnad_time", f.time());
        if (f.times().size() > 1) strings(o.putArray("x_isnad_times"), f.times());
        if (f.conflict()) o.put("x_isnad_conflicting_dates", true);
        ArrayNode args = o.putArray("x_isnad_arguments");
        for (ExportArgument a : f.arguments()) args.addObject().put("role", a.role()).put("ref", entityIds.get(a.entity()));
        o.put("x_isnad_evidence", f.evidence());
        o.put("x_isnad_key", f.key());
        return o;
    }

    /** «attack, 2019: agent تنظيم داعش; target …; at …» in the texts' own names. */
    private static String summary(Subgraph g, ExportFact f, EventMap.Row row, Set<Long> places) {
        StringBuilder sb = new StringBuilder(row.label());
        if (f.time() != null) sb.append(", ").append(f.time());
        if (f.conflict()) sb.append(" (the sources give ").append(String.join(", ", f.times())).append(')');
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (ExportArgument a : f.arguments()) byRole.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(g.entity(a.entity()).name());
        String sep = ": ";
        for (Map.Entry<String, List<String>> e : byRole.entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(String.join("، ", e.getValue()));
            sep = "; ";
        }
        if (!places.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (long p : places) names.add(g.entity(p).name());
            sb.append(sep).append("at ").append(String.join("، ", names));
        }
        return sb.append('.').toString();
    }

    /** One statement of a fact: the sentence, who claims it, the document it is in. */
    private ObjectNode evidenceNote(Subgraph g, ExportEvidence e, String factId, Map<Long, String> entityIds) {
        ExportDocument d = g.document(e.doc());
        String stored = Stamps.instant(d == null ? null : d.ingestedAt());
        ObjectNode o = base("note", id("note", evidenceKey(g, e)), stored, stored);
        ExportEntity claimant = e.claimant() == null ? null : g.entity(e.claimant());
        String where = d == null ? "a document" : "«" + (d.title() != null ? d.title() : d.id()) + "»";
        o.put("abstract", e.type() + (claimant != null ? " — claimed by " + claimant.name() : " — stated by the document") + ", in " + where);
        o.put("content", e.sentence());
        if (claimant != null) strings(o.putArray("authors"), List.of(claimant.name()));
        else if (d != null && d.outlet() != null) strings(o.putArray("authors"), List.of(d.outlet()));
        List<String> refs = new ArrayList<>();
        refs.add(factId);
        if (claimant != null) refs.add(entityIds.get(claimant.id()));
        strings(o.putArray("object_refs"), refs);
        o.put("lang", "ar");
        if (e.confidence() != null) o.put("confidence", percent(e.confidence()));
        if (d != null) o.putArray("external_references").add(reference(d));
        if (e.role() != null) o.put("x_isnad_role_word", e.role());
        if (e.timeText() != null) o.put("x_isnad_time_text", e.timeText());
        if (e.time() != null) o.put("x_isnad_time", e.time());
        if (e.from() != null) o.put("x_isnad_from", e.from());
        if (e.until() != null) o.put("x_isnad_until", e.until());
        o.putObject("x_isnad_offsets").put("start", e.start()).put("end", e.end());
        return o;
    }

    public static String evidenceKey(Subgraph g, ExportEvidence e) {
        ExportDocument d = g.document(e.doc());
        return "evidence|" + (d == null ? "doc" + e.doc() : d.contentHash()) + "|" + e.start() + "|" + e.end() + "|" + g.fact(e.fact()).key();
    }

    /** A document as a report of everything it states; documents that state nothing kept are left out (a report must refer to something). */
    private ObjectNode report(Subgraph g, ExportDocument d, Map<Long, EntityClass> classes, Map<Long, String> entityIds,
                              Map<Long, String> factIds, Map<Long, String> evidenceIds) {
        Set<String> refs = new LinkedHashSet<>();
        boolean threat = false;
        for (var a : g.appearancesIn(d.doc())) {
            String id = entityIds.get(a.entity());
            if (id == null) continue;
            refs.add(id);
            String s = classes.get(a.entity()).stix();
            threat |= s.equals("threat-actor") || s.equals("intrusion-set");
        }
        for (ExportEvidence e : g.evidenceIn(d.doc())) {
            if (factIds.containsKey(e.fact())) refs.add(factIds.get(e.fact()));
            if (evidenceIds.containsKey(e.id())) refs.add(evidenceIds.get(e.id()));
        }
        if (refs.isEmpty()) return null;
        String stored = Stamps.instant(d.ingestedAt());
        ObjectNode o = base("report", id("report", StableKeys.document(d.contentHash())), stored, stored);
        o.put("name", d.title() != null && !d.title().isBlank() ? d.title().strip() : d.id());
        if (threat) strings(o.putArray("report_types"), List.of("threat-report"));
        o.put("published", d.published() != null ? Stamps.startOf(d.published()) : stored);
        StringBuilder desc = new StringBuilder("Document ").append(d.id());
        if (d.source() != null) desc.append(d.outlet() != null ? " from " : " read from ").append(d.source());
        o.put("description", desc.append('.').toString());
        if (d.language() != null) o.put("lang", d.language());
        strings(o.putArray("object_refs"), new ArrayList<>(refs));
        o.putArray("external_references").add(reference(d));
        o.put("x_isnad_document", d.id());
        if (d.published() != null) o.put("x_isnad_published", d.published());
        return o;
    }

    private ObjectNode reference(ExportDocument d) {
        ObjectNode r = json.createObjectNode();
        r.put("source_name", d.outlet() != null && !d.outlet().matches("(?i)cve|capec") ? d.outlet() : "isnad");
        r.put("external_id", d.id());
        if (d.title() != null && !d.title().isBlank()) r.put("description", d.title().strip());
        String url = url(d.url());
        if (url != null) r.put("url", url);
        r.putObject("hashes").put("SHA-256", d.contentHash());
        return r;
    }

    /** An absolute http(s) URL, or null: STIX wants a URI there. */
    static String url(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            URI u = new URI(s.strip());
            return u.isAbsolute() && u.getScheme().toLowerCase(Locale.ROOT).matches("https?") && u.getHost() != null ? u.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private void references(ObjectNode o, Subgraph g, List<ExportEvidence> ev) {
        Set<Long> docs = new TreeSet<>();
        for (ExportEvidence e : ev) docs.add(e.doc());
        ArrayNode refs = null;
        int n = 0;
        for (long doc : docs) {
            ExportDocument d = g.document(doc);
            if (d == null || n++ >= MAX_REFERENCES) continue;
            if (refs == null) refs = o.putArray("external_references");
            refs.add(reference(d));
        }
    }

    /** A fact's confidence: that of its most confident statement, 0–100. */
    private static void confidence(ObjectNode o, List<ExportEvidence> ev) {
        Double best = null;
        for (ExportEvidence e : ev) if (e.confidence() != null && (best == null || e.confidence() > best)) best = e.confidence();
        if (best != null) o.put("confidence", percent(best));
    }

    private static int percent(double c) { return (int) Math.max(0, Math.min(100, Math.round(c * 100))); }

    private static String created(Subgraph g, List<ExportEvidence> ev) {
        String min = null;
        for (ExportEvidence e : ev) {
            ExportDocument d = g.document(e.doc());
            if (d != null && d.ingestedAt() != null && (min == null || d.ingestedAt().compareTo(min) < 0)) min = d.ingestedAt();
        }
        return Stamps.instant(min);
    }

    private static String modified(Subgraph g, List<ExportEvidence> ev) {
        String max = null;
        for (ExportEvidence e : ev) {
            ExportDocument d = g.document(e.doc());
            if (d != null && d.ingestedAt() != null && (max == null || d.ingestedAt().compareTo(max) > 0)) max = d.ingestedAt();
        }
        return Stamps.instant(max);
    }

    private static void strings(ArrayNode a, List<String> values) {
        for (String v : values) a.add(v);
    }
}
