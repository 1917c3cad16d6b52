package org.isnad.export.ftm;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.export.graph.Appearance;
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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a subgraph as FollowTheMoney entities, one JSON object per line (the format
 * {@code ftm} and Aleph read). Documents are Articles; persons, organizations (Company,
 * PublicBody by kind) and places (Address); relations are Directorship, Membership, Succession,
 * Associate or UnknownLink intervals; events are Events; every entity a document names is linked
 * to it by a Documentation and, for persons and organizations, a Mention with the name as that
 * document writes it. Kunya-only names are weak aliases. See docs/export.md.
 */
public final class FtmWriter {
    private static final Set<String> LEGAL_ENTITIES = Set.of("Person", "Organization", "Company", "PublicBody", "LegalEntity");
    private static final Set<String> ORGANIZATIONS = Set.of("Organization", "Company", "PublicBody");
    private static final Map<String, String> LANGUAGES = Map.of("ar", "ara", "en", "eng", "fr", "fra", "de", "deu", "es", "spa",
            "tr", "tur", "fa", "fas", "ur", "urd", "ru", "rus");

    private final Classifier classifier;
    private final EventMap events;
    private final boolean texts;
    private final ObjectMapper json = new ObjectMapper();

    /** @param texts whether Articles carry the document text ({@code bodyText}, what Aleph indexes) */
    public FtmWriter(Classifier classifier, EventMap events, boolean texts) {
        this.classifier = classifier;
        this.events = events;
        this.texts = texts;
    }

    public static FtmWriter load(boolean texts) { return new FtmWriter(Classifier.load(), EventMap.load(), texts); }

    public static String id(String key) { return "isnad-" + StableKeys.sha1Hex(key); }

    public void write(Subgraph g, OutputStream out) throws IOException {
        Map<Long, EntityClass> classes = classifier.classify(g);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Map<Long, String> docIds = new HashMap<>();
        for (ExportDocument d : g.documents()) {
            FtmEntity a = article(g, d);
            docIds.put(d.doc(), a.id);
            line(w, a);
        }
        Map<Long, FtmEntity> entities = new LinkedHashMap<>();
        for (ExportEntity e : g.entities()) entities.put(e.id(), entity(e, classes.get(e.id())));
        List<FtmEntity> links = new ArrayList<>();
        for (ExportFact f : g.facts()) {
            if (f.isRelation()) links.add(relation(g, f, classes, entities));
        }
        List<FtmEntity> happenings = new ArrayList<>();
        Map<Long, String> eventIds = new HashMap<>();
        for (ExportFact f : g.facts()) {
            if (!f.isEvent()) continue;
            FtmEntity ev = event(g, f, classes, entities, docIds);
            eventIds.put(f.id(), ev.id);
            happenings.add(ev);
            dates(f, entities, classes);
        }
        for (FtmEntity e : entities.values()) line(w, e);
        for (FtmEntity e : links) line(w, e);
        for (FtmEntity e : happenings) line(w, e);
        for (Appearance a : g.appearances()) {
            ExportEntity e = g.entity(a.entity());
            ExportDocument d = g.document(a.doc());
            if (e == null || d == null) continue;
            String docKey = StableKeys.document(d.contentHash());
            line(w, new FtmEntity(id("documentation|" + docKey + "|" + e.key()), "Documentation")
                    .add("document", docIds.get(d.doc())).add("entity", entities.get(e.id()).id).add("role", "mentioned")
                    .add("summary", a.name()));
            String schema = classes.get(e.id()).ftmSchema();
            if (LEGAL_ENTITIES.contains(schema))
                line(w, new FtmEntity(id("mention|" + docKey + "|" + e.key()), "Mention")
                        .add("document", docIds.get(d.doc())).add("name", a.name()).add("resolved", entities.get(e.id()).id)
                        .add("detectedSchema", schema));
        }
        for (ExportFact f : g.facts()) {
            if (!f.isEvent()) continue;
            Map<Long, List<ExportEvidence>> byDoc = new LinkedHashMap<>();
            for (ExportEvidence e : g.evidenceOf(f.id())) byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
            for (Map.Entry<Long, List<ExportEvidence>> e : byDoc.entrySet()) {
                ExportDocument d = g.document(e.getKey());
                if (d == null) continue;
                FtmEntity doc = new FtmEntity(id("documentation|" + StableKeys.document(d.contentHash()) + "|" + f.key()), "Documentation")
                        .add("document", docIds.get(d.doc())).add("entity", eventIds.get(f.id())).add("role", "states");
                for (ExportEvidence x : e.getValue()) {
                    doc.add("description", x.sentence());
                    doc.add("summary", claim(g, x));
                    doc.add("date", x.time());
                }
                line(w, doc);
            }
        }
        w.flush();
    }

