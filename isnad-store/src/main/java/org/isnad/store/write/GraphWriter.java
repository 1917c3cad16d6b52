package org.isnad.store.write;

import org.isnad.store.db.Statements;

import org.isnad.core.model.Argument;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Relation;
import org.isnad.store.CodePoints;
import org.isnad.store.fact.Dates;
import org.isnad.store.fact.FactRules;
import org.isnad.store.resolve.Basis;
import org.isnad.store.resolve.CandidateProfile;
import org.isnad.store.resolve.Constraints;
import org.isnad.store.resolve.ContextEvidence;
import org.isnad.store.resolve.Decision;
import org.isnad.store.resolve.EntityName;
import org.isnad.store.resolve.EntityResolver;
import org.isnad.store.resolve.LocalProfile;
import org.isnad.store.resolve.Match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's single writer: adds extracted documents (each in one transaction: document,
 * resolution of its entities, mentions, facts and evidence), records analysts' merges, splits
 * and renames, and re-runs resolution from the stored document entities. Not thread-safe: one
 * thread owns it.
 */
public final class GraphWriter implements AutoCloseable {
    /** Outcome of adding one document. */
    public record AddResult(long doc, boolean added, int entities, int newEntities, int facts) {}

    private final Connection c;
    private final EntityResolver resolver;
    private final FactRules rules;
    private final EntityTable entities;
    private final FactTable facts;
    private final PreparedStatement hashLookup, insertDoc, upsertSource, insertLocal, insertMention, updateLocal;
    private final Statements sql;
    private Constraints constraints;

    public GraphWriter(Connection c, EntityResolver resolver, FactRules rules) throws SQLException {
        this.c = c;
        this.resolver = resolver;
        this.rules = rules;
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // checkpoint the write-ahead log every ~80 MB rather than every 4 MB: fewer syncs while ingesting
            s.execute("PRAGMA wal_autocheckpoint=20000");
        }
        this.sql = new Statements(c);
        this.entities = new EntityTable(c, resolver, sql);
        this.facts = new FactTable(c, rules, sql);
        hashLookup = c.prepareStatement("SELECT doc FROM documents WHERE content_hash = ?");
        insertDoc = c.prepareStatement("INSERT INTO documents(id, content_hash, title, published, source, url, input, language, text, ingested_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)");
        upsertSource = c.prepareStatement("INSERT INTO sources(name, documents, first_seen, last_seen) VALUES (?,1,?,?) ON CONFLICT(name) DO UPDATE SET "
                + "documents = documents + 1, first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)");
        insertLocal = c.prepareStatement("INSERT INTO local_entities(doc, local, entity, type, kind, name, latin, aliases, mentions, reason, score) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        updateLocal = c.prepareStatement("UPDATE local_entities SET entity = ?, reason = ?, score = ? WHERE doc = ? AND local = ?");
        insertMention = c.prepareStatement("INSERT OR IGNORE INTO mentions(doc, start, end, text, local, entity) VALUES (?,?,?,?,?,?)");
        this.constraints = loadConstraints();
    }

    public static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every content hash in the store (to skip known documents before extracting them). */
    public Set<String> contentHashes() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT content_hash FROM documents")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    // ------------------------------------------------------------------ documents

