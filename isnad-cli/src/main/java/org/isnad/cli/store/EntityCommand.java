package org.isnad.cli.store;

import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.write.GraphWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "entity", description = {
        "Analysts' decisions on entities: merge two, split an alias off, rename. Each one is logged (table merges) and",
        "re-applied after re-resolution; new documents respect them."},
        subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class, EntityCommand.Rename.class, EntityCommand.Reresolve.class})
public final class EntityCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

    static long id(GraphStore store, String arg) throws Exception {
        try (GraphQueries q = store.queries()) {
            return QueryCommand.find(q, arg).get(0).id();
        }
    }

    static String describe(GraphStore store, long id) throws Exception {
        try (GraphQueries q = store.queries()) {
            EntityRef r = q.ref(id);
            return Render.ref(r);
        }
    }

    /** The index learns of the change at once (it is cheap: only changed entities are re-read). */
    static void reindex(GraphStore store) throws Exception {
        try (var c = store.connect()) {
            new SearchIndex(store.indexDir()).sync(c, null);
        }
    }

    @Command(name = "merge", description = "Merge entity OTHER into entity KEEP (ids or names).")
    static final class Merge implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(index = "0", paramLabel = "KEEP") String keep;
        @Parameters(index = "1", paramLabel = "OTHER") String other;
        @Option(names = "--reason", description = "why (kept in the log)") String reason;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            long a = id(store, keep), b = id(store, other);
            long kept;
            try (GraphWriter w = store.writer()) {
                kept = w.merge(a, b, reason);
            }
            reindex(store);
            PrintStream out = StoreOptions.out();
            if (options.json()) out.printf(Locale.ROOT, "{\"action\":\"merge\",\"entity\":%d,\"merged\":%d}%n", kept, b);
            else out.println("merged #" + b + " into " + describe(store, kept));
            out.flush();
            return 0;
        }
    }

    @Command(name = "split", description = "Split the documents' entities that gave NAME to ENTITY off into a new entity; they stay apart from now on.")
    static final class Split implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(index = "0", paramLabel = "ENTITY") String entity;
        @Option(names = "--alias", required = true, paramLabel = "NAME", description = "the alias to split off") String alias;
        @Option(names = "--reason", description = "why (kept in the log)") String reason;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            long e = id(store, entity);
            long created;
            try (GraphWriter w = store.writer()) {
                created = w.split(e, alias, reason);
            }
            reindex(store);
            PrintStream out = StoreOptions.out();
            if (options.json()) out.printf(Locale.ROOT, "{\"action\":\"split\",\"entity\":%d,\"created\":%d}%n", e, created);
            else out.println("split «" + alias + "» off " + describe(store, e) + " into " + describe(store, created));
            out.flush();
            return 0;
        }
    }

    @Command(name = "rename", description = "Give ENTITY the canonical name NAME (kept through new documents and re-resolution).")
    static final class Rename implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(index = "0", paramLabel = "ENTITY") String entity;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Option(names = "--reason", description = "why (kept in the log)") String reason;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            long e = id(store, entity);
            try (GraphWriter w = store.writer()) {
                w.rename(e, name, reason);
            }
            reindex(store);
            PrintStream out = StoreOptions.out();
            if (options.json()) out.printf(Locale.ROOT, "{\"action\":\"rename\",\"entity\":%d}%n", e);
            else out.println("renamed " + describe(store, e));
            out.flush();
            return 0;
        }
    }

    @Command(name = "reresolve", description = "Resolve every stored document entity again from scratch, then re-apply the analysts' decisions. Entity ids change.")
    static final class Reresolve implements Callable<Integer> {
        @Mixin StoreOptions options;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            long t0 = System.nanoTime();
            long entities;
            try (GraphWriter w = store.writer()) {
                entities = w.reresolve(null);
            }
            reindex(store);
            PrintStream out = StoreOptions.out();
            double s = (System.nanoTime() - t0) / 1e9;
            if (options.json()) out.printf(Locale.ROOT, "{\"action\":\"reresolve\",\"entities\":%d,\"seconds\":%.3f}%n", entities, s);
            else out.printf(Locale.ROOT, "re-resolved: %,d entities (%.1f s)%n", entities, s);
            out.flush();
            return 0;
        }
    }
}