    private void line(Writer w, FtmEntity e) throws IOException {
        w.write(json.writeValueAsString(e.toJson(json)));
        w.write('\n');
    }

    private FtmEntity article(Subgraph g, ExportDocument d) {
        FtmEntity a = new FtmEntity(id(StableKeys.document(d.contentHash())), "Article");
        String title = d.title() != null && !d.title().isBlank() ? d.title() : null;
        a.add("name", title != null ? title : d.id()).add("title", title);
        String file = d.input() != null ? Path.of(d.input()).getFileName().toString() : d.id();
        a.add("fileName", file);
        a.add("publishedAt", d.published()).add("date", d.published());
        a.add("sourceUrl", d.url()).add("publisher", d.outlet());
        if (d.language() != null) a.add("language", LANGUAGES.get(d.language().toLowerCase(Locale.ROOT)));
        if (texts) a.add("bodyText", g.text(d.doc()));
        return a;
    }

    private FtmEntity entity(ExportEntity e, EntityClass c) {
        FtmEntity f = new FtmEntity(id(e.key()), c.ftmSchema());
        f.add("name", e.name());
        for (ExportName n : e.names()) f.add(n.kunyaOnly() ? "weakAlias" : "alias", n.name());
        f.add("alias", e.latin());
        for (ExportName n : e.names()) if (!n.kunyaOnly()) f.add("alias", n.latin());
        if (c.country() != null) f.add("country", c.country().toLowerCase(Locale.ROOT));
        if (c.ftmSchema().equals("Address")) {
            f.add("full", e.name());
            if ("City".equals(c.locationType())) f.add("city", e.name());
            if ("Administrative-Area".equals(c.locationType())) f.add("region", e.name());
        } else if (e.kind() != null) {
            f.add("classification", e.kind().replace('_', ' '));
        }
        StringBuilder d = new StringBuilder(e.kind() == null ? e.type().toLowerCase(Locale.ROOT) : e.kind().replace('_', ' '));
        d.append(", named in ").append(e.documents()).append(e.documents() == 1 ? " document" : " documents");
        if (e.firstSeen() != null) d.append(" (").append(e.firstSeen()).append(" to ").append(e.lastSeen()).append(')');
        f.add("description", d.toString());
        return f;
    }

    /** A relation as the interval schema its table row names, or a looser one when the participants do not fit its ranges. */
    private FtmEntity relation(Subgraph g, ExportFact f, Map<Long, EntityClass> classes, Map<Long, FtmEntity> entities) {
        RelationMap.Row row = classifier.relations().of(f.type());
        String s = classes.get(f.subject()).ftmSchema(), o = classes.get(f.object()).ftmSchema();
        String schema = row.ftmSchema(), sp = row.ftmSubject(), op = row.ftmObject();
        boolean fits = switch (schema) {
            case "Directorship", "Membership" -> LEGAL_ENTITIES.contains(s) && ORGANIZATIONS.contains(o);
            case "Succession" -> LEGAL_ENTITIES.contains(s) && LEGAL_ENTITIES.contains(o);
            default -> true;
        };
        if (!fits && s.equals("Person") && o.equals("Person")) {
            schema = "Associate";
            sp = "person";
            op = "associate";
        } else if (!fits) {
            schema = "UnknownLink";
            sp = "subject";
            op = "object";
        }
        FtmEntity link = new FtmEntity(id("ftm|" + f.key()), schema);
        link.add(sp, entities.get(f.subject()).id).add(op, entities.get(f.object()).id);
        String role = row.ftmRole() + (f.roleWords().isEmpty() ? "" : " (" + String.join("، ", f.roleWords()) + ")");
        link.add(schema.equals("Associate") ? "relationship" : "role", role);
        // an undated relation gets no date: the reports' dates are not the relation's
        link.add("startDate", f.from()).add("endDate", f.until());
        evidence(g, f, link);
        if (f.type().equals("LOCATED_IN") && o.equals("Address")) {
            FtmEntity holder = entities.get(f.subject());
            holder.add("addressEntity", entities.get(f.object()).id);
            EntityClass place = classes.get(f.object());
            if (place.country() != null && !holder.has("country")) holder.add("country", place.country().toLowerCase(Locale.ROOT));
        }
        return link;
    }

