package org.isnad.store;

import org.isnad.store.db.Database;
import org.isnad.store.fact.FactRules;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.resolve.EntityResolver;
import org.isnad.store.resolve.NameForms;
import org.isnad.store.write.GraphWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A store: one directory with the SQLite file ({@code isnad.db}) and the search index
 * ({@code index/}). Open it once per process; take one {@link GraphWriter} for the single
 * writer thread and {@link GraphQueries} for reading (each has its own connection).
 */
public final class GraphStore {
    public static final String DEFAULT_DIR = "isnad-graph";

    private final Path dir;
    private final NameForms forms;
    private final EntityResolver resolver;
    private final FactRules rules;

    private GraphStore(Path dir) {
        this.dir = dir;
        this.forms = NameForms.load();
        this.resolver = new EntityResolver(forms);
        this.rules = FactRules.load();
    }

    /** Opens the store in {@code dir}; with {@code create}, makes it when missing. The schema is migrated to the latest version. */
    public static GraphStore open(Path dir, boolean create) throws SQLException {
        if (!create && !Files.exists(dir.resolve(Database.FILE)))
            throw new SQLException("no store at " + dir + " (make one with: isnad ingest --store " + dir + " FILE…)");
        GraphStore s = new GraphStore(dir);
        Database.open(dir, create).close();
        return s;
    }

    public Path dir() { return dir; }

    public Path indexDir() { return dir.resolve("index"); }

    public NameForms forms() { return forms; }

    public EntityResolver resolver() { return resolver; }

    public FactRules rules() { return rules; }

    public Connection connect() throws SQLException { return Database.open(dir, false); }

    public GraphWriter writer() throws SQLException { return new GraphWriter(connect(), resolver, rules); }

    public GraphQueries queries() throws SQLException { return new GraphQueries(connect(), forms, rules); }
}
