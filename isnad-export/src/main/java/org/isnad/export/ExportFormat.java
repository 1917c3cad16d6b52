package org.isnad.export;

import java.util.Locale;

/** The formats {@code isnad export} writes. */
public enum ExportFormat {
    /** STIX 2.1 bundle (JSON), for OpenCTI and other CTI platforms. */
    STIX("stix"),
    /** FollowTheMoney entities, JSON Lines, for Aleph and the ftm tools. */
    FTM("ftm"),
    /** GraphML (XML), for yEd, Cytoscape, NetworkX, Gephi. */
    GRAPHML("graphml"),
    /** GEXF 1.3 dynamic (XML), for Gephi's timeline. */
    GEXF("gexf"),
    /** Four CSV tables in a folder. */
    CSV("csv");

    public final String cli;

    ExportFormat(String cli) { this.cli = cli; }

    /** Whether it writes a folder of files rather than one stream. */
    public boolean folder() { return this == CSV; }

    public static ExportFormat parse(String s) {
        for (ExportFormat f : values()) if (f.cli.equals(s.strip().toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format «" + s + "»: stix, ftm, graphml, gexf or csv");
    }
}
