package org.isnad.cli.store;

import org.isnad.store.GraphStore;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.QueryJson;
import org.isnad.store.search.SearchIndex;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", description = {
        "Full-text search of the store: entity names and aliases, then documents with the sentence of the hit.",
        "Arabic-aware: «البغدادي» finds «بالبغدادي», «للبغدادي», «والبغدادي»; spelling variants of hamza, ta marbuta and alef maqsura match.",
        "Lucene syntax: \"exact phrase\", OR, -word; all words are required by default."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Parameters(arity = "1..*", paramLabel = "WORDS") List<String> words;

    @Option(names = "--limit", description = "documents shown (default: ${DEFAULT-VALUE})") int limit = 10;

    @Override
    public Integer call() throws Exception {
        GraphStore store = options.open();
        SearchIndex index = new SearchIndex(store.indexDir());
        String query = String.join(" ", words);
        try (GraphQueries q = store.queries()) {
            if (index.behind(q.connection()) > 0) {
                try {
                    index.sync(q.connection(), null);
                } catch (LockObtainFailedException busy) {
                    System.err.println("isnad: the index is being written (an ingest is running); searching what is indexed so far");
                }
            }
            var result = index.search(query, limit, q.connection(), q);
            PrintStream out = StoreOptions.out();
            if (options.json()) out.println(QueryJson.write(result));
            else Render.search(result, out);
            out.flush();
        }
        return 0;
    }
}
