package org.isnad.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Prepared statements kept for a connection's life: preparing SQL again per document or per fact costs more than running it. Not thread-safe. */
public final class Statements {
    private final Connection c;
    private final Map<String, PreparedStatement> cache = new HashMap<>();

    public Statements(Connection c) { this.c = c; }

    public PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = cache.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            cache.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    public void close() throws SQLException {
        for (PreparedStatement p : cache.values()) p.close();
        cache.clear();
    }
}