    /** Adds one extracted document in one transaction; a document whose text is already stored adds nothing. */
    public AddResult add(Extraction x, String input) throws SQLException {
        Document d = x.document();
        String hash = contentHash(d.text());
        hashLookup.setString(1, hash);
        try (ResultSet r = hashLookup.executeQuery()) {
            if (r.next()) return new AddResult(r.getLong(1), false, 0, 0, 0);
        }
        c.setAutoCommit(false);
        try {
            Set<Long> touched = new HashSet<>();
            AddResult result = write(x, input, hash, touched);
            c.commit();
            entities.noteDocument(result.doc(), touched);
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            entities.clearCache();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private AddResult write(Extraction x, String input, String hash, Set<Long> touched) throws SQLException {
        Document d = x.document();
        String now = Instant.now().toString();
        String published = Dates.valid(d.published()) ? d.published() : null;
        insertDoc.setString(1, d.id());
        insertDoc.setString(2, hash);
        insertDoc.setString(3, d.title());
        insertDoc.setString(4, d.published());
        insertDoc.setString(5, d.source());
        insertDoc.setString(6, d.url());
        insertDoc.setString(7, input);
        insertDoc.setString(8, x.language());
        insertDoc.setString(9, d.text());
        insertDoc.setString(10, now);
        insertDoc.executeUpdate();
        long doc;
        try (ResultSet r = insertDoc.getGeneratedKeys()) {
            r.next();
            doc = r.getLong(1);
        }
        String seen = published != null ? published : now.substring(0, 10);
        if (d.source() != null && !d.source().isBlank()) {
            upsertSource.setString(1, d.source());
            upsertSource.setString(2, seen);
            upsertSource.setString(3, seen);
            upsertSource.executeUpdate();
        }

        Map<String, Integer> mentionCounts = new HashMap<>();
        for (Entity e : x.entities()) mentionCounts.put(e.id(), e.mentions().size());
        Map<String, Long> resolved = new HashMap<>();
        int[] fresh = {0};
        resolveDocument(doc, seen, x.entities(), partners(x), mentionCounts, true, resolved, fresh);
        touched.addAll(resolved.values());

        CodePoints cp = new CodePoints(d.text());
        for (Entity e : x.entities()) {
            long entity = resolved.get(e.id());
            for (Mention m : e.mentions()) {
                insertMention.setLong(1, doc);
                insertMention.setInt(2, cp.of(m.span().start()));
                insertMention.setInt(3, cp.of(m.span().end()));
                insertMention.setString(4, m.text());
                insertMention.setString(5, e.id());
                insertMention.setLong(6, entity);
                insertMention.addBatch();
            }
        }
        insertMention.executeBatch();

        int factCount = 0;
        Set<Long> factsOfDoc = new HashSet<>();
        for (FactTable.Evidence ev : evidence(doc, x, resolved, cp, seen)) {
            long fact = facts.factFor(facts.key(ev), ev);
            facts.add(ev, factsOfDoc.add(fact), fact);
            factCount++;
        }
        return new AddResult(doc, true, x.entities().size(), fresh[0], factCount);
    }

    /** Which document entities share a relation or an event: context that weighs double. */
    private static Map<String, Set<String>> partners(Extraction x) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Relation r : x.relations()) link(out, List.of(r.subject(), r.object()));
        for (Event e : x.events()) {
            List<String> ids = new ArrayList<>();
            for (Argument a : e.arguments()) ids.add(a.entity());
            if (e.location() != null) ids.add(e.location());
            link(out, ids);
        }
        return out;
    }

    private static void link(Map<String, Set<String>> out, List<String> ids) {
        for (String a : ids) for (String b : ids) if (!a.equals(b)) out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
    }

