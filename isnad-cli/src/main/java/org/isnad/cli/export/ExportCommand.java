package org.isnad.cli.export;

import org.isnad.export.ExportFormat;
import org.isnad.export.Exporter;
import org.isnad.export.graph.Selection;
import org.isnad.export.stix.RelationshipTypes;
import org.isnad.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code isnad export}: the store, or a part of it, as STIX 2.1, FollowTheMoney, GraphML, GEXF or CSV (docs/export.md). */
@Command(name = "export", description = "Export the graph (or an entity's neighbourhood, or a period) as STIX 2.1, FollowTheMoney, GraphML, GEXF or CSV.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "the store's folder (default: ./" + GraphStore.DEFAULT_DIR + ")")
    Path store = Path.of(GraphStore.DEFAULT_DIR);

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "stix (STIX 2.1 bundle), ftm (FollowTheMoney JSON Lines), graphml, gexf (dynamic, for Gephi's timeline) or csv (a folder of tables)")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "file to write (default: standard output); for csv the folder that receives nodes.csv, edges.csv, events.csv, evidence.csv")
    Path out;

    @Option(names = "--entity", paramLabel = "NAME|ID", description = "export only this entity's neighbourhood (any of its names, or its id)")
    String entity;

    @Option(names = "--depth", description = "links followed from --entity (default: ${DEFAULT-VALUE})")
    int depth = 1;

    @Option(names = "--from", paramLabel = "DATE", description = "keep facts whose time overlaps the period from this date (2018, 2018-06, 2018-06-14)")
    String from;

    @Option(names = "--until", paramLabel = "DATE", description = "keep facts whose time overlaps the period up to this date")
    String until;

    @Option(names = "--stix-relations", paramLabel = "PROFILE",
            description = "STIX relationship types: opencti (types OpenCTI accepts, default) or custom (leader-of, member-of…)")
    String stixRelations = "opencti";

    @Option(names = "--no-text", description = "ftm: leave the documents' texts out of the Articles")
    boolean noText;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = ExportFormat.parse(format);
        RelationshipTypes.Profile profile;
        try {
            profile = RelationshipTypes.Profile.valueOf(stixRelations.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--stix-relations must be opencti or custom");
        }
        if (entity == null && depth != 1) throw new IllegalArgumentException("--depth needs --entity");
        Selection selection = new Selection(entity, depth, from, until);
        if (fmt.folder() && out == null) throw new IllegalArgumentException("--format csv writes a folder of tables: give --out DIR");
        GraphStore graph = GraphStore.open(store, false);
        Exporter.Options options = new Exporter.Options(fmt, selection, profile, !noText);
        Exporter exporter = Exporter.load();
        Exporter.Summary s;
        if (fmt.folder()) {
            s = exporter.export(graph, options, null, out);
        } else if (out != null) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                s = exporter.export(graph, options, o, null);
            }
        } else {
            OutputStream o = new BufferedOutputStream(System.out, 1 << 16);
            s = exporter.export(graph, options, o, null);
            o.flush();
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!s.alsoMatching().isEmpty())
            err.println("note: «" + entity + "» also names " + String.join(", ", s.alsoMatching()) + "; exported around " + s.center()
                    + " (give an id to choose)");
        err.printf(Locale.ROOT, "exported %d entities, %d relations, %d events, %d evidence, %d documents as %s in %.2f s%n",
                s.entities(), s.relations(), s.events(), s.evidence(), s.documents(), fmt.cli, s.seconds());
        return 0;
    }
}
