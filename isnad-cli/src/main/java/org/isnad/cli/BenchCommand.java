package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of the text layer and of the whole extraction on real articles, beside a peer run of
 * Lucene's ArabicAnalyzer over the same texts in the same process, so the figures mean something
 * on whatever machine runs them.
 */
@Command(name = "bench", description = {
        "Measure the text layer (tokens/s) beside Lucene's ArabicAnalyzer on the same texts,",
        "and the whole extraction (articles/s on 1 and N threads, peak heap)."})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", description = "JSON Lines (.jsonl or .jsonl.gz, field \"text\") or a folder of .txt files; default: ../shared/data/arabic-news/articles.jsonl.gz, else samples/")
    Path input;

    @Option(names = "--limit", description = "articles to use (default: ${DEFAULT-VALUE})")
    int limit = 3000;

    @Option(names = "--threads", description = "threads for the parallel pass (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "timed rounds per pass after one warm-up round (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
        List<Document> docs = load();
        if (docs.isEmpty()) throw new IllegalArgumentException("no articles found in " + input);
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        System.out.printf("input: %s — %d articles, %.0f words/article, %.1f MB of text; %d cores; java %s%n",
                input, docs.size(), (double) words / docs.size(), chars * 2 / 1e6, Runtime.getRuntime().availableProcessors(), Runtime.version());
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.load();
        System.out.printf("pipeline load: %.2f s%n", (System.nanoTime() - t0) / 1e9);

        // 1. text layer: normalize + sentences + tokens + clitic readings, one thread
        AtomicLong tokens = new AtomicLong();
        double textSeconds = best(() -> {
            long n = 0;
            for (Document d : docs) n += pipeline.analyze(d).size();
            tokens.set(n);
        });
        // 2. the peer: Lucene's ArabicAnalyzer (tokenize, normalize, stem) over the same texts, one thread
        AtomicLong luceneTokens = new AtomicLong();
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        double luceneSeconds = best(() -> {
            long n = 0;
            for (Document d : docs) {
                try (TokenStream ts = analyzer.tokenStream("f", d.text())) {
                    ts.reset();
                    while (ts.incrementToken()) n++;
                    ts.end();
                } catch (IOException e) { throw new RuntimeException(e); }
            }
            luceneTokens.set(n);
        });
        System.out.printf("text layer, 1 thread:        %,12.0f tokens/s  (%,d tokens, %.3f s)%n", tokens.get() / textSeconds, tokens.get(), textSeconds);
        System.out.printf("Lucene ArabicAnalyzer, 1 th: %,12.0f tokens/s  (%,d tokens, %.3f s)  [peer]%n", luceneTokens.get() / luceneSeconds, luceneTokens.get(), luceneSeconds);

        // 3. whole extraction. Each timed round gets a freshly loaded pipeline, so no cache filled by
        //    an earlier round (romanized names) makes the same articles look cheaper the second time.
        resetPeaks();
        for (Document d : docs.subList(0, Math.min(docs.size(), 300))) pipeline.extract(d); // JIT warm-up
        double one = fresh(p -> { for (Document d : docs) p.extract(d); });
        System.out.printf("extraction, 1 thread:        %,12.1f articles/s  (%.3f s)%n", docs.size() / one, one);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double many = fresh(p -> runParallel(pool, p, docs));
            System.out.printf("extraction, %d threads:       %,12.1f articles/s  (%.3f s)%n", threads, docs.size() / many, many);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("peak heap during extraction: %.0f MB (max heap %.0f MB)%n", peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    private void runParallel(ExecutorService pool, Pipeline pipeline, List<Document> docs) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) fs.add(pool.submit(() -> {
            int i;
            while ((i = next.getAndIncrement()) < docs.size()) pipeline.extract(docs.get(i));
        }));
        for (Future<?> f : fs) {
            try { f.get(); } catch (Exception e) { throw new RuntimeException(e); }
        }
    }

    /** The best of the timed rounds, each on a newly loaded pipeline (load time not counted), in seconds. */
    private double fresh(java.util.function.Consumer<Pipeline> r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            Pipeline p = Pipeline.load();
            long t = System.nanoTime();
            r.accept(p);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    /** One warm-up round, then the best of the timed rounds, in seconds. */
    private double best(Runnable r) {
        r.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    private List<Document> load() throws IOException {
        if (input == null) {
            Path shared = Path.of("..", "shared", "data", "arabic-news", "articles.jsonl.gz");
            input = Files.exists(shared) ? shared : Path.of("samples");
        }
        List<Document> docs = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.walk(input)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    if (docs.size() >= limit) break;
                    docs.add(Document.of(p.getFileName().toString(), Files.readString(p)));
                }
            }
            return docs;
        }
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && docs.size() < limit) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText("");
                if (text.isBlank()) continue;
                String title = n.path("title").asText(null);
                docs.add(new Document(n.path("id").asText("doc" + docs.size()), title == null ? text : title + "\n\n" + text, title, null, null));
            }
        }
        return docs;
    }
}
