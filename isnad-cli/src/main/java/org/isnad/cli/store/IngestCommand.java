package org.isnad.cli.store;

import org.isnad.core.pipeline.Pipeline;
import org.isnad.ingest.read.TextFiles;
import org.isnad.store.GraphStore;
import org.isnad.store.ingest.Ingester;
import org.isnad.store.query.GraphQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = {
        "Extract documents and add them to the store's knowledge graph (entities resolved across documents, facts with their evidence).",
        "Content already in the store is skipped, so running the same command again adds nothing; an interrupted run can simply be run again.",
        "A document that cannot be read or extracted is reported and the batch goes on (exit code 1)."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders (read recursively) or - for standard input")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "DATE", description = "publication date for inputs that give none (2019-10-27)")
    String published;

    @Option(names = "--max-mb", paramLabel = "MB", description = "refuse documents larger than this (default: ${DEFAULT-VALUE})")
    double maxMb = TextFiles.DEFAULT_MAX_BYTES / 1e6;

    @Option(names = "--threads", description = "extraction threads (default: all cores); one thread writes")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--no-index", description = "do not update the search index (bring it up later with: isnad index sync)")
    boolean noIndex;

    private final DocumentInputs reader = new TextFileInputs();

    @Override
    public Integer call() throws Exception {
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
            throw new IllegalArgumentException("--published must be an ISO date such as 2019-10-27, 2019-10 or 2019");
        GraphStore store = GraphStore.open(options.store, true);
        long total = reader.count(inputs);
        Pipeline pipeline = Pipeline.load();
        ProgressBar bar = new ProgressBar(System.err, System.console() != null);
        Ingester.Summary s = new Ingester(store, pipeline, threads).withIndex(!noIndex)
                .run(reader.read(inputs, (long) (maxMb * 1e6), published), total, quiet ? null : bar, line -> bar.message("isnad: " + line));
        if (!quiet) bar.finish();
        Map<String, Long> stats;
        try (GraphQueries q = store.queries()) {
            stats = q.stats();
        }
        PrintStream out = StoreOptions.out();
        if (options.json()) {
            out.printf(Locale.ROOT, "{\"schema\":\"isnad.store.ingest/1\",\"added\":%d,\"unchanged\":%d,\"failed\":%d,\"warnings\":%d,\"seconds\":%.3f,"
                            + "\"docs_per_second\":%.1f,\"store\":{\"documents\":%d,\"entities\":%d,\"facts\":%d,\"evidence\":%d}}%n",
                    s.added(), s.unchanged(), s.failed(), s.warnings(), s.seconds(), s.docsPerSecond(), stats.get("documents"), stats.get("entities"),
                    stats.get("facts"), stats.get("evidence"));
        } else {
            out.printf(Locale.ROOT, "added %,d, unchanged %,d, failed %,d in %s (%,.1f docs/s)%n", s.added(), s.unchanged(), s.failed(),
                    ProgressBar.duration(s.seconds()), s.docsPerSecond());
            out.printf(Locale.ROOT, "store %s: %,d documents, %,d entities, %,d facts, %,d evidence%n", options.store, stats.get("documents"),
                    stats.get("entities"), stats.get("facts"), stats.get("evidence"));
        }
        out.flush();
        return s.failed() == 0 ? 0 : 1;
    }
}
