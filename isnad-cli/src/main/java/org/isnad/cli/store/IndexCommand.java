package org.isnad.cli.store;

import org.isnad.store.GraphStore;
import org.isnad.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "index", description = {"The search index beside the store (<store>/index), derived from the store.",
        "rebuild: delete it and index every document and entity again; sync: index what is missing."})
public final class IndexCommand implements Callable<Integer> {
    enum Action { rebuild, sync }

    @Mixin StoreOptions options;

    @Parameters(paramLabel = "ACTION", description = "rebuild or sync") Action action;

    @Override
    public Integer call() throws Exception {
        GraphStore store = options.open();
        SearchIndex index = new SearchIndex(store.indexDir());
        long t0 = System.nanoTime();
        long n;
        try (var c = store.connect()) {
            n = action == Action.rebuild ? index.rebuild(c, null) : index.sync(c, null);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        PrintStream out = StoreOptions.out();
        if (options.json()) out.printf(Locale.ROOT, "{\"action\":\"%s\",\"documents\":%d,\"seconds\":%.3f}%n", action, n, s);
        else out.printf(Locale.ROOT, "%s: %,d documents indexed in %.1f s%n", action, n, s);
        out.flush();
        return 0;
    }
}
