package org.isnad.cli.store;

import org.isnad.store.GraphStore;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/** Options every store command takes: where the store is and how to print answers. */
public final class StoreOptions {
    public enum Format { text, json }

    @Option(names = "--store", paramLabel = "DIR", description = "the store's folder (default: ./" + GraphStore.DEFAULT_DIR + ")")
    Path store = Path.of(GraphStore.DEFAULT_DIR);

    @Option(names = "--format", description = "text (readable, default) or json (one JSON object, stable shape; see docs/store.md)")
    Format format = Format.text;

    GraphStore open() throws SQLException {
        return GraphStore.open(store, false);
    }

    boolean json() { return format == Format.json; }

    static PrintStream out() {
        return new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    }
}
