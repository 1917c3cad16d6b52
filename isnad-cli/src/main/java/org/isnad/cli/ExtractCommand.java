package org.isnad.cli;

import org.isnad.core.json.ExtractionJson;
import org.isnad.core.model.Extraction;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.ingest.read.ReadOptions;
import org.isnad.ingest.read.ReadResult;
import org.isnad.ingest.read.Sources;
import org.isnad.ingest.read.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "extract", description = {
        "Extract entities, aliases, relations, events and dates from Arabic articles or posts.",
        "FILE may be a file, a folder (read recursively) or - for standard input: plain text, HTML pages,",
        "Telegram Desktop exports (result.json), JSON Lines (.jsonl, .jsonl.gz), PDF or Word (.docx)."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders, or - for standard input")
    List<String> inputs;

    @Option(names = "--format", description = "text (readable summary, default) or json (one JSON object per document, JSON Lines)")
    Format format = Format.text;

    @Option(names = "--published", paramLabel = "DATE", description = "publication date (2019-10-27) that anchors relative dates such as «قبل يومين», for inputs that give none")
    String published;

    @Option(names = "--max-mb", paramLabel = "MB", description = "refuse documents larger than this (default: ${DEFAULT-VALUE})")
    double maxMb = TextFiles.DEFAULT_MAX_BYTES / 1e6;

    @Override
    public Integer call() throws Exception {
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
            throw new IllegalArgumentException("--published must be an ISO date such as 2019-10-27, 2019-10 or 2019");
        if (!(maxMb > 0)) throw new IllegalArgumentException("--max-mb must be positive");
        Pipeline pipeline = Pipeline.load();
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        int failed = 0;
        try (Stream<ReadResult> results = Sources.read(inputs, new ReadOptions((long) (maxMb * 1e6), published))) {
            for (Iterator<ReadResult> it = results.iterator(); it.hasNext(); ) {
                ReadResult read = it.next();
                if (!read.isOk()) {
                    failed++;
                    System.err.println("isnad: " + read.input() + ": " + read.error() + " (skipped)");
                    continue;
                }
                if (read.warning() != null) System.err.println("isnad: " + read.input() + ": warning: " + read.warning());
                try {
                    Extraction x = pipeline.extract(read.document());
                    if (format == Format.json) out.println(ExtractionJson.toJsonLine(x));
                    else Summary.print(x, out);
                } catch (RuntimeException | StackOverflowError e) {
                    failed++;
                    System.err.println("isnad: " + read.input() + ": extraction failed: " + e + " (skipped)");
                }
                out.flush();
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
