package org.isnad.store.write;

import org.isnad.store.db.Statements;

import org.isnad.store.fact.FactRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/** Facts, their arguments and evidence: one fact per key, every statement of it kept as evidence. */
final class FactTable {
    /** One statement of a fact in a document, as written to {@code evidence}. */
    record Evidence(long doc, String kind, String type, String role, int start, int end, String sentence, Integer triggerStart,
                    Integer triggerEnd, String claimantLocal, Long claimant, String timeFrom, String timeUntil, String time,
                    String timeText, String locationLocal, Long location, double confidence, String seen, List<Arg> args) {}

    /** An argument of a statement: role, the document's entity id and its global entity. */
    record Arg(String role, String local, long entity) {}

    private final Connection c;
    private final FactRules rules;
    private final PreparedStatement findFact, insertFact, insertFactArg, insertEvidence, insertEvidenceArg, readFact, updateFact;

    private final Statements sql;

    FactTable(Connection c, FactRules rules, Statements sql) throws SQLException {
        this.c = c;
        this.sql = sql;
        this.rules = rules;
        findFact = c.prepareStatement("SELECT fact FROM facts WHERE key = ?");
        insertFact = c.prepareStatement("INSERT INTO facts(key, kind, type, subject, object) VALUES (?,?,?,?,?)");
        insertFactArg = c.prepareStatement("INSERT OR IGNORE INTO fact_arguments(fact, role, entity, kind) VALUES (?,?,?,?)");
        insertEvidence = c.prepareStatement("INSERT INTO evidence(fact, doc, kind, type, role, start, end, sentence, trigger_start, trigger_end, "
                + "claimant_local, claimant, time_from, time_until, time, time_text, location_local, location, confidence, seen) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        insertEvidenceArg = c.prepareStatement("INSERT OR IGNORE INTO evidence_arguments(evidence, role, local, entity) VALUES (?,?,?,?)");
        readFact = c.prepareStatement("SELECT evidence, documents, first_seen, last_seen, time_from, time_until, times, roles FROM facts WHERE fact = ?");
        updateFact = c.prepareStatement("UPDATE facts SET evidence = ?, documents = ?, first_seen = ?, last_seen = ?, time_from = ?, "
                + "time_until = ?, time = ?, times = ?, conflict = ?, roles = ? WHERE fact = ?");
    }

    String key(Evidence e) {
        if (e.kind().equals("relation")) {
            long s = -1, o = -1;
            for (Arg a : e.args()) {
                if (a.role().equals("subject")) s = a.entity();
                else if (a.role().equals("object")) o = a.entity();
            }
            return FactRules.relationKey(e.type(), s, o);
        }
        List<FactRules.Arg> args = new ArrayList<>();
        for (Arg a : e.args()) args.add(new FactRules.Arg(a.role(), a.entity()));
        return rules.eventKey(e.type(), args, e.time(), "doc:" + e.doc() + ":" + e.start() + ":" + e.triggerStart());
    }

    /** The fact with this key, created (with its arguments) when new. */
    long factFor(String key, Evidence e) throws SQLException {
        findFact.setString(1, key);
        try (ResultSet r = findFact.executeQuery()) {
            if (r.next()) return r.getLong(1);
        }
        insertFact.setString(1, key);
        insertFact.setString(2, e.kind());
        insertFact.setString(3, e.type());
        Long s = null, o = null;
        if (e.kind().equals("relation")) {
            for (Arg a : e.args()) {
                if (a.role().equals("subject")) s = a.entity();
                else if (a.role().equals("object")) o = a.entity();
            }
        }
        setLong(insertFact, 4, s);
        setLong(insertFact, 5, o);
        insertFact.executeUpdate();
        long fact;
        try (ResultSet r = insertFact.getGeneratedKeys()) {
            r.next();
            fact = r.getLong(1);
        }
        for (Arg a : e.args()) {
            insertFactArg.setLong(1, fact);
            insertFactArg.setString(2, a.role());
            insertFactArg.setLong(3, a.entity());
            insertFactArg.setString(4, e.kind());
            insertFactArg.addBatch();
        }
        insertFactArg.executeBatch();
        return fact;
    }

    /**
     * Adds one statement: its evidence row and arguments, and the fact's counts, first and last
     * seen, time bounds and dates updated in place (no rescan of the fact's other evidence).
     *
     * @param newDocument whether this is the fact's first evidence from this document
     */
    long add(Evidence e, boolean newDocument, long fact) throws SQLException {
        insertEvidence.setLong(1, fact);
        insertEvidence.setLong(2, e.doc());
        insertEvidence.setString(3, e.kind());
        insertEvidence.setString(4, e.type());
        insertEvidence.setString(5, e.role());
        insertEvidence.setInt(6, e.start());
        insertEvidence.setInt(7, e.end());
        insertEvidence.setString(8, e.sentence());
        setInt(insertEvidence, 9, e.triggerStart());
        setInt(insertEvidence, 10, e.triggerEnd());
        insertEvidence.setString(11, e.claimantLocal());
        setLong(insertEvidence, 12, e.claimant());
        insertEvidence.setString(13, e.timeFrom());
        insertEvidence.setString(14, e.timeUntil());
        insertEvidence.setString(15, e.time());
        insertEvidence.setString(16, e.timeText());
        insertEvidence.setString(17, e.locationLocal());
        setLong(insertEvidence, 18, e.location());
        insertEvidence.setDouble(19, e.confidence());
        insertEvidence.setString(20, e.seen());
        insertEvidence.executeUpdate();
        long id;
        try (ResultSet r = insertEvidence.getGeneratedKeys()) {
            r.next();
            id = r.getLong(1);
        }
        for (Arg a : e.args()) {
            insertEvidenceArg.setLong(1, id);
            insertEvidenceArg.setString(2, a.role());
            insertEvidenceArg.setString(3, a.local());
            insertEvidenceArg.setLong(4, a.entity());
            insertEvidenceArg.addBatch();
        }
        insertEvidenceArg.executeBatch();

        readFact.setLong(1, fact);
        int evidence, documents;
        String first, last, from, until, times, roles;
        try (ResultSet r = readFact.executeQuery()) {
            r.next();
            evidence = r.getInt(1);
            documents = r.getInt(2);
            first = r.getString(3);
            last = r.getString(4);
            from = r.getString(5);
            until = r.getString(6);
            times = r.getString(7);
            roles = r.getString(8);
        }
        first = min(first, e.seen());
        last = max(last, e.seen());
        from = min(from, e.timeFrom());
        until = max(until, e.timeUntil());
        Map<String, Integer> dates = parseTimes(times);
        if (e.time() != null) dates.merge(e.time(), 1, Integer::sum);
        List<String> roleWords = roles == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(roles.split("\\|")));
        if (e.role() != null && !e.role().isBlank() && !roleWords.contains(e.role().strip()) && roleWords.size() < 20) roleWords.add(e.role().strip());
        write(fact, evidence + 1, documents + (newDocument ? 1 : 0), first, last, from, until, dates, roleWords);
        return id;
    }