    /**
     * Resolves the entities of one document against the store, distinctive names first so that
     * short forms have context; writes (or, on re-resolution, updates) the document entity rows,
     * the aliases and keys, and the entities' counts and names.
     */
    private void resolveDocument(long doc, String seen, List<Entity> locals, Map<String, Set<String>> partners, Map<String, Integer> mentionCounts,
                                 boolean insert, Map<String, Long> resolved, int[] fresh) throws SQLException {
        Map<String, Entity> byId = new HashMap<>();
        List<LocalProfile> profiles = new ArrayList<>();
        for (Entity e : locals) {
            byId.put(e.id(), e);
            profiles.add(resolver.profile(Long.toString(doc), e, Set.of(), Set.of()));
        }
        Set<Long> recount = new HashSet<>();
        Set<Long> renamed = new HashSet<>();
        for (LocalProfile base : EntityResolver.order(profiles)) {
            Entity e = byId.get(base.local());
            Set<Long> context = new LinkedHashSet<>(resolved.values());
            Set<Long> partnerIds = new HashSet<>();
            for (String p : partners.getOrDefault(e.id(), Set.of())) {
                Long g = resolved.get(p);
                if (g != null) partnerIds.add(g);
            }
            LocalProfile l = base.withContext(context, partnerIds);
            Map<Long, CandidateProfile> candidates = new LinkedHashMap<>();
            List<Match> matches = scoreCandidates(doc, l, context, partnerIds, candidates);
            Decision decision = resolver.decide(matches, candidates, constraints);
            long entity;
            Double score = null;
            String reason = decision.isNew() && !decision.reason().startsWith("new: ambiguous") ? "new" : decision.reason();
            if (decision.isNew()) {
                String main = l.names().isEmpty() ? e.name() : l.names().get(0).written();
                entity = entities.create(e.type(), e.kind(), resolver.forms().display(main), e.latin());
                fresh[0]++;
            } else {
                entity = decision.join().candidate();
                score = decision.join().score();
                for (Match bridge : decision.bridges()) {
                    mergeEntities(entity, bridge.candidate(), "rule", "document #" + doc + " names both: " + bridge.reason(),
                            bridge.score(), doc, null);
                    for (Map.Entry<String, Long> r : resolved.entrySet()) if (r.getValue() == bridge.candidate()) r.setValue(entity);
                    recount.add(entity);
                }
            }
            resolved.put(e.id(), entity);
            if (entities.addNames(entity, e.type(), l.names(), e.latin(), doc, reason, score)) renamed.add(entity);
            if (insert) {
                insertLocal.setLong(1, doc);
                insertLocal.setString(2, e.id());
                insertLocal.setLong(3, entity);
                insertLocal.setString(4, e.type().name());
                insertLocal.setString(5, e.kind());
                insertLocal.setString(6, e.name());
                insertLocal.setString(7, e.latin());
                insertLocal.setString(8, Json.write(e.aliases()));
                insertLocal.setInt(9, mentionCounts.getOrDefault(e.id(), 0));
                insertLocal.setString(10, reason);
                if (score == null) insertLocal.setNull(11, Types.REAL);
                else insertLocal.setDouble(11, score);
                insertLocal.executeUpdate();
            } else {
                updateLocal.setLong(1, entity);
                updateLocal.setString(2, reason);
                if (score == null) updateLocal.setNull(3, Types.REAL);
                else updateLocal.setDouble(3, score);
                updateLocal.setLong(4, doc);
                updateLocal.setString(5, e.id());
                updateLocal.executeUpdate();
            }
        }
        Map<Long, Integer> mentionsByEntity = new LinkedHashMap<>();
        Map<Long, String> kindByEntity = new HashMap<>();
        for (Entity e : locals) {
            long g = resolved.get(e.id());
            mentionsByEntity.merge(g, mentionCounts.getOrDefault(e.id(), 0), Integer::sum);
            if (e.kind() != null) kindByEntity.putIfAbsent(g, e.kind());
        }
        for (Map.Entry<Long, Integer> m : mentionsByEntity.entrySet()) {
            long g = m.getKey();
            if (recount.contains(g)) entities.recount(g);
            else entities.touch(g, m.getValue(), 1, kindByEntity.get(g), seen);
            if (recount.contains(g) || renamed.contains(g) || entities.dueForName(g)) entities.refreshName(g);
        }
    }

    /**
     * Scores a local entity against its candidates. Context is gathered only where it can change
     * the decision: not for candidates without a shared name or with a veto, and not when a single
     * candidate shares a distinctive name with it (that one joins whatever the context).
     */
    private List<Match> scoreCandidates(long doc, LocalProfile l, Set<Long> context, Set<Long> partners,
                                        Map<Long, CandidateProfile> candidates) throws SQLException {
        List<Match> matches = new ArrayList<>();
        List<Match> viable = new ArrayList<>();
        for (long id : entities.candidates(EntityResolver.blockingKeys(l))) {
            CandidateProfile p = entities.profile(id, context.contains(id));
            if (p == null || p.type() != l.type()) continue;
            candidates.put(id, p);
            Match named = resolver.score(l, p, ContextEvidence.NONE, constraints);
            (named.basis() == Basis.NONE ? matches : viable).add(named);
        }
        boolean settled = viable.size() == 1 && viable.get(0).basis().strong() && viable.get(0).joins();
        for (Match m : viable) {
            if (settled) { matches.add(m); continue; }
            ContextEvidence ctx = entities.context(m.candidate(), doc, context, partners);
            matches.add(ctx == ContextEvidence.NONE ? m : resolver.score(l, candidates.get(m.candidate()), ctx, constraints));
        }
        return matches;
    }

