package org.isnad.export.csv;

import org.isnad.export.graph.ExportArgument;
import org.isnad.export.graph.ExportDocument;
import org.isnad.export.graph.ExportEntity;
import org.isnad.export.graph.ExportEvidence;
import org.isnad.export.graph.ExportFact;
import org.isnad.export.graph.ExportName;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.map.Classifier;
import org.isnad.export.map.EntityClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a subgraph as four CSV tables in a folder: {@code nodes.csv} (entities),
 * {@code edges.csv} (relations), {@code events.csv} and {@code evidence.csv} (every statement of
 * a relation or an event). Ids are those of the GraphML and GEXF exports (n12 entity, r5 relation,
 * ev7 event), so the tables join with each other and with the graph files. Lists inside a field
 * are separated by {@code |}. Columns are documented in docs/export.md.
 */
public final class CsvWriter {
    public static final List<String> NODES = List.of("id", "key", "type", "kind", "stix_type", "name", "latin", "aliases", "weak_aliases",
            "latin_aliases", "country", "mentions", "documents", "first_seen", "last_seen");
    public static final List<String> EDGES = List.of("id", "key", "source", "target", "source_name", "target_name", "type", "role_words",
            "from", "until", "dated", "evidence", "documents", "confidence", "first_seen", "last_seen");
    public static final List<String> EVENTS = List.of("id", "key", "type", "time", "times", "conflicting_dates", "dated", "participants",
            "participant_names", "locations", "location_names", "evidence", "documents", "confidence", "first_seen", "last_seen");
    public static final List<String> EVIDENCE = List.of("id", "fact", "fact_kind", "fact_type", "document", "document_title",
            "document_published", "document_source", "document_url", "sentence", "start", "end", "claimant", "claimant_name", "role_word",
            "time", "time_text", "from", "until", "location", "confidence", "seen");

    private final Classifier classifier;

    public CsvWriter(Classifier classifier) { this.classifier = classifier; }

    public static CsvWriter load() { return new CsvWriter(Classifier.load()); }

    public void write(Subgraph g, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Long, EntityClass> classes = classifier.classify(g);
        try (CsvFile f = new CsvFile(dir.resolve("nodes.csv"), NODES)) {
            for (ExportEntity e : g.entities()) {
                List<String> aliases = new ArrayList<>(), weak = new ArrayList<>();
                Set<String> latin = new LinkedHashSet<>();
                for (ExportName n : e.names()) {
                    (n.kunyaOnly() ? weak : aliases).add(n.name());
                    if (n.latin() != null && !n.latin().equals(e.latin())) latin.add(n.latin());
                }
                EntityClass c = classes.get(e.id());
                f.row("n" + e.id(), e.key(), e.type(), e.kind(), c.stix(), e.name(), e.latin(), String.join("|", aliases), String.join("|", weak),
                        String.join("|", latin), c.country(), e.mentions(), e.documents(), e.firstSeen(), e.lastSeen());
            }
        }
        try (CsvFile f = new CsvFile(dir.resolve("edges.csv"), EDGES)) {
            for (ExportFact x : g.facts()) {
                if (!x.isRelation()) continue;
                f.row("r" + x.id(), x.key(), "n" + x.subject(), "n" + x.object(), g.entity(x.subject()).name(), g.entity(x.object()).name(),
                        x.type(), String.join("|", x.roleWords()), x.from(), x.until(), x.dated(), x.evidence(), x.documents(),
                        confidence(g.evidenceOf(x.id())), x.firstSeen(), x.lastSeen());
            }
        }
        try (CsvFile f = new CsvFile(dir.resolve("events.csv"), EVENTS)) {
            for (ExportFact x : g.facts()) {
                if (!x.isEvent()) continue;
                List<String> ids = new ArrayList<>(), names = new ArrayList<>();
                for (ExportArgument a : x.arguments()) {
                    ids.add(a.role() + "=n" + a.entity());
                    names.add(a.role() + "=" + g.entity(a.entity()).name());
                }
                Set<String> places = new LinkedHashSet<>(), placeNames = new LinkedHashSet<>();
                for (ExportEvidence e : g.evidenceOf(x.id())) {
                    if (e.location() == null || g.entity(e.location()) == null) continue;
                    places.add("n" + e.location());
                    placeNames.add(g.entity(e.location()).name());
                }
                f.row("ev" + x.id(), x.key(), x.type(), x.time(), String.join("|", x.times()), x.conflict(), x.dated(), String.join("|", ids),
                        String.join("|", names), String.join("|", places), String.join("|", placeNames), x.evidence(), x.documents(),
                        confidence(g.evidenceOf(x.id())), x.firstSeen(), x.lastSeen());
            }
        }
        try (CsvFile f = new CsvFile(dir.resolve("evidence.csv"), EVIDENCE)) {
            for (ExportEvidence e : g.evidence()) {
                ExportFact x = g.fact(e.fact());
                ExportDocument d = g.document(e.doc());
                ExportEntity claimant = e.claimant() == null ? null : g.entity(e.claimant());
                f.row("x" + e.id(), (x.isRelation() ? "r" : "ev") + x.id(), x.kind(), x.type(), d == null ? null : d.id(),
                        d == null ? null : d.title(), d == null ? null : d.published(), d == null ? null : d.source(), d == null ? null : d.url(),
                        e.sentence(), e.start(), e.end(), claimant == null ? null : "n" + claimant.id(), claimant == null ? null : claimant.name(),
                        e.role(), e.time(), e.timeText(), e.from(), e.until(), e.location() == null ? null : "n" + e.location(), e.confidence(),
                        e.seen());
            }
        }
    }

    private static Double confidence(List<ExportEvidence> ev) {
        Double best = null;
        for (ExportEvidence e : ev) if (e.confidence() != null && (best == null || e.confidence() > best)) best = e.confidence();
        return best;
    }
}