    /** «2019-06-27×1|2019-06-28×2» → date → statements, in date order. */
    static Map<String, Integer> parseTimes(String times) {
        Map<String, Integer> out = new TreeMap<>();
        if (times == null || times.isEmpty()) return out;
        for (String t : times.split("\\|")) {
            int x = t.indexOf('×');
            out.put(x < 0 ? t : t.substring(0, x), x < 0 ? 1 : Integer.parseInt(t.substring(x + 1)));
        }
        return out;
    }

    private void write(long fact, int evidence, int documents, String first, String last, String from, String until,
                       Map<String, Integer> dates, List<String> roles) throws SQLException {
        // the date most statements give; on a tie the more precise, then the earlier
        String time = null;
        int best = 0;
        for (Map.Entry<String, Integer> d : dates.entrySet()) {
            int n = d.getValue();
            if (n > best || (n == best && d.getKey().length() > time.length())) { best = n; time = d.getKey(); }
        }
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, Integer> d : dates.entrySet()) {
            if (times.length() > 0) times.append('|');
            times.append(d.getKey()).append('×').append(d.getValue());
        }
        updateFact.setInt(1, evidence);
        updateFact.setInt(2, documents);
        updateFact.setString(3, first);
        updateFact.setString(4, last);
        updateFact.setString(5, from);
        updateFact.setString(6, until);
        updateFact.setString(7, time);
        updateFact.setString(8, dates.isEmpty() ? null : times.toString());
        updateFact.setInt(9, FactRules.conflicting(new ArrayList<>(dates.keySet())) ? 1 : 0);
        updateFact.setString(10, roles.isEmpty() ? null : String.join("|", roles));
        updateFact.setLong(11, fact);
        updateFact.executeUpdate();
        PreparedStatement p = sql.get("UPDATE fact_arguments SET evidence = ? WHERE fact = ?");
        p.setInt(1, evidence);
        p.setLong(2, fact);
        p.executeUpdate();
    }

    /** Recomputes a fact from all its evidence; deletes it when none is left. */
    void recompute(long fact) throws SQLException {
        int evidence, documents;
        String first, last, from, until;
        { PreparedStatement p = sql.get("SELECT count(*), count(DISTINCT doc), min(seen), max(seen), min(time_from), max(time_until) FROM evidence WHERE fact = ?");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                evidence = r.getInt(1);
                documents = r.getInt(2);
                first = r.getString(3);
                last = r.getString(4);
                from = r.getString(5);
                until = r.getString(6);
            }
        }
        if (evidence == 0) {
            { PreparedStatement p = sql.get("DELETE FROM fact_arguments WHERE fact = ?"); p.setLong(1, fact); p.executeUpdate(); }
            { PreparedStatement p = sql.get("DELETE FROM facts WHERE fact = ?"); p.setLong(1, fact); p.executeUpdate(); }
            return;
        }
        Map<String, Integer> dates = new TreeMap<>();
        { PreparedStatement p = sql.get("SELECT time, count(*) FROM evidence WHERE fact = ? AND time IS NOT NULL GROUP BY time");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) dates.put(r.getString(1), r.getInt(2));
            }
        }
        List<String> roles = new ArrayList<>();
        { PreparedStatement p = sql.get("SELECT role, count(*) n FROM evidence WHERE fact = ? AND role IS NOT NULL GROUP BY role ORDER BY n DESC, role LIMIT 20");
            p.setLong(1, fact);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) if (!r.getString(1).isBlank()) roles.add(r.getString(1).strip());
            }
        }
        write(fact, evidence, documents, first, last, from, until, dates, roles);
    }

    /**
     * Recomputes the facts of these evidence rows after their entities changed (merge, split):
     * each row moves to the fact its new key names; facts left without evidence are deleted.
     */
    void reassign(Collection<Long> evidenceIds) throws SQLException {
        if (evidenceIds.isEmpty()) return;
        Set<Long> touched = new LinkedHashSet<>();
        {
            PreparedStatement ev = sql.get("SELECT fact, doc, kind, type, start, trigger_start, time FROM evidence WHERE evidence = ?");
            PreparedStatement args = sql.get("SELECT role, local, entity FROM evidence_arguments WHERE evidence = ?");
            PreparedStatement move = sql.get("UPDATE evidence SET fact = ? WHERE evidence = ?");
            for (long id : new LinkedHashSet<>(evidenceIds)) {
                long oldFact;
                Evidence e;
                ev.setLong(1, id);
                try (ResultSet r = ev.executeQuery()) {
                    if (!r.next()) continue;
                    oldFact = r.getLong(1);
                    List<Arg> list = new ArrayList<>();
                    args.setLong(1, id);
                    try (ResultSet a = args.executeQuery()) {
                        while (a.next()) list.add(new Arg(a.getString(1), a.getString(2), a.getLong(3)));
                    }
                    Integer ts = r.getObject(6) == null ? null : r.getInt(6);
                    e = new Evidence(r.getLong(2), r.getString(3), r.getString(4), null, r.getInt(5), 0, null, ts, null, null, null, null, null,
                            r.getString(7), null, null, null, 0, null, list);
                }
                long fact = factFor(key(e), e);
                if (fact != oldFact) {
                    move.setLong(1, fact);
                    move.setLong(2, id);
                    move.executeUpdate();
                    touched.add(oldFact);
                    touched.add(fact);
                }
            }
        }
        for (long f : touched) recompute(f);
    }

    /** Evidence rows that involve an entity in any position. */
    List<Long> evidenceOf(long entity) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        { PreparedStatement p = sql.get("SELECT evidence FROM evidence_arguments WHERE entity = ? "
                + "UNION SELECT evidence FROM evidence WHERE claimant = ? UNION SELECT evidence FROM evidence WHERE location = ?");
            p.setLong(1, entity);
            p.setLong(2, entity);
            p.setLong(3, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getLong(1));
            }
        }
        return new ArrayList<>(out);
    }

    private static String min(String a, String b) { return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b; }

    private static String max(String a, String b) { return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b; }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) p.setNull(i, Types.INTEGER);
        else p.setLong(i, v);
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) p.setNull(i, Types.INTEGER);
        else p.setInt(i, v);
    }
}