    private List<FactTable.Evidence> evidence(long doc, Extraction x, Map<String, Long> resolved, CodePoints cp, String seen) {
        String text = x.document().text();
        List<FactTable.Evidence> out = new ArrayList<>();
        for (Relation r : x.relations()) {
            Long s = resolved.get(r.subject()), o = resolved.get(r.object());
            if (s == null || o == null) continue;
            List<FactTable.Arg> args = List.of(new FactTable.Arg("subject", r.subject(), s), new FactTable.Arg("object", r.object(), o));
            out.add(new FactTable.Evidence(doc, "relation", r.type(), r.role(), cp.of(r.evidence().start()), cp.of(r.evidence().end()),
                    r.evidence().of(text).strip(), null, null, r.source(), r.source() == null ? null : resolved.get(r.source()),
                    date(r.time().from()), date(r.time().until()), null, null, null, null, r.confidence(), seen, args));
        }
        for (Event e : x.events()) {
            List<FactTable.Arg> args = new ArrayList<>();
            Set<String> seenArgs = new HashSet<>();
            for (Argument a : e.arguments()) {
                Long g = resolved.get(a.entity());
                if (g != null && seenArgs.add(a.role() + "\u0001" + a.entity())) args.add(new FactTable.Arg(a.role(), a.entity(), g));
            }
            String time = e.time() == null ? null : date(e.time().value());
            out.add(new FactTable.Evidence(doc, "event", e.type(), null, cp.of(e.evidence().start()), cp.of(e.evidence().end()),
                    e.evidence().of(text).strip(), cp.of(e.trigger().start()), cp.of(e.trigger().end()), e.source(),
                    e.source() == null ? null : resolved.get(e.source()), null, null, time, e.time() == null ? null : e.time().text(),
                    e.location(), e.location() == null ? null : resolved.get(e.location()), e.confidence(), seen, args));
        }
        return out;
    }

    private static String date(String v) { return Dates.valid(v) ? v : null; }

    // ------------------------------------------------------------------ runs and failures

