package org.isnad.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema: migrations are the numbered SQL resources {@code migrations/001.sql},
 * {@code 002.sql}… beside this class, applied in order, each in its own transaction, each
 * recorded in {@code schema_version}. A store newer than this code is refused.
 */
public final class Migrations {
    private Migrations() {}

    /** The highest migration this code ships. */
    public static int latest() {
        int n = 0;
        while (resource(n + 1) != null) n++;
        return n;
    }

    /** Brings the store to the latest version; returns the versions applied. */
    public static List<Integer> migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT, applied_at TEXT NOT NULL)");
        }
        int current = current(c);
        int latest = latest();
        if (current > latest)
            throw new SQLException("this store has schema version " + current + ", newer than this isnad (" + latest + "): upgrade isnad");
        List<Integer> applied = new ArrayList<>();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latest; v++) {
                String sql = read(v);
                try (Statement s = c.createStatement()) {
                    for (String stmt : statements(sql)) s.execute(stmt);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, description, applied_at) VALUES (?,?,?)")) {
                    p.setInt(1, v);
                    p.setString(2, description(sql));
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
                applied.add(v);
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static InputStream resource(int version) {
        return Migrations.class.getResourceAsStream(String.format("migrations/%03d.sql", version));
    }

    private static String read(int version) {
        try (InputStream in = resource(version)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first comment line of a migration says what it does. */
    private static String description(String sql) {
        for (String line : sql.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--")) return l.substring(2).strip();
        }
        return null;
    }

    /** Statements separated by ';' at the end of a line; comments dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            String l = comment >= 0 ? line.substring(0, comment) : line;
            if (l.isBlank()) continue;
            cur.append(l).append('\n');
            if (l.stripTrailing().endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }
}
