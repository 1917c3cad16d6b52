package org.isnad.cli.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.store.GraphStore;
import org.isnad.store.bench.SyntheticCorpus;
import org.isnad.store.ingest.Ingester;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.EntityRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * End-to-end ingest benchmark on generated articles (texts of this repository recombined, names
 * of a synthetic world put in): documents per second through extraction, resolution, storage and
 * indexing; then {@code query entity} latency on random entities of the store, and the store's
 * size per thousand documents.
 */
@Command(name = "ingest", description = {"Generate articles from the repository's texts and ingest them end to end into a fresh store;",
        "print docs/s, total time, query entity p50/p95 and the store size per 1,000 documents."})
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--docs", description = "articles to generate (default: ${DEFAULT-VALUE})") int docs = 100_000;

    @Option(names = "--store", paramLabel = "DIR", description = "store to create (default: a new temporary folder, deleted afterwards)") Path store;

    @Option(names = "--keep", description = "keep the temporary store") boolean keep;

    @Option(names = "--texts", paramLabel = "PATH", split = ",",
            description = "template texts: files or folders of .txt (default: isnad-core/src/test/resources/texts and samples of the repository)")
    List<Path> texts;

    @Option(names = "--threads", description = "extraction threads (default: all cores)") int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queries", description = "query entity calls to time (default: ${DEFAULT-VALUE})") int queries = 300;

    @Option(names = "--seed", description = "seed of the generated world and articles (default: ${DEFAULT-VALUE})") long seed = 7;

    @Option(names = "--quiet", description = "no progress bar") boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<Path> templates = templates();
        boolean temporary = store == null;
        Path dir = temporary ? Files.createTempDirectory("isnad-bench-") : store;
        if (Files.exists(dir.resolve("isnad.db"))) throw new IllegalArgumentException(dir + " already holds a store: give a new folder");
        PrintStream out = StoreOptions.out();
        try {
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipeline.load();
            SyntheticCorpus corpus = new SyntheticCorpus(pipeline, templates, Math.max(200, docs / 10), seed);
            out.printf(Locale.ROOT, "bench ingest: %,d articles from %d template texts; world of %,d people in %,d groups; %d cores, %d extraction threads%n",
                    docs, corpus.templates(), corpus.people(), corpus.groups(), Runtime.getRuntime().availableProcessors(), threads);
            out.flush();
            GraphStore graph = GraphStore.open(dir, true);
            Iterator<Document> generated = corpus.documents(docs, seed);
            Iterator<Ingester.Item> items = new Iterator<>() {
                @Override public boolean hasNext() { return generated.hasNext(); }
                @Override public Ingester.Item next() { Document d = generated.next(); return new Ingester.Item(d.id(), d, null, null); }
            };
            ProgressBar bar = new ProgressBar(System.err, System.console() != null);
            Ingester.Summary s = new Ingester(graph, pipeline, threads).run(items, docs, quiet ? null : bar, line -> bar.message("isnad: " + line));
            if (!quiet) bar.finish();
            double total = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> stats;
            double[] latency;
            double[] hubLatency;
            try (GraphQueries q = graph.queries()) {
                stats = q.stats();
                latency = timeQueries(q, randomNames(q, queries, "ORDER BY random()"));
                hubLatency = timeQueries(q, randomNames(q, 20, "ORDER BY documents DESC"));
            }
            Resolution check = check(graph, corpus);
            long bytes = size(dir);
            double perThousand = bytes / 1e6 / Math.max(1, s.added()) * 1000;
            out.printf(Locale.ROOT, "ingest: %,d added, %,d failed in %s = %,.1f docs/s (everything: load, generation, extraction, resolution, storage, index)%n",
                    s.added(), s.failed(), ProgressBar.duration(s.seconds()), s.added() / s.seconds());
            out.printf(Locale.ROOT, "store: %,d documents, %,d entities, %,d facts, %,d evidence, %,d mentions%n", stats.get("documents"),
                    stats.get("entities"), stats.get("facts"), stats.get("evidence"), stats.get("mentions"));
            out.printf(Locale.ROOT, "query entity (find + profile), %d random entities: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    latency.length, pct(latency, 50), pct(latency, 95), pct(latency, 100));
            out.printf(Locale.ROOT, "query entity, the 20 most documented entities: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    pct(hubLatency, 50), pct(hubLatency, 95), pct(hubLatency, 100));
            out.printf(Locale.ROOT, "resolution against the generated world: %,d of %,d people named by full name; person entities holding 2+ people: "
                    + "%.1f%% joined by the resolver, %.1f%% through a document entity that already holds two (%.1f%% of document entities do: "
                    + "generated text that links two people); entities per person's full name: %.2f (1 is ideal)%n",
                    check.seen(), corpus.people(), check.mixedByResolver(), check.mixedByText(), check.mixedLocals(), check.spread());
            out.printf(Locale.ROOT, "size: %.1f MB in all (SQLite + index) = %.2f MB per 1,000 documents%n", bytes / 1e6, perThousand);
            out.printf(Locale.ROOT, "total time: %s%s%n", ProgressBar.duration(total), temporary && !keep ? "" : "; store kept at " + dir);
            out.flush();
            return s.failed() == 0 ? 0 : 1;
        } finally {
            if (temporary && !keep) delete(dir);
        }
    }

    /**
     * @param seen            world people named in the store
     * @param mixedByResolver percent of person entities holding 2+ world people although none of their document entities does
     * @param mixedByText     percent of person entities holding 2+ world people because one of their document entities does
     *                        (the generated text itself links two people: a template alias the substitution broke)
     * @param mixedLocals     percent of person document entities holding 2+ world people
     * @param spread          entities that carry a world person's exact full name, per person (1 is ideal)
     */
    record Resolution(int seen, double mixedByResolver, double mixedByText, double mixedLocals, double spread) {}

    /** How the store's person entities compare with the generated world (its people's full names). */
    private static Resolution check(GraphStore graph, SyntheticCorpus corpus) throws Exception {
        WorldNames world = new WorldNames(graph, corpus.personNames());
        Map<Long, java.util.Set<Integer>> byEntity = new java.util.HashMap<>();
        java.util.Set<Long> textMixed = new java.util.HashSet<>();
        Map<Integer, java.util.Set<Long>> exact = new java.util.HashMap<>();
        int mixedLocals = 0, locals = 0;
        try (var c = graph.connect(); var st = c.createStatement()) {
            ObjectMapper json = new ObjectMapper();
            try (ResultSet r = st.executeQuery("SELECT entity, name, aliases FROM local_entities WHERE type = 'PERSON'")) {
                while (r.next()) {
                    long entity = r.getLong(1);
                    List<String> names = new ArrayList<>();
                    names.add(graph.forms().key(r.getString(2)));
                    for (JsonNode a : json.readTree(r.getString(3))) names.add(graph.forms().key(a.asText()));
                    java.util.Set<Integer> ws = new java.util.HashSet<>();
                    for (String n : names) {
                        ws.addAll(world.in(n));
                        Integer w = world.exact(n);
                        if (w != null) exact.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(entity);
                    }
                    if (ws.isEmpty()) continue;
                    locals++;
                    if (ws.size() > 1) {
                        mixedLocals++;
                        textMixed.add(entity);
                    }
                    byEntity.computeIfAbsent(entity, k -> new java.util.HashSet<>()).addAll(ws);
                }
            }
        }
        int withPeople = 0, byResolver = 0, byText = 0;
        for (Map.Entry<Long, java.util.Set<Integer>> e : byEntity.entrySet()) {
            withPeople++;
            if (e.getValue().size() < 2) continue;
            if (textMixed.contains(e.getKey())) byText++;
            else byResolver++;
        }
        double spread = exact.isEmpty() ? 0 : exact.values().stream().mapToInt(java.util.Set::size).average().orElse(0);
        return new Resolution(exact.size(), pct(byResolver, withPeople), pct(byText, withPeople), pct(mixedLocals, locals), spread);
    }

    private static double pct(int n, int of) { return of == 0 ? 0 : 100.0 * n / of; }

    /** The world's people found in a name: its full names, also inside a longer name the extraction made («أنيس X الطرابلسي»). */
    private static final class WorldNames {
        private final Map<String, List<Integer>> byLastWord = new java.util.HashMap<>();
        private final List<String> keys = new ArrayList<>();

        WorldNames(GraphStore graph, List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                String k = graph.forms().key(names.get(i));
                keys.add(k);
                byLastWord.computeIfAbsent(k.substring(k.lastIndexOf(' ') + 1), x -> new ArrayList<>()).add(i);
            }
        }

        Integer exact(String key) {
            int sp = key.lastIndexOf(' ');
            for (int i : byLastWord.getOrDefault(key.substring(sp + 1), List.of())) if (keys.get(i).equals(key)) return i;
            return null;
        }

        java.util.Set<Integer> in(String key) {
            java.util.Set<Integer> out = new java.util.HashSet<>();
            String padded = " " + key + " ";
            for (String word : key.split(" ")) {
                for (int i : byLastWord.getOrDefault(word, List.of())) if (padded.contains(" " + keys.get(i) + " ")) out.add(i);
            }
            return out;
        }
    }

    private List<Path> templates() throws IOException {
        List<Path> roots = texts;
        if (roots == null || roots.isEmpty()) {
            roots = new ArrayList<>();
            for (Path base : candidates()) {
                Path t = base.resolve("isnad-core/src/test/resources/texts");
                if (Files.isDirectory(t)) {
                    roots.add(t);
                    if (Files.isDirectory(base.resolve("samples"))) roots.add(base.resolve("samples"));
                    break;
                }
            }
            if (roots.isEmpty()) throw new IllegalArgumentException("cannot find the repository's texts: run from the repository or give --texts");
        }
        List<Path> out = new ArrayList<>();
        for (Path r : roots) {
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The working directory and its parents, then the folder two levels above the jar. */
    private static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) out.add(p);
        try {
            Path jar = Path.of(BenchIngestCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null && jar.getParent().getParent() != null) out.add(jar.getParent().getParent().getParent());
        } catch (Exception ignored) {
            // not from a file: only the working directory counts
        }
        return out;
    }

    private static List<String> randomNames(GraphQueries q, int n, String order) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = q.connection().prepareStatement("SELECT name FROM entities WHERE merged_into IS NULL " + order + " LIMIT ?")) {
            p.setInt(1, n);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Milliseconds per query entity (find + profile), after a warm-up pass over the same names. */
    private static double[] timeQueries(GraphQueries q, List<String> names) throws Exception {
        for (String n : names.subList(0, Math.min(50, names.size()))) profile(q, n);
        double[] ms = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            long t = System.nanoTime();
            profile(q, names.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static void profile(GraphQueries q, String name) throws Exception {
        List<EntityRef> found = q.find(name, 10);
        if (!found.isEmpty()) q.profile(found.get(0).id(), 30, 1, found);
    }

    private static double pct(double[] values, int p) {
        if (values.length == 0) return 0;
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, i))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