    public long startRun(String inputs) throws SQLException {
        { PreparedStatement p = sql.get("INSERT INTO ingest_runs(started_at, inputs) VALUES (?,?)");
            p.setString(1, Instant.now().toString());
            p.setString(2, inputs);
            p.executeUpdate();
            try (ResultSet r = p.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public void finishRun(long run, long added, long unchanged, long failed) throws SQLException {
        { PreparedStatement p = sql.get("UPDATE ingest_runs SET finished_at = ?, added = ?, unchanged = ?, failed = ? WHERE run = ?");
            p.setString(1, Instant.now().toString());
            p.setLong(2, added);
            p.setLong(3, unchanged);
            p.setLong(4, failed);
            p.setLong(5, run);
            p.executeUpdate();
        }
    }

    /** Records a failed or doubtful input in the report table (its own small transaction). */
    public void report(long run, String input, String status, String message) throws SQLException {
        { PreparedStatement p = sql.get("INSERT INTO ingest_report(run, at, input, status, message) VALUES (?,?,?,?,?)");
            p.setLong(1, run);
            p.setString(2, Instant.now().toString());
            p.setString(3, input);
            p.setString(4, status);
            p.setString(5, message);
            p.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ merges, splits, renames

    /** Live id of an entity (following merges), or an error a user can read. */
    public long live(long id) throws SQLException {
        long cur = id;
        for (int guard = 0; guard < 100; guard++) {
            { PreparedStatement p = sql.get("SELECT merged_into FROM entities WHERE entity = ?");
                p.setLong(1, cur);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) throw new IllegalArgumentException("no entity #" + id);
                    Object m = r.getObject(1);
                    if (m == null) return cur;
                    cur = ((Number) m).longValue();
                }
            }
        }
        throw new IllegalStateException("merge chain too long at #" + id);
    }

    /** An analyst merges {@code other} into {@code keep}; recorded and re-applied after re-resolution. */
    public long merge(long keep, long other, String reason) throws SQLException {
        return inTransaction(() -> {
            long a = live(keep), b = live(other);
            if (a == b) throw new IllegalArgumentException("#" + keep + " and #" + other + " are already one entity (#" + a + ")");
            if (entities.type(a) != entities.type(b))
                throw new IllegalArgumentException("#" + a + " is a " + entities.type(a) + ", #" + b + " a " + entities.type(b) + ": not merged");
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("type", entities.type(a).name());
            anchor.put("a", anchorNames(a));
            anchor.put("b", anchorNames(b));
            mergeEntities(a, b, "analyst", reason == null ? "analyst" : reason, 1.0, null, Json.write(anchor));
            return a;
        });
    }

    /**
     * An analyst splits the document entities that gave {@code alias} to entity {@code id} off into
     * a new entity, and forbids that name and the entity's other distinctive names to join again.
     *
     * @return the new entity's id
     */
    public long split(long id, String alias, String reason) throws SQLException {
        return inTransaction(() -> {
            long e = live(id);
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("type", entities.type(e).name());
            anchor.put("names", anchorNames(e));
            anchor.put("alias", resolver.forms().key(alias));
            long created = doSplit(e, alias);
            log("split", "analyst", e, created, alias, reason == null ? "analyst" : reason, 1.0, null, Json.write(anchor));
            return created;
        });
    }

    private long doSplit(long e, String alias) throws SQLException {
        String key = resolver.forms().key(alias);
        EntityType type = entities.type(e);
        List<String[]> all = new ArrayList<>();
        List<String[]> moving = new ArrayList<>();
        String kind = null;
        { PreparedStatement p = sql.get("SELECT doc, local, name, aliases, kind FROM local_entities WHERE entity = ?");
            p.setLong(1, e);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String[] row = {Long.toString(r.getLong(1)), r.getString(2)};
                    all.add(row);
                    for (EntityName n : resolver.names(type, r.getString(3), Json.strings(r.getString(4)))) {
                        if (n.key().equals(key)) {
                            moving.add(row);
                            if (kind == null) kind = r.getString(5);
                            break;
                        }
                    }
                }
            }
        }
        if (moving.isEmpty()) throw new IllegalArgumentException("entity #" + e + " has no document entity named «" + alias + "»");
        if (moving.size() == all.size())
            throw new IllegalArgumentException("every document entity of #" + e + " carries «" + alias + "»: nothing would be left; rename it instead");
        long created = entities.create(type, kind, resolver.forms().display(alias), null);
        entities.clearContext();
        for (String[] row : moving) {
            long doc = Long.parseLong(row[0]);
            String local = row[1];
            exec("UPDATE local_entities SET entity = ? WHERE doc = ? AND local = ?", created, doc, local);
            exec("UPDATE mentions SET entity = ? WHERE doc = ? AND local = ?", created, doc, local);
            exec("UPDATE evidence_arguments SET entity = ? WHERE local = ? AND evidence IN (SELECT evidence FROM evidence WHERE doc = ?)", created, local, doc);
            exec("UPDATE evidence SET claimant = ? WHERE doc = ? AND claimant_local = ?", created, doc, local);
            exec("UPDATE evidence SET location = ? WHERE doc = ? AND location_local = ?", created, doc, local);
        }
        entities.rebuildNames(e);
        entities.rebuildNames(created);
        facts.reassign(facts.evidenceOf(created));
        entities.recount(e);
        entities.recount(created);
        entities.refreshName(e);
        entities.refreshName(created);
        // the analyst said: this name is not that entity; keep them apart on every later document
        for (EntityName n : entities.names(e)) {
            if (!n.distinctive() || n.key().equals(key)) continue;
            exec("INSERT OR IGNORE INTO cannot_link(name_a, name_b, merge) VALUES (?, ?, 0)", key, n.key());
        }
        constraints = loadConstraints();
        return created;
    }

    /** An analyst names an entity; the name stays through new documents and re-resolution. */
    public void rename(long id, String name, String reason) throws SQLException {
        inTransaction(() -> {
            long e = live(id);
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("type", entities.type(e).name());
            anchor.put("names", anchorNames(e));
            doRename(e, name);
            log("rename", "analyst", e, null, name, reason == null ? "analyst" : reason, 1.0, null, Json.write(anchor));
            return e;
        });
    }

    private void doRename(long e, String name) throws SQLException {
        String key = resolver.forms().key(name);
        if (key.isEmpty()) throw new IllegalArgumentException("empty name");
        exec("UPDATE entities SET name = ?, name_by = 'analyst', version = ? WHERE entity = ?", name.strip(), entities.nextVersion(), e);
        EntityType type = entities.type(e);
        EntityName n = resolver.forms().analyze(type, name);
        exec("INSERT OR IGNORE INTO aliases(entity, normalized, alias, name_kind, mentions, reason, score) VALUES (?,?,?,?,0,'analyst rename',1.0)",
                e, key, name.strip(), n.shape().name().toLowerCase(java.util.Locale.ROOT));
        for (String k : EntityResolver.entityKeys(type, List.of(n), Set.of())) exec("INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?,?)", k, e);
        entities.invalidate(e);
    }

    /**
     * Moves everything of {@code gone} to {@code keep}: document entities, mentions, aliases, keys,
     * evidence (facts re-keyed, so two facts that were one become one), counts; logs the merge.
     */
    private void mergeEntities(long keep, long gone, String who, String reason, Double score, Long doc, String anchor) throws SQLException {
        mergeEntities(keep, gone, who, reason, score, doc, anchor, true);
    }

    private void mergeEntities(long keep, long gone, String who, String reason, Double score, Long doc, String anchor, boolean logIt)
            throws SQLException {
        if (keep == gone) return;
        entities.forgetContextOf(keep, gone);
        List<Long> evidence = facts.evidenceOf(gone);
        exec("UPDATE local_entities SET entity = ? WHERE entity = ?", keep, gone);
        exec("UPDATE mentions SET entity = ? WHERE entity = ?", keep, gone);
        exec("UPDATE evidence_arguments SET entity = ? WHERE entity = ?", keep, gone);
        exec("UPDATE evidence SET claimant = ? WHERE claimant = ?", keep, gone);
        exec("UPDATE evidence SET location = ? WHERE location = ?", keep, gone);
        exec("INSERT INTO aliases(entity, normalized, alias, name_kind, latin, mentions, first_doc, reason, score) "
                + "SELECT ?, normalized, alias, name_kind, latin, mentions, first_doc, reason, score FROM aliases WHERE entity = ? "
                + "ON CONFLICT(entity, normalized) DO UPDATE SET mentions = aliases.mentions + excluded.mentions, "
                + "first_doc = min(aliases.first_doc, excluded.first_doc), latin = coalesce(aliases.latin, excluded.latin)", keep, gone);
        exec("DELETE FROM aliases WHERE entity = ?", gone);
        exec("INSERT OR IGNORE INTO entity_keys(key, entity) SELECT key, ? FROM entity_keys WHERE entity = ?", keep, gone);
        exec("DELETE FROM entity_keys WHERE entity = ?", gone);
        long v = entities.nextVersion();
        exec("UPDATE entities SET merged_into = ?, version = ? WHERE entity = ? OR merged_into = ?", keep, v, gone, gone);
        exec("UPDATE entities SET kind = coalesce(kind, (SELECT kind FROM entities WHERE entity = ?)) WHERE entity = ?", gone, keep);
        facts.reassign(evidence);
        entities.invalidate(gone);
        entities.invalidate(keep);
        if (entities.hasDistinctiveName(keep)) entities.dropShortFormKeys(keep);
        entities.recount(keep);
        entities.refreshName(keep);
        if (logIt) log("merge", who, keep, gone, null, reason, score, doc, anchor);
    }

    private List<String> anchorNames(long entity) throws SQLException {
        List<String> out = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT normalized FROM aliases WHERE entity = ? AND name_kind <> 'generic' "
                + "ORDER BY mentions DESC, normalized LIMIT 20");
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    private long log(String action, String who, Long entity, Long other, String name, String reason, Double score, Long doc, String anchor)
            throws SQLException {
        { PreparedStatement p = sql.get("INSERT INTO merges(at, action, who, entity, other, name, reason, score, doc, anchor) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)");
            p.setString(1, Instant.now().toString());
            p.setString(2, action);
            p.setString(3, who);
            setObject(p, 4, entity);
            setObject(p, 5, other);
            p.setString(6, name);
            p.setString(7, reason);
            setObject(p, 8, score);
            setObject(p, 9, doc);
            p.setString(10, anchor);
            p.executeUpdate();
            try (ResultSet r = p.getGeneratedKeys()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    // ------------------------------------------------------------------ re-resolution

    /**
     * Resolves every stored document entity again from scratch (in ingest order, with the current
     * resolver), rebuilds the facts, then re-applies the analysts' decisions in the order they were
     * made. Entity ids are assigned anew. One transaction.
     *
     * @return the number of entities after re-resolution
     */
    public long reresolve(java.util.function.LongConsumer progress) throws SQLException {
        return inTransaction(() -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM entities");
                s.execute("DELETE FROM aliases");
                s.execute("DELETE FROM entity_keys");
                s.execute("DELETE FROM facts");
                s.execute("DELETE FROM fact_arguments");
                s.execute("DELETE FROM merges WHERE who = 'rule'");
                // old ids must not answer for new entities while documents are resolved again
                s.execute("UPDATE local_entities SET entity = 0");
                // the search index re-reads every entity when this changes
                s.execute("INSERT INTO meta(key, value) VALUES ('entity_epoch', '1') "
                        + "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
            }
            entities.clearCache();
            List<Long> docs = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc FROM documents ORDER BY doc")) {
                while (r.next()) docs.add(r.getLong(1));
            }
            long n = 0;
            for (long doc : docs) {
                reresolveDocument(doc);
                if (progress != null) progress.accept(++n);
            }
            rebuildFacts();
            replayAnalystDecisions();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM entities WHERE merged_into IS NULL")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private void reresolveDocument(long doc) throws SQLException {
        List<Entity> locals = new ArrayList<>();
        Map<String, Integer> mentionCounts = new HashMap<>();
        { PreparedStatement p = sql.get("SELECT local, type, kind, name, latin, aliases, mentions FROM local_entities WHERE doc = ? "
                + "ORDER BY length(local), local");
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    locals.add(new Entity(r.getString(1), EntityType.valueOf(r.getString(2)), r.getString(4), r.getString(5),
                            Json.strings(r.getString(6)), r.getString(3), List.of()));
                    mentionCounts.put(r.getString(1), r.getInt(7));
                }
            }
        }
        Map<String, Set<String>> partners = new HashMap<>();
        Map<Long, List<String>> byEvidence = new LinkedHashMap<>();
        { PreparedStatement p = sql.get("SELECT a.evidence, a.local FROM evidence_arguments a JOIN evidence e ON e.evidence = a.evidence "
                + "WHERE e.doc = ? UNION ALL SELECT evidence, location_local FROM evidence WHERE doc = ? AND location_local IS NOT NULL");
            p.setLong(1, doc);
            p.setLong(2, doc);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) byEvidence.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
            }
        }
        for (List<String> ids : byEvidence.values()) link(partners, ids);
        Map<String, Long> resolved = new HashMap<>();
        String seen;
        { PreparedStatement p = sql.get("SELECT coalesce(published, substr(ingested_at, 1, 10)) FROM documents WHERE doc = ?");
            p.setLong(1, doc);
            try (ResultSet r = p.executeQuery()) {
                seen = r.next() ? r.getString(1) : null;
            }
        }
        resolveDocument(doc, seen, locals, partners, mentionCounts, false, resolved, new int[1]);
        entities.noteDocument(doc, new HashSet<>(resolved.values()));
        for (Map.Entry<String, Long> r : resolved.entrySet()) {
            exec("UPDATE mentions SET entity = ? WHERE doc = ? AND local = ?", r.getValue(), doc, r.getKey());
            exec("UPDATE evidence_arguments SET entity = ? WHERE local = ? AND evidence IN (SELECT evidence FROM evidence WHERE doc = ?)",
                    r.getValue(), r.getKey(), doc);
            exec("UPDATE evidence SET claimant = ? WHERE doc = ? AND claimant_local = ?", r.getValue(), doc, r.getKey());
            exec("UPDATE evidence SET location = ? WHERE doc = ? AND location_local = ?", r.getValue(), doc, r.getKey());
        }
    }

