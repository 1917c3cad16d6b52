package org.isnad.cli.store;

import org.isnad.core.model.Document;
import org.isnad.core.model.Extraction;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.store.bench.SyntheticCorpus;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.write.GraphWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of an ingest, twice, then the same command again: every document is in,
 * none twice, none partly (its entities, mentions and evidence are all there), and the search
 * index catches up. The ingest runs in a child JVM that is really killed (destroyForcibly).
 */
class CrashSafetyTest {
    static final int DOCS = 300;

    @Test
    void killedIngestsEndWithEveryDocumentOnceAndWhole(@TempDir Path tmp) throws Exception {
        Path inputs = tmp.resolve("inputs");
        Files.createDirectories(inputs);
        Pipeline pipeline = Pipeline.load();
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("../isnad-core/src/test/resources/texts"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(templates::add);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(pipeline, templates, 100, 11);
        Map<String, Document> byHash = new HashMap<>();
        Iterator<Document> docs = corpus.documents(DOCS, 11);
        while (docs.hasNext()) {
            Document d = docs.next();
            Files.writeString(inputs.resolve(d.id() + ".txt"), d.text());
            byHash.put(GraphWriter.contentHash(d.text()), d);
        }
        Path store = tmp.resolve("graph");

        // first run: killed once some documents are in
        Process p1 = start(store, inputs);
        long atKill1 = waitForDocuments(store, p1, 40);
        p1.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long after1 = documents(store);
        assertTrue(after1 < byHash.size(), "the first run must be killed before the end (had " + after1 + ")");
        assertTrue(after1 >= atKill1, "committed documents survive the kill");

        // second run: killed again further on
        Process p2 = start(store, inputs);
        waitForDocuments(store, p2, Math.min(after1 + 60, DOCS - 20));
        p2.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // third run: to the end
        Process p3 = start(store, inputs);
        assertTrue(p3.waitFor(120, TimeUnit.SECONDS), "the last run finishes");
        assertEquals(0, p3.exitValue(), new String(p3.getInputStream().readAllBytes()));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("isnad.db"))) {
            assertEquals(byHash.size(), single(c, "SELECT count(*) FROM documents"), "every document in");
            assertEquals(byHash.size(), single(c, "SELECT count(DISTINCT content_hash) FROM documents"), "none twice");
            // every document whole: what a fresh extraction of its text gives, all of it stored
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc, content_hash, text FROM documents")) {
                while (r.next()) {
                    long doc = r.getLong(1);
                    Document original = byHash.get(r.getString(2));
                    assertTrue(original != null, "unknown content in the store");
                    assertEquals(original.text(), r.getString(3));
                    assertEquals(GraphWriter.contentHash(r.getString(3)), r.getString(2));
                    Extraction x = pipeline.extract(new Document(original.id(), original.text(), null, null, null));
                    int mentions = x.entities().stream().mapToInt(e -> e.mentions().size()).sum();
                    assertEquals(x.entities().size(), count(c, "SELECT count(*) FROM local_entities WHERE doc = ?", doc), "entities of " + original.id());
                    assertEquals(mentions, count(c, "SELECT count(*) FROM mentions WHERE doc = ?", doc), "mentions of " + original.id());
                    assertEquals(x.relations().size() + x.events().size(), count(c, "SELECT count(*) FROM evidence WHERE doc = ?", doc),
                            "evidence of " + original.id());
                }
            }
            assertEquals(0, single(c, "SELECT count(*) FROM evidence e LEFT JOIN facts f ON f.fact = e.fact WHERE f.fact IS NULL"), "no evidence without its fact");
            assertEquals(0, single(c, "SELECT count(*) FROM local_entities l LEFT JOIN entities e ON e.entity = l.entity WHERE e.entity IS NULL"),
                    "no document entity without its entity");
            assertEquals(single(c, "SELECT count(*) FROM evidence"), single(c, "SELECT sum(evidence) FROM facts"), "fact counts match their evidence");
        }
        assertEquals(byHash.size(), new SearchIndex(store.resolve("index")).documentCount(), "the search index caught up");
    }

    private static Process start(Path store, Path inputs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.isnad.cli.Main",
                "ingest", "--store", store.toString(), "--quiet", "--threads", "2", inputs.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Polls the store (a reader beside the writer) until it holds {@code n} documents. */
    private static long waitForDocuments(Path store, Process p, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(store.resolve("isnad.db"))) {
                long d = documents(store);
                if (d >= n) return d;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the ingest ended or stalled before " + n + " documents");
    }

    private static long documents(Path store) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("isnad.db"))) {
            return single(c, "SELECT count(*) FROM documents");
        } catch (Exception notYet) {
            return 0; // the schema is being created
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static long count(Connection c, String sql, long doc) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }
}
