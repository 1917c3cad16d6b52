package org.isnad.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Connections to a store's SQLite file ({@code <dir>/isnad.db}) in WAL mode: one writer and any
 * number of readers at once; a transaction committed before a crash (even kill -9) is there
 * after it, one that was not committed is not.
 */
public final class Database {
    public static final String FILE = "isnad.db";

    private Database() {}

    /** Opens (creating and migrating when {@code create}) the store in {@code dir}. */
    public static Connection open(Path dir, boolean create) throws SQLException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            if (!create) throw new SQLException("no store at " + dir + " (create one with: isnad ingest --store " + dir + " FILES…)");
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new SQLException("cannot create " + dir + ": " + e.getMessage(), e);
            }
        }
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        // NORMAL in WAL mode: a commit survives a crash of the process; only a power loss may drop the last ones
        p.setProperty("synchronous", "NORMAL");
        p.setProperty("foreign_keys", "false");
        p.setProperty("busy_timeout", "30000");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA temp_store=MEMORY");
            s.execute("PRAGMA cache_size=-65536"); // 64 MB page cache
            s.execute("PRAGMA mmap_size=268435456");
        }
        Migrations.migrate(c);
        return c;
    }
}