    /** Every evidence row to the fact its key names now; facts' counts and dates recomputed in bulk. */
    private void rebuildFacts() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT evidence FROM evidence ORDER BY evidence")) {
            while (r.next()) ids.add(r.getLong(1));
        }
        exec("UPDATE evidence SET fact = -1");
        facts.reassign(ids);
    }

    private void replayAnalystDecisions() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT merge, action, name, anchor FROM merges WHERE who = 'analyst' ORDER BY merge")) {
            while (r.next()) rows.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4)});
        }
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String action = (String) row[1];
            String name = (String) row[2];
            Map<String, Object> anchor = Json.map((String) row[3]);
            EntityType type = EntityType.valueOf((String) anchor.get("type"));
            switch (action) {
                case "merge" -> {
                    Long a = findByAnchor(type, strings(anchor.get("a")));
                    Long b = findByAnchor(type, strings(anchor.get("b")));
                    if (a != null && b != null && !a.equals(b)) {
                        mergeEntities(a, b, "analyst", "re-applied decision " + id, 1.0, null, null, false);
                    }
                    exec("UPDATE merges SET entity = ?, other = ? WHERE merge = ?", a, b, id);
                }
                case "split" -> {
                    Long e = findByAnchor(type, strings(anchor.get("names")));
                    Long created = null;
                    if (e != null) {
                        try {
                            created = doSplit(e, name);
                        } catch (IllegalArgumentException nothingToSplit) {
                            // resolution already kept them apart (the decision's constraint held)
                        }
                    }
                    exec("UPDATE merges SET entity = ?, other = ? WHERE merge = ?", e, created, id);
                }
                case "rename" -> {
                    List<String> names = new ArrayList<>(strings(anchor.get("names")));
                    names.add(resolver.forms().key(name));
                    Long e = findByAnchor(type, names);
                    if (e != null) doRename(e, name);
                    exec("UPDATE merges SET entity = ? WHERE merge = ?", e, id);
                }
                default -> { }
            }
        }
    }

    /** The live entity of this type that carries the most of these names. */
    private Long findByAnchor(EntityType type, List<String> names) throws SQLException {
        if (names.isEmpty()) return null;
        StringBuilder query = new StringBuilder("SELECT a.entity FROM aliases a JOIN entities e ON e.entity = a.entity WHERE e.type = ? "
                + "AND e.merged_into IS NULL AND a.normalized IN (");
        for (int i = 0; i < names.size(); i++) query.append(i == 0 ? "?" : ",?");
        query.append(") GROUP BY a.entity ORDER BY count(*) DESC, e.documents DESC, a.entity LIMIT 1");
        try (PreparedStatement p = c.prepareStatement(query.toString())) {
            p.setString(1, type.name());
            for (int i = 0; i < names.size(); i++) p.setString(2 + i, names.get(i));
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? (List<String>) l : List.of();
    }

    // ------------------------------------------------------------------ helpers

    private Constraints loadConstraints() throws SQLException {
        List<String[]> pairs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name_a, name_b FROM cannot_link")) {
            while (r.next()) pairs.add(new String[] {r.getString(1), r.getString(2)});
        }
        return Constraints.of(pairs);
    }

    private interface Work<T> { T run() throws SQLException; }

    private <T> T inTransaction(Work<T> w) throws SQLException {
        c.setAutoCommit(false);
        try {
            T t = w.run();
            c.commit();
            return t;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            entities.clearCache();
            constraints = loadConstraints();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void exec(String statement, Object... args) throws SQLException {
        PreparedStatement p = sql.get(statement);
        for (int i = 0; i < args.length; i++) setObject(p, i + 1, args[i]);
        p.executeUpdate();
    }

    private static void setObject(PreparedStatement p, int i, Object v) throws SQLException {
        if (v == null) p.setNull(i, Types.NULL);
        else if (v instanceof Long l) p.setLong(i, l);
        else if (v instanceof Integer n) p.setInt(i, n);
        else if (v instanceof Double d) p.setDouble(i, d);
        else p.setString(i, v.toString());
    }

    @Override
    public void close() throws SQLException {
        sql.close();
        c.close();
    }
}
