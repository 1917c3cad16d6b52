package org.isnad.export;

import org.isnad.export.csv.CsvWriter;
import org.isnad.export.ftm.FtmWriter;
import org.isnad.export.graph.Selection;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.graph.SubgraphReader;
import org.isnad.export.map.Classifier;
import org.isnad.export.map.EventMap;
import org.isnad.export.net.GexfWriter;
import org.isnad.export.net.GraphmlWriter;
import org.isnad.export.stix.RelationshipTypes;
import org.isnad.export.stix.StixWriter;
import org.isnad.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Exports a store, or a part of it, in one format. The mapping tables are loaded once per
 * exporter (immutable; one exporter may serve many exports, one at a time per store connection).
 */
public final class Exporter {
    /**
     * @param format        what to write
     * @param selection     which part of the store
     * @param stixRelations STIX relationship types: OpenCTI's (default) or custom ones named after Isnad's
     * @param texts         FollowTheMoney: whether Articles carry the documents' text
     */
    public record Options(ExportFormat format, Selection selection, RelationshipTypes.Profile stixRelations, boolean texts) {
        public static Options of(ExportFormat format, Selection selection) {
            return new Options(format, selection, RelationshipTypes.Profile.opencti, true);
        }
    }

    /** What was written. */
    public record Summary(int entities, int relations, int events, int evidence, int documents, List<String> alsoMatching,
                          String center, double seconds) {}

    private final Classifier classifier;
    private final EventMap events;

    public Exporter(Classifier classifier, EventMap events) {
        this.classifier = classifier;
        this.events = events;
    }

    public static Exporter load() { return new Exporter(Classifier.load(), EventMap.load()); }

    /**
     * Writes the selection to {@code out} (one-stream formats) or into the folder {@code dir}
     * (CSV). Reads the store through its own connection, closed at the end.
     */
    public Summary export(GraphStore store, Options o, OutputStream out, Path dir) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (Connection c = store.connect()) {
            Subgraph g = SubgraphReader.read(store, c, o.selection());
            switch (o.format()) {
                case STIX -> new StixWriter(classifier, events, o.stixRelations()).write(g, out);
                case FTM -> new FtmWriter(classifier, events, o.texts()).write(g, out);
                case GRAPHML -> new GraphmlWriter(classifier, events).write(g, out);
                case GEXF -> new GexfWriter(classifier, events).write(g, out);
                case CSV -> {
                    if (dir == null) throw new IllegalArgumentException("csv writes a folder: give --out DIR");
                    new CsvWriter(classifier).write(g, dir);
                }
            }
            int relations = (int) g.facts().stream().filter(f -> f.isRelation()).count();
            return new Summary(g.entities().size(), relations, g.facts().size() - relations, g.evidence().size(), g.documents().size(),
                    g.alsoMatching(), g.center() == null ? null : g.center().name(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