    private FtmEntity event(Subgraph g, ExportFact f, Map<Long, EntityClass> classes, Map<Long, FtmEntity> entities, Map<Long, String> docIds) {
        EventMap.Row row = events.of(f.type());
        List<String> names = new ArrayList<>();
        for (ExportArgument a : f.arguments()) {
            String n = g.entity(a.entity()).name();
            if (!names.contains(n)) names.add(n);
        }
        FtmEntity ev = new FtmEntity(id("ftm|" + f.key()), "Event");
        ev.add("name", row.label() + (names.isEmpty() ? "" : ": " + String.join("، ", names)) + (f.time() != null ? " (" + f.time() + ")" : ""));
        ev.addAll("date", f.times());
        StringBuilder summary = new StringBuilder(row.label());
        for (ExportArgument a : f.arguments()) {
            EntityClass c = classes.get(a.entity());
            String id = entities.get(a.entity()).id;
            summary.append("; ").append(a.role()).append(": ").append(g.entity(a.entity()).name());
            if (c.ftmSchema().equals("Address")) {
                ev.add("addressEntity", id).add("location", g.entity(a.entity()).name());
            } else if (LEGAL_ENTITIES.contains(c.ftmSchema())) {
                ev.add(row.actorRoles().contains(a.role()) ? "organizer" : "involved", id);
            }
        }
        ev.add("summary", summary.toString());
        for (ExportEvidence e : g.evidenceOf(f.id())) {
            if (e.location() == null || g.entity(e.location()) == null) continue;
            ev.add("location", g.entity(e.location()).name());
            ev.add("addressEntity", entities.get(e.location()).id);
            EntityClass c = classes.get(e.location());
            if (c.country() != null) ev.add("country", c.country().toLowerCase(Locale.ROOT));
        }
        for (ExportEvidence e : g.evidenceOf(f.id())) ev.add("proof", docIds.get(e.doc()));
        evidence(g, f, ev);
        return ev;
    }

    /** Dates an event gives its participants: a person's death, an organization's launch and end. */
    private static void dates(ExportFact f, Map<Long, FtmEntity> entities, Map<Long, EntityClass> classes) {
        if (f.time() == null) return;
        for (ExportArgument a : f.arguments()) {
            String schema = classes.get(a.entity()).ftmSchema();
            FtmEntity e = entities.get(a.entity());
            if (f.type().equals("DEATH") && a.role().equals("victim") && schema.equals("Person")) e.add("deathDate", f.time());
            if (f.type().equals("LAUNCH") && a.role().equals("organization") && ORGANIZATIONS.contains(schema)) e.add("incorporationDate", f.time());
            if (f.type().equals("CESSATION") && a.role().equals("organization") && ORGANIZATIONS.contains(schema)) e.add("dissolutionDate", f.time());
        }
    }

    /** The sentences stating a fact, who claims them, and the documents' links and outlets. */
    private static void evidence(Subgraph g, ExportFact f, FtmEntity target) {
        for (ExportEvidence e : g.evidenceOf(f.id())) {
            target.add("description", e.sentence());
            ExportDocument d = g.document(e.doc());
            if (d != null) target.add("sourceUrl", d.url()).add("publisher", d.outlet());
        }
    }

    private static String claim(Subgraph g, ExportEvidence e) {
        ExportEntity c = e.claimant() == null ? null : g.entity(e.claimant());
        return c == null ? "stated by the document" : "claimed by " + c.name();
    }
}
