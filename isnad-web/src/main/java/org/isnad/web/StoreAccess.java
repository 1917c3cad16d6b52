package org.isnad.web;

import org.apache.lucene.store.LockObtainFailedException;
import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.SearchResult;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.write.GraphWriter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server's way into a store: a small pool of read connections (each request gets fresh
 * {@link GraphQueries}, so no cached name outlives a rename), one writer at a time for the
 * analysts' actions, and the search index kept in step after each action.
 */
public final class StoreAccess implements AutoCloseable {
    public interface Read<T> { T apply(GraphQueries q) throws Exception; }

    public interface Write<T> { T apply(GraphWriter w) throws Exception; }

    private final GraphStore store;
    private final SearchIndex index;
    private final BlockingQueue<Connection> idle;
    private final Object writeLock = new Object();

    public StoreAccess(GraphStore store, int readers) {
        this.store = store;
        this.index = new SearchIndex(store.indexDir());
        this.idle = new ArrayBlockingQueue<>(Math.max(1, readers));
    }

    public GraphStore store() { return store; }

    public <T> T read(Read<T> f) throws Exception {
        Connection c = idle.poll();
        if (c == null) c = store.connect();
        boolean healthy = true;
        try {
            return f.apply(new GraphQueries(c, store.forms(), store.rules()));
        } catch (SQLException e) {
            healthy = false;
            throw e;
        } finally {
            if (!healthy || !idle.offer(c)) c.close();
        }
    }

    /** Runs an analyst's action in the store's single writer, then brings the search index up to date. */
    public <T> T write(Write<T> f) throws Exception {
        synchronized (writeLock) {
            T out;
            try (GraphWriter w = store.writer()) {
                out = f.apply(w);
            }
            syncIndex();
            return out;
        }
    }

    /** Brings the search index up to the store; when an ingest holds the index, searches see what is indexed so far. */
    public void syncIndex() throws SQLException, IOException {
        try (Connection c = store.connect()) {
            index.sync(c, null);
        } catch (LockObtainFailedException busy) {
            System.err.println("isnad serve: the search index is being written by another process; it is brought up to date later");
        }
    }

    public SearchResult search(String query, int limit) throws Exception {
        return read(q -> index.search(query, limit, q.connection(), q));
    }

    @Override
    public void close() throws SQLException {
        Connection c;
        try {
            while ((c = idle.poll(0, TimeUnit.MILLISECONDS)) != null) c.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
