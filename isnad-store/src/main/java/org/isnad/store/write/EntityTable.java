package org.isnad.store.write;

import org.isnad.store.db.Statements;

import org.isnad.core.model.EntityType;
import org.isnad.store.resolve.BlockingKeys;
import org.isnad.store.resolve.CandidateProfile;
import org.isnad.store.resolve.ContextEvidence;
import org.isnad.store.resolve.EntityName;
import org.isnad.store.resolve.EntityResolver;
import org.isnad.store.resolve.NameForms;
import org.isnad.store.resolve.NameShape;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The writer's access to entities, aliases and blocking keys, with a cache of analysed names
 * (only the single writer changes them, so the cache is exact; it is dropped on rollback).
 */
final class EntityTable {
    /** Candidates looked up per partial key (a nisba shared by thousands): the most documented ones. */
    static final int PARTIAL_KEY_CAP = 25;
    static final int EXACT_KEY_CAP = 200;
    /** Documents of a candidate sampled for its context: its latest ones. */
    static final int CONTEXT_SAMPLE = 200;

    private record Cached(EntityType type, String kind, List<EntityName> names, Set<String> latinKeys, int documents) {}

    private final Connection c;
    private final EntityResolver resolver;
    private final NameForms forms;
    private final Map<Long, Cached> cache = new LinkedHashMap<>(1 << 14, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> e) { return size() > 100_000; }
    };
    private final Map<Long, long[]> docEntities = lru(300_000);
    private final Map<Long, long[]> entityDocs = lru(200_000);
    private final PreparedStatement insertEntity, selectEntity, selectAliases, upsertAlias, insertKey, exactKey, partialKey,
            touch, docCount, bump;
    private final Statements sql;
    private long version;

    EntityTable(Connection c, EntityResolver resolver, Statements sql) throws SQLException {
        this.c = c;
        this.sql = sql;
        this.resolver = resolver;
        this.forms = resolver.forms();
        insertEntity = c.prepareStatement("INSERT INTO entities(type, kind, name, latin, version) VALUES (?,?,?,?,?)");
        selectEntity = c.prepareStatement("SELECT type, kind, documents, merged_into FROM entities WHERE entity = ?");
        selectAliases = c.prepareStatement("SELECT alias, normalized, latin FROM aliases WHERE entity = ?");
        upsertAlias = c.prepareStatement("INSERT INTO aliases(entity, normalized, alias, name_kind, latin, mentions, first_doc, reason, score) "
                + "VALUES (?,?,?,?,?,1,?,?,?) ON CONFLICT(entity, normalized) DO UPDATE SET mentions = mentions + 1, "
                + "latin = coalesce(aliases.latin, excluded.latin)");
        insertKey = c.prepareStatement("INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?,?)");
        exactKey = c.prepareStatement("SELECT k.entity FROM entity_keys k WHERE k.key = ? LIMIT " + EXACT_KEY_CAP);
        // the most documented entities of a block; a huge block (a common nisba) is sampled first, so the cost stays bounded
        partialKey = c.prepareStatement("SELECT entity FROM (SELECT k.entity, e.documents FROM entity_keys k JOIN entities e ON e.entity = k.entity "
                + "WHERE k.key = ? LIMIT 300) ORDER BY documents DESC, entity LIMIT " + PARTIAL_KEY_CAP);
        touch = c.prepareStatement("UPDATE entities SET mentions = mentions + ?, documents = documents + ?, kind = coalesce(kind, ?), version = ?, "
                + "first_seen = CASE WHEN first_seen IS NULL OR ?6 < first_seen THEN ?6 ELSE first_seen END, "
                + "last_seen = CASE WHEN last_seen IS NULL OR ?6 > last_seen THEN ?6 ELSE last_seen END WHERE entity = ?5");
        docCount = c.prepareStatement("SELECT count(DISTINCT doc), coalesce(sum(mentions), 0) FROM local_entities WHERE entity = ?");
        bump = c.prepareStatement("UPDATE entities SET version = ? WHERE entity = ?");
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM entities")) {
            version = r.next() ? r.getLong(1) : 0;
        }
    }

    void clearCache() {
        cache.clear();
        clearContext();
    }

    void invalidate(long entity) { cache.remove(entity); }

    private static <V> Map<Long, V> lru(int max) {
        return new LinkedHashMap<>(1 << 12, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> e) { return size() > max; }
        };
    }

    long nextVersion() { return ++version; }

    long create(EntityType type, String kind, String name, String latin) throws SQLException {
        insertEntity.setString(1, type.name());
        insertEntity.setString(2, kind);
        insertEntity.setString(3, name);
        insertEntity.setString(4, latin);
        insertEntity.setLong(5, nextVersion());
        insertEntity.executeUpdate();
        try (ResultSet r = insertEntity.getGeneratedKeys()) {
            r.next();
            long id = r.getLong(1);
            cache.put(id, new Cached(type, kind, new ArrayList<>(), new HashSet<>(), 0));
            return id;
        }
    }

    /** Candidate ids for the keys: exact keys first, then partial keys (capped), without repeats. */
    List<Long> candidates(BlockingKeys keys) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        for (String k : keys.exact()) collect(exactKey, k, out);
        for (String k : keys.partial()) collect(partialKey, k, out);
        return new ArrayList<>(out);
    }

    private static void collect(PreparedStatement p, String key, Set<Long> out) throws SQLException {
        p.setString(1, key);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) out.add(r.getLong(1));
        }
    }

    /** The candidate profile of a live entity, or null when it no longer exists (merged away). */
    CandidateProfile profile(long id, boolean inSameDocument) throws SQLException {
        Cached x = cached(id);
        if (x == null) return null;
        return new CandidateProfile(id, x.type, x.kind, x.names, x.latinKeys, x.documents, inSameDocument);
    }

    private Cached cached(long id) throws SQLException {
        Cached x = cache.get(id);
        if (x != null) return x;
        EntityType type;
        String kind;
        int documents;
        selectEntity.setLong(1, id);
        try (ResultSet r = selectEntity.executeQuery()) {
            if (!r.next() || r.getObject(4) != null) return null;
            type = EntityType.valueOf(r.getString(1));
            kind = r.getString(2);
            documents = r.getInt(3);
        }
        List<EntityName> names = new ArrayList<>();
        Set<String> latin = new HashSet<>();
        selectAliases.setLong(1, id);
        try (ResultSet r = selectAliases.executeQuery()) {
            while (r.next()) {
                names.add(forms.analyze(type, r.getString(1)));
                String lk = NameForms.latinKey(r.getString(3));
                if (lk != null) latin.add(lk);
            }
        }
        x = new Cached(type, kind, names, latin, documents);
        cache.put(id, x);
        return x;
    }

    /**
     * Adds the names of a document entity to a global entity: aliases (counted) and blocking keys.
     *
     * @return whether a name new to the entity joined it
     */
    boolean addNames(long entity, EntityType type, List<EntityName> names, String latin, long doc, String reason, Double score) throws SQLException {
        Cached x = cached(entity);
        Set<String> have = new HashSet<>();
        boolean hadDistinctive = false;
        if (x != null) for (EntityName n : x.names) {
            have.add(n.key());
            hadDistinctive |= n.distinctive();
        }
        List<EntityName> fresh = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            EntityName n = names.get(i);
            upsertAlias.setLong(1, entity);
            upsertAlias.setString(2, n.key());
            upsertAlias.setString(3, n.written().strip());
            upsertAlias.setString(4, n.shape().name().toLowerCase(Locale.ROOT));
            // the extraction's Latin name belongs to its main name
            upsertAlias.setString(5, i == 0 ? latin : null);
            upsertAlias.setLong(6, doc);
            upsertAlias.setString(7, reason);
            if (score == null) upsertAlias.setNull(8, java.sql.Types.REAL);
            else upsertAlias.setDouble(8, score);
            upsertAlias.addBatch();
            if (have.add(n.key())) fresh.add(n);
        }
        upsertAlias.executeBatch();
        String latinKey = NameForms.latinKey(latin);
        Set<String> latinKeys = latinKey == null ? Set.of() : Set.of(latinKey);
        Set<String> keys = EntityResolver.nameKeys(type, fresh, latinKeys);
        boolean hasDistinctive = hadDistinctive;
        for (EntityName n : fresh) hasDistinctive |= n.distinctive();
        if (!hasDistinctive) keys.addAll(EntityResolver.shortFormKeys(type, fresh));
        else if (!hadDistinctive && have.size() > fresh.size()) dropShortFormKeys(entity);
        for (String k : keys) {
            insertKey.setString(1, k);
            insertKey.setLong(2, entity);
            insertKey.addBatch();
        }
        insertKey.executeBatch();
        if (x != null) {
            x.names.addAll(fresh);
            if (latinKey != null) x.latinKeys.add(latinKey);
        }
        return !fresh.isEmpty();
    }

    /** An entity that now has a distinctive name is no longer filed under its short forms alone. */
    void dropShortFormKeys(long entity) throws SQLException {
        PreparedStatement p = sql.get("DELETE FROM entity_keys WHERE entity = ? AND key >= 'o|' AND key < 'o}'");
        p.setLong(1, entity);
        p.executeUpdate();
    }

    /** Whether one of the entity's names is distinctive. */
    boolean hasDistinctiveName(long entity) throws SQLException {
        for (EntityName n : names(entity)) if (n.distinctive()) return true;
        return false;
    }

    /** Before {@code gone} merges into {@code keep}: forget the in-memory context that names either. */
    void forgetContextOf(long keep, long gone) throws SQLException {
        PreparedStatement p = sql.get("SELECT DISTINCT doc FROM local_entities WHERE entity = ?");
        p.setLong(1, gone);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) docEntities.remove(r.getLong(1));
        }
        entityDocs.remove(keep);
        entityDocs.remove(gone);
    }

    /**
     * Whether the canonical name should be chosen again although no new name joined: while the
     * entity is young, then every 16 documents (counts change slowly; choosing reads every alias).
     */
    boolean dueForName(long entity) throws SQLException {
        Cached x = cached(entity);
        return x == null || x.documents <= 16 || x.documents % 16 == 0;
    }

    /**
     * Which context entities the candidate's other documents (its latest {@value #CONTEXT_SAMPLE})
     * also name, with each one's document count. Served from memory: which entities each document
     * holds and which documents each entity is in, read once from the store and kept up to date
     * as documents are committed.
     */
    ContextEvidence context(long candidate, long doc, Set<Long> context, Set<Long> partners) throws SQLException {
        if (context.isEmpty() || (context.size() == 1 && context.contains(candidate))) return ContextEvidence.NONE;
        long[] wanted = new long[context.size()];
        int n = 0;
        for (long e : context) if (e != candidate) wanted[n++] = e;
        wanted = java.util.Arrays.copyOf(wanted, n);
        java.util.Arrays.sort(wanted);
        boolean[] found = new boolean[n];
        int foundCount = 0;
        for (long d : latestDocuments(candidate)) {
            if (d == doc) continue;
            for (long e : entitiesOf(d)) {
                int i = java.util.Arrays.binarySearch(wanted, e);
                if (i >= 0 && !found[i]) { found[i] = true; foundCount++; }
            }
            if (foundCount == n) break;
        }
        if (foundCount == 0) return ContextEvidence.NONE;
        Map<Long, Integer> shared = new HashMap<>();
        for (int i = 0; i < n; i++) if (found[i]) shared.put(wanted[i], 0);
        for (Long id : shared.keySet()) {
            Cached x = cached(id);
            shared.put(id, x == null ? 1 : Math.max(1, x.documents));
        }
        return ContextEvidence.of(shared, partners);
    }

    private long[] latestDocuments(long entity) throws SQLException {
        long[] docs = entityDocs.get(entity);
        if (docs != null) return docs;
        List<Long> list = new ArrayList<>();
        PreparedStatement p = sql.get("SELECT DISTINCT doc FROM local_entities WHERE entity = ? ORDER BY doc DESC LIMIT " + CONTEXT_SAMPLE);
        p.setLong(1, entity);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) list.add(r.getLong(1));
        }
        docs = list.stream().mapToLong(Long::longValue).toArray();
        entityDocs.put(entity, docs);
        return docs;
    }

    private long[] entitiesOf(long doc) throws SQLException {
        long[] ids = docEntities.get(doc);
        if (ids != null) return ids;
        List<Long> list = new ArrayList<>();
        PreparedStatement p = sql.get("SELECT DISTINCT entity FROM local_entities WHERE doc = ?");
        p.setLong(1, doc);
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) list.add(r.getLong(1));
        }
        ids = list.stream().mapToLong(Long::longValue).toArray();
        docEntities.put(doc, ids);
        return ids;
    }

    /** A committed document: its entities join the in-memory context. */
    void noteDocument(long doc, Set<Long> entitiesOfDoc) {
        docEntities.put(doc, entitiesOfDoc.stream().mapToLong(Long::longValue).toArray());
        for (long e : entitiesOfDoc) {
            long[] docs = entityDocs.get(e);
            if (docs == null) continue;
            if (docs.length > 0 && docs[0] == doc) continue;
            long[] next = new long[Math.min(CONTEXT_SAMPLE, docs.length + 1)];
            next[0] = doc;
            System.arraycopy(docs, 0, next, 1, next.length - 1);
            entityDocs.put(e, next);
        }
    }

    /** Forget the in-memory context (after merges, splits, a rollback: entity ids of documents changed). */
    void clearContext() {
        docEntities.clear();
        entityDocs.clear();
    }

    /** Adds a document's mentions to an entity's counts. */
    void touch(long entity, int mentions, int documents, String kind, String seen) throws SQLException {
        touch.setInt(1, mentions);
        touch.setInt(2, documents);
        touch.setString(3, kind);
        touch.setLong(4, nextVersion());
        touch.setLong(5, entity);
        touch.setString(6, seen);
        touch.executeUpdate();
        Cached x = cache.get(entity);
        if (x != null) cache.put(entity, new Cached(x.type, x.kind != null ? x.kind : kind, x.names, x.latinKeys, x.documents + documents));
    }

    /** Recounts an entity's documents and mentions from its document entities (after merges and splits). */
    void recount(long entity) throws SQLException {
        docCount.setLong(1, entity);
        int docs, mentions;
        try (ResultSet r = docCount.executeQuery()) {
            r.next();
            docs = r.getInt(1);
            mentions = r.getInt(2);
        }
        { PreparedStatement p = sql.get("UPDATE entities SET documents = ?, mentions = ?, version = ?, "
                + "first_seen = (SELECT min(coalesce(d.published, substr(d.ingested_at, 1, 10))) FROM local_entities l JOIN documents d ON d.doc = l.doc WHERE l.entity = ?4), "
                + "last_seen = (SELECT max(coalesce(d.published, substr(d.ingested_at, 1, 10))) FROM local_entities l JOIN documents d ON d.doc = l.doc WHERE l.entity = ?4) "
                + "WHERE entity = ?4");
            p.setInt(1, docs);
            p.setInt(2, mentions);
            p.setLong(3, nextVersion());
            p.setLong(4, entity);
            p.executeUpdate();
        }
        invalidate(entity);
    }

    void bump(long entity) throws SQLException {
        bump.setLong(1, nextVersion());
        bump.setLong(2, entity);
        bump.executeUpdate();
    }

    /**
     * Chooses the canonical name unless an analyst named the entity: the name given most often,
     * a full name outweighing short forms (a one-word name counts a third, a bare kunya two fifths).
     */
    void refreshName(long entity) throws SQLException {
        String by;
        { PreparedStatement p = sql.get("SELECT name_by FROM entities WHERE entity = ?");
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return;
                by = r.getString(1);
            }
        }
        if ("analyst".equals(by)) return;
        String best = null, bestLatin = null, anyLatin = null;
        double bestScore = -1;
        { PreparedStatement p = sql.get("SELECT alias, name_kind, mentions, latin FROM aliases WHERE entity = ?");
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String alias = r.getString(1);
                    double w = switch (NameShape.valueOf(r.getString(2).toUpperCase(Locale.ROOT))) {
                        case GENERIC -> 0.01;
                        case ONE_WORD -> 0.34;
                        case BARE_KUNYA -> 0.4;
                        // on a tie the kunya with its nisba, the name the press knows such men by
                        case FULL -> 0.98;
                        default -> 1.0;
                    };
                    double s = r.getInt(3) * w + alias.length() * 1e-4;
                    if (s > bestScore || (s == bestScore && alias.compareTo(best) < 0)) {
                        bestScore = s;
                        best = alias;
                        bestLatin = r.getString(4);
                    }
                    if (anyLatin == null) anyLatin = r.getString(4);
                }
            }
        }
        if (best == null) return;
        { PreparedStatement p = sql.get("UPDATE entities SET name = ?, latin = coalesce(?, latin, ?) WHERE entity = ? AND (name <> ? OR latin IS NOT ?)");
            p.setString(1, forms.display(best));
            p.setString(2, bestLatin);
            p.setString(3, anyLatin);
            p.setLong(4, entity);
            p.setString(5, forms.display(best));
            p.setString(6, bestLatin);
            p.executeUpdate();
        }
    }

    /** Rebuilds an entity's aliases and keys from its document entities (after a split). */
    void rebuildNames(long entity) throws SQLException {
        { PreparedStatement p = sql.get("DELETE FROM aliases WHERE entity = ?"); p.setLong(1, entity); p.executeUpdate(); }
        { PreparedStatement p = sql.get("DELETE FROM entity_keys WHERE entity = ?"); p.setLong(1, entity); p.executeUpdate(); }
        invalidate(entity);
        EntityType type = null;
        List<Object[]> rows = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT doc, type, name, aliases, latin, reason, score FROM local_entities WHERE entity = ? ORDER BY doc, local");
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getObject(7)});
            }
        }
        for (Object[] row : rows) {
            type = EntityType.valueOf((String) row[1]);
            List<EntityName> names = resolver.names(type, (String) row[2], Json.strings((String) row[3]));
            addNames(entity, type, names, (String) row[4], (Long) row[0], (String) row[5], row[6] == null ? null : ((Number) row[6]).doubleValue());
        }
        invalidate(entity);
    }

    /** The names of a live entity (for anchors and constraints), most given first. */
    List<EntityName> names(long entity) throws SQLException {
        Cached x = cached(entity);
        return x == null ? List.of() : List.copyOf(x.names);
    }

    EntityType type(long entity) throws SQLException {
        Cached x = cached(entity);
        return x == null ? null : x.type;
    }
}
