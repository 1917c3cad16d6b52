package org.isnad.cli.store;

import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.QueryJson;
import org.isnad.store.query.Views.EntityRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "query", description = "Ask the store about an entity: its profile, its neighbours, its timeline, or who held which role at a date.",
        subcommands = {QueryCommand.Entity.class, QueryCommand.NeighborsQuery.class, QueryCommand.TimelineQuery.class, QueryCommand.AsOfQuery.class})
public final class QueryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

    /** The entity a user's words name: an id, or a name (the most documented entity carrying it). */
    static List<EntityRef> find(GraphQueries q, String words) throws Exception {
        List<EntityRef> found = q.find(words, 10);
        if (found.isEmpty()) throw new IllegalArgumentException("no entity named «" + words + "» (try: isnad search \"" + words + "\")");
        return found;
    }

    @Command(name = "entity", description = "Profile of an entity: names, Latin name, roles over time, relations, events, sources, merge history.")
    static final class Entity implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(paramLabel = "NAME|ID", description = "a name the entity carries (any spelling, kunya case forms), or its id") String name;
        @Option(names = "--limit", description = "relations and events shown at most (default: ${DEFAULT-VALUE})") int limit = 30;
        @Option(names = "--evidence", description = "evidence sentences shown per fact (default: ${DEFAULT-VALUE})") int evidence = 1;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            try (GraphQueries q = store.queries()) {
                List<EntityRef> found = find(q, name);
                var profile = q.profile(found.get(0).id(), limit, evidence, found);
                PrintStream out = StoreOptions.out();
                if (options.json()) out.println(QueryJson.write(profile));
                else Render.profile(profile, out);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "neighbors", aliases = "neighbours", description = "Entities linked to an entity by facts, breadth first.")
    static final class NeighborsQuery implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(paramLabel = "NAME|ID") String name;
        @Option(names = "--depth", description = "links to follow (default: ${DEFAULT-VALUE})") int depth = 1;
        @Option(names = "--fanout", description = "neighbours per entity at most, the most stated links first (default: ${DEFAULT-VALUE})") int fanout = 25;

        @Override
        public Integer call() throws Exception {
            if (depth < 1 || depth > 4) throw new IllegalArgumentException("--depth must be 1 to 4");
            GraphStore store = options.open();
            try (GraphQueries q = store.queries()) {
                var n = q.neighbors(find(q, name).get(0).id(), depth, fanout);
                PrintStream out = StoreOptions.out();
                if (options.json()) out.println(QueryJson.write(n));
                else Render.neighbors(n, out);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "timeline", description = "An entity's facts in time order; conflicting dates are listed side by side.")
    static final class TimelineQuery implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(paramLabel = "NAME|ID") String name;
        @Option(names = "--limit", description = "entries shown at most (default: ${DEFAULT-VALUE})") int limit = 100;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            try (GraphQueries q = store.queries()) {
                var t = q.timeline(find(q, name).get(0).id(), limit);
                PrintStream out = StoreOptions.out();
                if (options.json()) out.println(QueryJson.write(t));
                else Render.timeline(t, out);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "asof", description = "Who led, belonged to or was affiliated with an entity at a date (and what it led or belonged to).")
    static final class AsOfQuery implements Callable<Integer> {
        @Mixin StoreOptions options;
        @Parameters(index = "0", paramLabel = "DATE", description = "2019, 2019-06 or 2019-06-14") String date;
        @Parameters(index = "1", paramLabel = "NAME|ID") String name;

        @Override
        public Integer call() throws Exception {
            GraphStore store = options.open();
            try (GraphQueries q = store.queries()) {
                var a = q.asOf(find(q, name).get(0).id(), date);
                PrintStream out = StoreOptions.out();
                if (options.json()) out.println(QueryJson.write(a));
                else Render.asOf(a, out);
                out.flush();
            }
            return 0;
        }
    }
}
