package org.isnad.web;

import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo store: built once from the texts embedded in the jar, reused after. */
class DemoStoreTest {
    @Test
    void buildsFromTheEmbeddedTextsOnceThenReuses(@TempDir Path dir) throws Exception {
        Path demo = dir.resolve("demo");
        List<String> lines = new ArrayList<>();
        DemoStore.prepare(demo, lines::add);
        long texts;
        try (Stream<Path> s = Files.walk(demo.resolve("texts"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertTrue(texts >= 10, "the sample texts are embedded: " + texts);
        long documents, runs;
        GraphStore store = GraphStore.open(demo, false);
        try (GraphQueries q = store.queries()) {
            documents = q.stats().get("documents");
            assertTrue(q.stats().get("entities") > 50);
        }
        assertEquals(texts, documents, "every sample text is a document");
        try (var c = store.connect(); var r = c.createStatement().executeQuery("SELECT source FROM documents ORDER BY doc LIMIT 1")) {
            r.next();
            assertTrue(r.getString(1).matches("(samples|texts)/[^/]+\\.txt"), "sources name the project's files: " + r.getString(1));
        }
        // a second start reuses the store: nothing is read or extracted again
        lines.clear();
        DemoStore.prepare(demo, lines::add);
        assertTrue(lines.isEmpty(), lines.toString());
        try (var c = store.connect(); var r = c.createStatement().executeQuery("SELECT count(*) FROM ingest_runs")) {
            r.next();
            runs = r.getLong(1);
        }
        assertEquals(1, runs);
    }
}
