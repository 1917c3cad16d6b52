package org.isnad.cli.store;

import org.isnad.store.ingest.Ingester;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Where ingest reads its documents from. The text-file reader serves now; a reader of HTML,
 * Telegram exports, JSON Lines, PDF and Word files plugs in here by mapping its results
 * (input, document, error, warning) to {@link Ingester.Item}.
 */
public interface DocumentInputs {
    /** The inputs expanded (folders recursively) and read lazily, one item per document or failure. */
    Iterator<Ingester.Item> read(List<String> inputs, long maxBytes, String published) throws IOException;

    /** How many items {@link #read} will give, or -1 when it cannot tell before reading. */
    long count(List<String> inputs) throws IOException;
}
