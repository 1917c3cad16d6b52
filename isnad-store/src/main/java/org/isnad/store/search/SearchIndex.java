package org.isnad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.isnad.store.CodePoints;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.store.query.Views.SearchHit;
import org.isnad.store.query.Views.SearchResult;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The Lucene index beside a store ({@code <store>/index}): one Lucene document per stored document
 * (fields {@code text}, {@code title}) and one per entity (field {@code names}: canonical name,
 * aliases and Latin names). Derived data: {@link #sync} brings it up to the store (documents above
 * the last indexed one, entities changed since), {@link #rebuild} makes it again from nothing.
 * What was indexed is recorded in each Lucene commit, so a crash loses nothing: the next sync
 * catches up.
 */
public final class SearchIndex {
    public static final String SCHEMA = "isnad.store.search/1";
    static final String LAST_DOC = "last_doc", ENTITY_VERSION = "entity_version", ENTITY_EPOCH = "entity_epoch";

    private final Path dir;
    private final Analyzer indexAnalyzer = new ArabicSearchAnalyzer(true);
    private final Analyzer queryAnalyzer = new ArabicSearchAnalyzer(false);

    public SearchIndex(Path dir) { this.dir = dir; }

    public Path dir() { return dir; }

    /** Deletes the index and builds it again from the store. */
    public long rebuild(Connection store, LongConsumer progress) throws IOException, SQLException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return sync(store, progress);
    }

    /**
     * Indexes what the store has and the index lacks, and commits.
     *
     * @return documents added to the index
     */
    public long sync(Connection store, LongConsumer progress) throws IOException, SQLException {
        try (Updater u = updater()) {
            return u.sync(store, progress);
        }
    }

    /** Opens the index for writing (it holds Lucene's write lock until closed); an ingest keeps one open for its whole run. */
    public Updater updater() throws IOException {
        Files.createDirectories(dir);
        Directory d = FSDirectory.open(dir);
        try {
            return new Updater(d, new IndexWriter(d, new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)));
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** An open index writer: {@link #sync} as often as wanted, then close. */
    public static final class Updater implements AutoCloseable {
        private final Directory d;
        private final IndexWriter w;

        private Updater(Directory d, IndexWriter w) {
            this.d = d;
            this.w = w;
        }

        @Override
        public void close() throws IOException {
            try {
                w.close();
            } finally {
                d.close();
            }
        }

        /** Indexes what the store has and the index lacks, and commits; returns the documents added. */
        public long sync(Connection store, LongConsumer progress) throws IOException, SQLException {
            Map<String, String> data = new HashMap<>();
            for (Map.Entry<String, String> e : w.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of() : iterable(w.getLiveCommitData()))
                data.put(e.getKey(), e.getValue());
            long lastDoc = Long.parseLong(data.getOrDefault(LAST_DOC, "0"));
            long entityVersion = Long.parseLong(data.getOrDefault(ENTITY_VERSION, "0"));
            String epoch = data.getOrDefault(ENTITY_EPOCH, "");
            long maxDoc = single(store, "SELECT coalesce(max(doc), 0) FROM documents");
            String storeEpoch = meta(store, "entity_epoch");
            if (lastDoc > maxDoc) {
                // an index of another store: start again
                w.deleteAll();
                lastDoc = 0;
                entityVersion = 0;
            }
            if (!storeEpoch.equals(epoch)) {
                // entities were resolved again: their ids and versions start over
                w.deleteDocuments(new Term("kind", "entity"));
                entityVersion = -1;
            }
            long added = 0;
            try (PreparedStatement p = store.prepareStatement("SELECT doc, id, title, text FROM documents WHERE doc > ? ORDER BY doc")) {
                p.setLong(1, lastDoc);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long doc = r.getLong(1);
                        org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                        ld.add(new StringField("kind", "doc", Field.Store.NO));
                        ld.add(new StringField("key", "doc:" + doc, Field.Store.NO));
                        ld.add(new StoredField("doc", doc));
                        if (r.getString(3) != null) ld.add(new TextField("title", r.getString(3), Field.Store.NO));
                        ld.add(new TextField("text", r.getString(4), Field.Store.NO));
                        w.updateDocument(new Term("key", "doc:" + doc), ld);
                        lastDoc = doc;
                        added++;
                        if (progress != null && added % 1000 == 0) progress.accept(added);
                    }
                }
            }
            long maxVersion = entityVersion;
            try (PreparedStatement p = store.prepareStatement("SELECT e.entity, e.version, e.merged_into, e.name, e.latin, a.alias, a.latin FROM entities e "
                    + "LEFT JOIN aliases a ON a.entity = e.entity WHERE e.version > ? ORDER BY e.entity")) {
                p.setLong(1, entityVersion);
                try (ResultSet r = p.executeQuery()) {
                    long current = -1;
                    boolean merged = false;
                    List<String> values = null;
                    while (r.next()) {
                        long id = r.getLong(1);
                        maxVersion = Math.max(maxVersion, r.getLong(2));
                        if (id != current) {
                            if (current >= 0) indexEntity(w, current, merged ? null : values);
                            current = id;
                            merged = r.getObject(3) != null;
                            values = new ArrayList<>();
                            values.add(r.getString(4));
                            if (r.getString(5) != null) values.add(r.getString(5));
                        }
                        if (r.getString(6) != null) values.add(r.getString(6));
                        if (r.getString(7) != null) values.add(r.getString(7));
                    }
                    if (current >= 0) indexEntity(w, current, merged ? null : values);
                }
            }
            Map<String, String> commit = new HashMap<>();
            commit.put(LAST_DOC, Long.toString(lastDoc));
            commit.put(ENTITY_VERSION, Long.toString(Math.max(0, maxVersion)));
            commit.put(ENTITY_EPOCH, storeEpoch);
            w.setLiveCommitData(commit.entrySet());
            w.commit();
            return added;
        }
    }

    private static <T> Iterable<T> iterable(Iterable<T> it) { return it; }

    private static void indexEntity(IndexWriter w, long id, List<String> names) throws IOException {
        Term key = new Term("key", "entity:" + id);
        if (names == null) {
            w.deleteDocuments(key);
            return;
        }
        org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
        ld.add(new StringField("kind", "entity", Field.Store.NO));
        ld.add(new StringField("key", "entity:" + id, Field.Store.NO));
        ld.add(new StoredField("entity", id));
        for (String n : new HashSet<>(names)) ld.add(new TextField("names", n, Field.Store.NO));
        w.updateDocument(key, ld);
    }

    /** Documents in the store not yet in the index (0 when up to date or when there is no index yet and no document). */
    public long behind(Connection store) throws SQLException, IOException {
        long maxDoc = single(store, "SELECT coalesce(max(doc), 0) FROM documents");
        if (!Files.exists(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) return maxDoc;
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            String last = r.getIndexCommit().getUserData().getOrDefault(LAST_DOC, "0");
            return Math.max(0, maxDoc - Long.parseLong(last));
        }
    }

    /** Stored documents in the index (0 when there is no index). */
    public long documentCount() throws IOException {
        if (!Files.exists(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) return 0;
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(new TermQuery(new Term("kind", "doc")));
        }
    }

    // ------------------------------------------------------------------ searching

    /**
     * Searches entity names and document texts. The query uses Lucene's syntax (quotes for phrases,
     * OR, -); words are all required by default and an exact phrase of them ranks first.
     *
     * @param limit documents returned (entities: the same number at most)
     */
    public SearchResult search(String query, int limit, Connection store, GraphQueries refs) throws IOException, SQLException {
        if (!DirectoryReader.indexExists(FSDirectory.open(dir))) return new SearchResult(SCHEMA, query, 0, List.of(), List.of());
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query text = parse(query, "text");
            Query title = parse(query, "title");
            Query names = parse(query, "names");
            Query docs = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("kind", "doc")), BooleanClause.Occur.FILTER)
                    .add(new BooleanQuery.Builder().add(text, BooleanClause.Occur.SHOULD).add(new BoostQuery(title, 0.5f), BooleanClause.Occur.SHOULD).build(),
                            BooleanClause.Occur.MUST)
                    .build();
            Query ents = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("kind", "entity")), BooleanClause.Occur.FILTER)
                    .add(names, BooleanClause.Occur.MUST).build();
            Set<String> terms = new HashSet<>();
            Set<Term> collected = new HashSet<>();
            text.visit(QueryVisitor.termCollector(collected));
            for (Term t : collected) terms.add(t.text());

            List<SearchHit> entityHits = new ArrayList<>();
            TopDocs te = searcher.search(ents, limit);
            for (ScoreDoc sd : te.scoreDocs) {
                long id = searcher.storedFields().document(sd.doc).getField("entity").numericValue().longValue();
                long live = refs.live(id);
                if (live < 0) continue;
                EntityRef ref = refs.ref(live);
                entityHits.add(new SearchHit("entity", 0, null, null, null, null, sd.score, ref.name(), highlight(ref.name(), terms), ref));
            }
            TopDocs td = searcher.search(docs, limit);
            List<SearchHit> docHits = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) {
                long doc = searcher.storedFields().document(sd.doc).getField("doc").numericValue().longValue();
                try (PreparedStatement p = store.prepareStatement("SELECT id, title, published, source, text FROM documents WHERE doc = ?")) {
                    p.setLong(1, doc);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) continue;
                        String[] best = bestSentence(r.getString(5), terms);
                        docHits.add(new SearchHit("document", doc, r.getString(1), r.getString(2), r.getString(3), r.getString(4), sd.score,
                                best[0], highlight(best[0], terms), null));
                    }
                }
            }
            return new SearchResult(SCHEMA, query, td.totalHits.value, entityHits, docHits);
        }
    }

    private Query parse(String query, String field) throws IOException {
        QueryParser parser = new QueryParser(field, queryAnalyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAutoGeneratePhraseQueries(false);
        try {
            Query q = parser.parse(query);
            String words = query.strip();
            if (words.contains(" ") && !words.contains("\"") && !words.matches(".*[()+\\-:*?~^\\[\\]{}].*")) {
                Query phrase = parser.parse("\"" + QueryParser.escape(words) + "\"");
                return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST).add(new BoostQuery(phrase, 3f), BooleanClause.Occur.SHOULD).build();
            }
            return q;
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot read the query: " + e.getMessage());
            }
        }
    }

    /** The sentence of a text with the most distinct query terms (the first on a tie). */
    String[] bestSentence(String text, Set<String> terms) throws IOException {
        String best = null;
        int bestCount = -1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || isSentenceEnd(text.charAt(i));
            if (!end) continue;
            int e = Math.min(text.length(), i + 1);
            String s = text.substring(start, e).strip();
            start = e;
            if (s.isEmpty()) continue;
            int n = matchedTerms(s, terms);
            if (n > bestCount) {
                bestCount = n;
                best = s;
            }
        }
        if (best == null) best = text.strip();
        if (best.length() > 600) best = best.substring(0, 600) + "…";
        return new String[] {best};
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n' || c == '\u06D4';
    }

    private int matchedTerms(String sentence, Set<String> terms) throws IOException {
        Set<String> hit = new HashSet<>();
        try (TokenStream ts = indexAnalyzer.tokenStream("text", new StringReader(sentence))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) if (terms.contains(t.toString())) hit.add(t.toString());
            ts.end();
        }
        return hit.size();
    }

    /** Code point ranges [start, end) of the words of {@code s} that match query terms. */
    public List<int[]> highlight(String s, Set<String> terms) {
        List<int[]> out = new ArrayList<>();
        if (s == null) return out;
        CodePoints cp = new CodePoints(s);
        try (TokenStream ts = indexAnalyzer.tokenStream("text", new StringReader(s))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = -1;
            while (ts.incrementToken()) {
                if (terms.contains(t.toString()) && o.startOffset() != lastStart) {
                    out.add(new int[] {cp.of(o.startOffset()), cp.of(o.endOffset())});
                    lastStart = o.startOffset();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getString(1) != null ? r.getString(1) : "0";
            }
        }
    }
}
