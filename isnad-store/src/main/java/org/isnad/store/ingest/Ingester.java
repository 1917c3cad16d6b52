package org.isnad.store.ingest;

import org.isnad.core.model.Document;
import org.isnad.core.model.Extraction;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.store.GraphStore;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.write.GraphWriter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Ingest: documents are extracted on {@code threads} threads while this thread, the single
 * writer, stores them in input order (so resolution is the same on every run), each document in
 * its own transaction. Known content (same text hash) is skipped before extraction. A failing
 * document is reported (table {@code ingest_report} and the console) and the batch goes on. The
 * search index is brought up to date every {@link #indexEvery} documents and at the end.
 */
public final class Ingester {
    /** One input: a document, or the reason it could not be read. */
    public record Item(String input, Document document, String error, String warning) {}

    /** Progress as the writer sees it; {@code total} is -1 when unknown. */
    public interface Progress { void update(long done, long added, long unchanged, long failed, long total); }

    public record Summary(long added, long unchanged, long failed, long warnings, double seconds) {
        public double docsPerSecond() { return seconds <= 0 ? 0 : (added + unchanged) / seconds; }
    }

    private record Outcome(Item item, Extraction extraction, Throwable error, boolean known) {}

    private final GraphStore store;
    private final Pipeline pipeline;
    private final int threads;
    private int indexEvery = 5000;
    private boolean index = true;

    public Ingester(GraphStore store, Pipeline pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Ingester indexEvery(int n) { this.indexEvery = n; return this; }

    public Ingester withIndex(boolean on) { this.index = on; return this; }

    public Summary run(Iterator<Item> items, long total, Progress progress, Consumer<String> console) throws SQLException, IOException {
        long t0 = System.nanoTime();
        long added = 0, unchanged = 0, failed = 0, warnings = 0, sinceIndex = 0;
        SearchIndex search = new SearchIndex(store.indexDir());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "isnad-extract");
            t.setDaemon(true);
            return t;
        });
        try (GraphWriter writer = store.writer(); Connection reader = store.connect();
             SearchIndex.Updater updater = index ? search.updater() : null) {
            long run = writer.startRun(null);
            Set<String> known = writer.contentHashes();
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int maxWindow = threads * 16;
            long done = 0;
            while (items.hasNext() || !window.isEmpty()) {
                while (items.hasNext() && window.size() < maxWindow) {
                    Item item = items.next();
                    if (item.document() == null) {
                        window.add(CompletableFuture.completedFuture(new Outcome(item, null, null, false)));
                    } else if (!known.add(GraphWriter.contentHash(item.document().text()))) {
                        window.add(CompletableFuture.completedFuture(new Outcome(item, null, null, true)));
                    } else {
                        window.add(pool.submit(() -> extract(item)));
                    }
                }
                Outcome o = take(window.poll());
                Item item = o.item();
                if (item.warning() != null) {
                    warnings++;
                    console.accept(item.input() + ": warning: " + item.warning());
                    writer.report(run, item.input(), "warning", item.warning());
                }
                if (item.document() == null) {
                    failed++;
                    console.accept(item.input() + ": " + item.error() + " (skipped)");
                    writer.report(run, item.input(), "failed", item.error());
                } else if (o.known()) {
                    unchanged++;
                } else if (o.error() != null) {
                    failed++;
                    String msg = "extraction failed: " + o.error();
                    console.accept(item.input() + ": " + msg + " (skipped)");
                    writer.report(run, item.input(), "failed", msg);
                } else {
                    try {
                        if (writer.add(o.extraction(), item.input()).added()) {
                            added++;
                            sinceIndex++;
                        } else {
                            unchanged++;
                        }
                    } catch (SQLException | RuntimeException e) {
                        failed++;
                        String msg = "store failed: " + e;
                        console.accept(item.input() + ": " + msg + " (skipped)");
                        writer.report(run, item.input(), "failed", msg);
                    }
                }
                done++;
                if (progress != null) progress.update(done, added, unchanged, failed, total);
                if (updater != null && sinceIndex >= indexEvery) {
                    updater.sync(reader, null);
                    sinceIndex = 0;
                }
            }
            writer.finishRun(run, added, unchanged, failed);
            if (updater != null) updater.sync(reader, null);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(added, unchanged, failed, warnings, (System.nanoTime() - t0) / 1e9);
    }

    private Outcome extract(Item item) {
        try {
            return new Outcome(item, pipeline.extract(item.document()), null, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(item, null, e, false);
        }
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
