package org.isnad.store.db;

import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.store.GraphStore;
import org.isnad.store.write.GraphWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLifecycleTest {
    @Test
    void schemaIsVersionedAndMigratedOnce(@TempDir Path dir) throws Exception {
        assertThrows(SQLException.class, () -> GraphStore.open(dir.resolve("none"), false));
        GraphStore.open(dir, true);
        GraphStore.open(dir, true);
        try (Connection c = Database.open(dir, false)) {
            assertEquals(Migrations.latest(), Migrations.current(c));
            assertEquals(Migrations.latest(), single(c, "SELECT count(*) FROM schema_version"));
            assertEquals("wal", text(c, "PRAGMA journal_mode"));
            for (String table : new String[] {"documents", "mentions", "entities", "aliases", "facts", "fact_arguments", "evidence", "sources", "merges",
                    "ingest_report"}) {
                assertEquals(1, single(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + table + "'"), table);
            }
        }
    }

    @Test
    void aStoreNewerThanTheCodeIsRefused(@TempDir Path dir) throws Exception {
        GraphStore.open(dir, true);
        try (Connection c = Database.open(dir, false); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version(version, description, applied_at) VALUES (999, 'future', 'x')");
        }
        SQLException e = assertThrows(SQLException.class, () -> Database.open(dir, false).close());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void theSameContentIsStoredOnce(@TempDir Path dir) throws Exception {
        GraphStore store = GraphStore.open(dir, true);
        Pipeline pipeline = Pipeline.load();
        Document d = new Document("x", "أعلنت وزارة الداخلية اعتقال القيادي أبو همام الحمصي في مدينة حلب.", null, "2020-01-02", "test");
        try (GraphWriter w = store.writer()) {
            assertTrue(w.add(pipeline.extract(d), "a").added());
            GraphWriter.AddResult again = w.add(pipeline.extract(new Document("y", d.text(), null, null, null)), "b");
            assertFalse(again.added());
        }
        try (Connection c = store.connect()) {
            assertEquals(1, single(c, "SELECT count(*) FROM documents"));
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
