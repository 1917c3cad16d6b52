package org.isnad.store.write;

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
    private final PreparedStatement insertEntity, selectEntity, selectAliases, upsertAlias, insertKey, exactKey, partialKey,
            touch, docCount, bump;
    private long version;

    EntityTable(Connection c, EntityResolver resolver) throws SQLException {
        this.c = c;
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
        partialKey = c.prepareStatement("SELECT k.entity FROM entity_keys k JOIN entities e ON e.entity = k.entity WHERE k.key = ? "
                + "ORDER BY e.documents DESC, k.entity LIMIT " + PARTIAL_KEY_CAP);
        touch = c.prepareStatement("UPDATE entities SET mentions = mentions + ?, documents = documents + ?, kind = coalesce(kind, ?), version = ? WHERE entity = ?");
        docCount = c.prepareStatement("SELECT count(DISTINCT doc), coalesce(sum(mentions), 0) FROM local_entities WHERE entity = ?");
        bump = c.prepareStatement("UPDATE entities SET version = ? WHERE entity = ?");
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM entities")) {
            version = r.next() ? r.getLong(1) : 0;
        }
    }

    void clearCache() { cache.clear(); }

    void invalidate(long entity) { cache.remove(entity); }

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

    /** Adds the names of a document entity to a global entity: aliases (counted) and blocking keys. */
    void addNames(long entity, EntityType type, List<EntityName> names, String latin, long doc, String reason, Double score) throws SQLException {
        Cached x = cached(entity);
        Set<String> have = new HashSet<>();
        if (x != null) for (EntityName n : x.names) have.add(n.key());
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
        for (String k : EntityResolver.entityKeys(type, fresh, latinKeys)) {
            insertKey.setString(1, k);
            insertKey.setLong(2, entity);
            insertKey.addBatch();
        }
        insertKey.executeBatch();
        if (x != null) {
            x.names.addAll(fresh);
            if (latinKey != null) x.latinKeys.add(latinKey);
        }
    }

    /**
     * Which context entities the candidate's other documents also name, with each one's document count.
     */
    ContextEvidence context(long candidate, long doc, Set<Long> context, Set<Long> partners) throws SQLException {
        if (context.isEmpty()) return ContextEvidence.NONE;
        List<Long> ids = new ArrayList<>(context);
        ids.remove(candidate);
        if (ids.isEmpty()) return ContextEvidence.NONE;
        StringBuilder sql = new StringBuilder("SELECT DISTINCT b.entity FROM (SELECT doc FROM local_entities WHERE entity = ? AND doc <> ? "
                + "ORDER BY doc DESC LIMIT " + CONTEXT_SAMPLE + ") d JOIN local_entities b ON b.doc = d.doc WHERE b.entity IN (");
        for (int i = 0; i < ids.size(); i++) sql.append(i == 0 ? "?" : ",?");
        sql.append(')');
        Map<Long, Integer> shared = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            p.setLong(1, candidate);
            p.setLong(2, doc);
            for (int i = 0; i < ids.size(); i++) p.setLong(3 + i, ids.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) shared.put(r.getLong(1), 0);
            }
        }
        if (shared.isEmpty()) return ContextEvidence.NONE;
        for (Long id : shared.keySet()) {
            Cached x = cached(id);
            shared.put(id, x == null ? 1 : Math.max(1, x.documents));
        }
        return ContextEvidence.of(shared, partners);
    }

    /** Adds a document's mentions to an entity's counts. */
    void touch(long entity, int mentions, int documents, String kind) throws SQLException {
        touch.setInt(1, mentions);
        touch.setInt(2, documents);
        touch.setString(3, kind);
        touch.setLong(4, nextVersion());
        touch.setLong(5, entity);
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
        try (PreparedStatement p = c.prepareStatement("UPDATE entities SET documents = ?, mentions = ?, version = ? WHERE entity = ?")) {
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
        try (PreparedStatement p = c.prepareStatement("SELECT name_by FROM entities WHERE entity = ?")) {
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return;
                by = r.getString(1);
            }
        }
        if ("analyst".equals(by)) return;
        String best = null, bestLatin = null, anyLatin = null;
        double bestScore = -1;
        try (PreparedStatement p = c.prepareStatement("SELECT alias, name_kind, mentions, latin FROM aliases WHERE entity = ?")) {
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String alias = r.getString(1);
                    double w = switch (NameShape.valueOf(r.getString(2).toUpperCase(Locale.ROOT))) {
                        case GENERIC -> 0.01;
                        case ONE_WORD -> 0.34;
                        case BARE_KUNYA -> 0.4;
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
        try (PreparedStatement p = c.prepareStatement("UPDATE entities SET name = ?, latin = coalesce(?, latin, ?) WHERE entity = ? AND (name <> ? OR latin IS NOT ?)")) {
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
        try (PreparedStatement p = c.prepareStatement("DELETE FROM aliases WHERE entity = ?")) { p.setLong(1, entity); p.executeUpdate(); }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM entity_keys WHERE entity = ?")) { p.setLong(1, entity); p.executeUpdate(); }
        invalidate(entity);
        EntityType type = null;
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT doc, type, name, aliases, latin, reason, score FROM local_entities WHERE entity = ? ORDER BY doc, local")) {
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
