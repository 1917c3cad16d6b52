package org.isnad.web;

import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.ingest.read.ReadOptions;
import org.isnad.ingest.read.ReadResult;
import org.isnad.ingest.read.Sources;
import org.isnad.store.GraphStore;
import org.isnad.store.ingest.Ingester;
import org.isnad.store.query.GraphQueries;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The demo store {@code isnad serve} opens when no store is given: the project's sample texts
 * (embedded in the jar under {@code org/isnad/web/demo/}) ingested once into a folder, so a
 * newcomer sees a populated graph at once. Later starts reuse the folder.
 */
public final class DemoStore {
    static final String RESOURCE = "org/isnad/web/demo";

    private DemoStore() {}

    /** The default folder: {@code isnad-demo} in the system's temporary folder. */
    public static Path defaultDir() { return Path.of(System.getProperty("java.io.tmpdir"), "isnad-demo"); }

    /** Makes the demo store in {@code dir} unless it is there already; returns {@code dir}. */
    public static Path prepare(Path dir, Consumer<String> log) throws Exception {
        if (Files.exists(dir.resolve("isnad.db"))) {
            GraphStore existing = GraphStore.open(dir, false);
            try (GraphQueries q = existing.queries()) {
                if (q.stats().get("documents") > 0) return dir;
            }
        }
        Path texts = dir.resolve("texts");
        int copied = copyTexts(texts);
        if (copied == 0) throw new IllegalStateException("the jar holds no demo texts (" + RESOURCE + ")");
        log.accept("building the demo store from " + copied + " sample texts in " + dir + " …");
        GraphStore store = GraphStore.open(dir, true);
        Iterator<ReadResult> read = Sources.read(List.of(texts.toString()), ReadOptions.defaults()).iterator();
        Iterator<Ingester.Item> items = new Iterator<>() {
            @Override
            public boolean hasNext() { return read.hasNext(); }

            @Override
            public Ingester.Item next() {
                ReadResult r = read.next();
                Document d = r.document();
                // the source shown to analysts: where the text sits in the project, not the temporary copy
                if (d != null && d.source() != null) {
                    String shown = texts.toAbsolutePath().relativize(Path.of(d.source()).toAbsolutePath()).toString().replace('\\', '/');
                    d = new Document(d.id(), d.text(), d.title(), d.published(), shown, d.url());
                }
                return new Ingester.Item(r.input(), d, r.error(), r.warning());
            }
        };
        Ingester.Summary s = new Ingester(store, Pipeline.load(), Runtime.getRuntime().availableProcessors())
                .run(items, copied, null, line -> log.accept(line));
        log.accept("demo store ready: " + s.added() + " documents");
        return dir;
    }

    /** Copies the embedded texts (from the jar or, in a build, from the class folder) into {@code target}. */
    static int copyTexts(Path target) throws IOException {
        URL url = DemoStore.class.getClassLoader().getResource(RESOURCE);
        if (url == null) return 0;
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return copyTree(fs.getPath("/" + RESOURCE), target);
            } finally {
                if (opened) fs.close();
            }
        }
        return copyTree(Path.of(uri), target);
    }

    private static int copyTree(Path from, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            Path out = target.resolve(from.relativize(f).toString());
            Files.createDirectories(out.getParent());
            Files.copy(f, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }
}
