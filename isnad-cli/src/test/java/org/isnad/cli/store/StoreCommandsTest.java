package org.isnad.cli.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store commands end to end on seven articles written for the purpose (see
 * src/test/resources/org/isnad/cli/store/README.md): one leader under three names across
 * documents, a death with two dates, a successor, namesakes that must stay apart, a name found
 * only with a proclitic, and analysts' decisions that survive new documents and re-resolution.
 */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path texts;
    static Path store;

    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out + err, e);
            }
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Run ingest(Path into, String published, String... files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", into.toString(), "--quiet", "--format", "json", "--published", published));
        for (String f : files) args.add(texts.resolve(f).toString());
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    @BeforeAll
    static void build() throws Exception {
        texts = Path.of(StoreCommandsTest.class.getResource("/org/isnad/cli/store/a1.txt").toURI()).getParent();
        store = tmp.resolve("graph");
        ingest(store, "2019-03-10", "a1.txt");
        ingest(store, "2019-06-29", "a2.txt");
        ingest(store, "2019-07-05", "a3.txt");
        ingest(store, "2020-05-20", "a4.txt", "a5.txt");
        ingest(store, "2019-07-20", "a6.txt");
    }

    static JsonNode query(Path at, String... args) {
        List<String> all = new ArrayList<>(List.of("query"));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", at.toString(), "--format", "json"));
        Run r = run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        return r.json();
    }

    static List<String> names(JsonNode profile) {
        List<String> out = new ArrayList<>();
        profile.get("names").forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    @Test
    void oneLeaderUnderThreeNamesIsOneEntity() {
        JsonNode p = query(store, "entity", "البابلي");
        assertEquals("isnad.store.entity/1", p.get("schema").asText());
        assertEquals("PERSON", p.get("entity").get("type").asText());
        List<String> names = names(p);
        assertTrue(names.contains("أبو زيد البابلي"), names.toString());
        assertTrue(names.contains("سالم حميد الكرخي"), names.toString());
        assertTrue(p.get("documents").asInt() >= 3, p.toString());
        // the same entity answers to each of its names, the kunya in any case form
        long id = p.get("entity").get("id").asLong();
        assertEquals(id, query(store, "entity", "سالم حميد الكرخي").get("entity").get("id").asLong());
        assertEquals(id, query(store, "entity", "أبي زيد البابلي").get("entity").get("id").asLong());
        // every joined name says why
        for (JsonNode n : p.get("names")) assertFalse(n.get("reason").isNull(), n.toString());
    }

    @Test
    void aDeathStatedTwiceIsOneFactWithBothDatesSideBySide() {
        JsonNode p = query(store, "entity", "البابلي", "--evidence", "5");
        JsonNode death = null;
        for (JsonNode e : p.get("events")) if (e.get("type").asText().equals("DEATH")) death = e;
        assertTrue(death != null, p.get("events").toString());
        assertTrue(death.get("evidence").asInt() >= 2, death.toString());
        assertTrue(death.get("documents").asInt() >= 2, death.toString());
        assertTrue(death.get("conflict").asBoolean(), death.toString());
        List<String> dates = new ArrayList<>();
        death.get("dates").forEach(d -> dates.add(d.get("date").asText()));
        assertEquals(List.of("2019-06-27", "2019-06-28"), dates);
        assertEquals(2, death.get("evidence_sample").size());
    }

    @Test
    void leadershipIsCorroboratedAndTimed() {
        JsonNode p = query(store, "entity", "أبو زيد البابلي");
        JsonNode lead = null;
        for (JsonNode r : p.get("roles")) if (r.get("type").asText().equals("LEADER_OF") && r.get("object").get("name").asText().contains("أنصار الفجر")) lead = r;
        assertTrue(lead != null, p.get("roles").toString());
        assertTrue(lead.get("evidence").asInt() >= 3, lead.toString());
        assertEquals("2015-03", lead.get("from").asText());
        assertTrue(lead.get("until").asText().startsWith("2019-06"), lead.toString());
    }

    @Test
    void timelineIsInTimeOrder() {
        JsonNode t = query(store, "timeline", "جماعة أنصار الفجر");
        String last = "";
        int leaderStart = -1, successorStart = -1, i = 0;
        for (JsonNode e : t.get("entries")) {
            if (e.get("dated").asBoolean()) {
                String d = e.get("date").asText();
                assertTrue(d.compareTo(last) >= 0, "out of order: " + d + " after " + last);
                last = d;
            }
            String what = e.get("description").asText();
            if (e.get("kind").asText().equals("relation_start") && what.contains("LEADER_OF")) {
                if (what.contains("القرشي")) successorStart = i;
                else if (e.get("date").asText().equals("2015-03")) leaderStart = i;
            }
            i++;
        }
        assertTrue(leaderStart >= 0 && successorStart > leaderStart, t.toString());
    }

    @Test
    void asOfADateNamesWhoLedThen() {
        long babli = query(store, "entity", "البابلي").get("entity").get("id").asLong();
        long qurashi = query(store, "entity", "أبو الحسن القرشي").get("entity").get("id").asLong();
        JsonNode june = query(store, "asof", "2019-06", "أنصار الفجر");
        assertEquals("isnad.store.asof/1", june.get("schema").asText());
        assertTrue(leaders(june).contains(babli), june.toString());
        assertFalse(leaders(june).contains(qurashi), june.toString());
        JsonNode august = query(store, "asof", "2019-08", "أنصار الفجر");
        assertTrue(leaders(august).contains(qurashi), august.toString());
        assertFalse(leaders(august).contains(babli), august.toString());
        // and from the person's side
        JsonNode person = query(store, "asof", "2017", "البابلي");
        boolean leads = false;
        for (JsonNode h : person.get("holds")) leads |= h.get("type").asText().equals("LEADER_OF") && h.get("direction").asText().equals("out");
        assertTrue(leads, person.toString());
    }

    private static List<Long> leaders(JsonNode asof) {
        List<Long> out = new ArrayList<>();
        for (JsonNode h : asof.get("holds")) if (h.get("type").asText().equals("LEADER_OF")) out.add(h.get("subject").get("id").asLong());
        return out;
    }

    @Test
    void namesakesAndBareKunyasStayApart() {
        JsonNode hasan = query(store, "entity", "أبو الحسن القرشي");
        JsonNode ibrahim = query(store, "entity", "أبو إبراهيم القرشي");
        assertNotEquals(hasan.get("entity").get("id").asLong(), ibrahim.get("entity").get("id").asLong());
        assertFalse(names(hasan).contains("أبو إبراهيم القرشي"));
        // «القرشي» names two people: both are offered
        JsonNode shortForm = query(store, "entity", "القرشي");
        assertEquals(1, shortForm.get("also_matching").size() - 1, shortForm.get("also_matching").toString());
        // the footballer «أبو زيد» is not the leader «أبو زيد البابلي»
        JsonNode footballer = query(store, "entity", "أبو زيد");
        assertNotEquals(query(store, "entity", "البابلي").get("entity").get("id").asLong(), footballer.get("entity").get("id").asLong());
        // a bank and a club that share a word
        assertNotEquals(query(store, "entity", "بنك الأنصار").get("entity").get("id").asLong(),
                query(store, "entity", "نادي الأنصار اللبناني").get("entity").get("id").asLong());
    }

    @Test
    void neighboursReachTheSuccessorThroughTheGroup() {
        JsonNode n = query(store, "neighbors", "أبو زيد البابلي", "--depth", "2");
        assertEquals("isnad.store.neighbors/1", n.get("schema").asText());
        int group = -1, successor = -1;
        for (JsonNode node : n.get("nodes")) {
            String name = node.get("entity").get("name").asText();
            if (name.equals("جماعة أنصار الفجر")) group = node.get("depth").asInt();
            if (name.equals("أبو الحسن القرشي")) successor = node.get("depth").asInt();
        }
        assertEquals(1, group, n.toString());
        assertEquals(2, successor, n.toString());
    }

    @Test
    void searchFindsANameBehindAProclitic() {
        Run r = run("search", "--store", store.toString(), "--format", "json", "البابلي");
        assertEquals(0, r.code(), r.err());
        JsonNode s = r.json();
        JsonNode hit = null;
        for (JsonNode d : s.get("documents")) if (d.get("document_id").asText().equals("a6")) hit = d;
        assertTrue(hit != null, "the article naming him only «بالبابلي»: " + s);
        String sentence = hit.get("sentence").asText();
        assertTrue(sentence.contains("بالبابلي"), sentence);
        JsonNode h = hit.get("highlights").get(0);
        int[] cps = sentence.codePoints().toArray();
        assertEquals("بالبابلي", new String(cps, h.get(0).asInt(), h.get(1).asInt() - h.get(0).asInt()));
        assertFalse(s.get("entities").isEmpty(), "his entity is found by name too");
        // the text form, with the hit marked
        Run text = run("search", "--store", store.toString(), "لالبابلي");
        assertTrue(text.out().contains("⟦بالبابلي⟧"), text.out());
    }

    @Test
    void searchForAPhrase() {
        Run r = run("search", "--store", store.toString(), "--format", "json", "بنك الأنصار");
        JsonNode s = r.json();
        assertTrue(s.get("total").asInt() >= 3, s.toString());
        assertEquals("بنك الأنصار", s.get("entities").get(0).get("entity").get("name").asText());
        for (JsonNode d : s.get("documents")) assertTrue(d.get("sentence").asText().contains("بنك الأنصار") || d.get("sentence").asText().contains("البنك"), d.toString());
    }

    @Test
    void ingestingTheSameContentAgainAddsNothing() throws Exception {
        Path copy = copy("again");
        long before = count(copy, "SELECT count(*) FROM evidence");
        JsonNode r = ingest(copy, "2019-03-10", "a1.txt", "a2.txt", "a3.txt").json();
        assertEquals(0, r.get("added").asInt());
        assertEquals(3, r.get("unchanged").asInt());
        assertEquals(before, count(copy, "SELECT count(*) FROM evidence"));
    }

    @Test
    void badInputsAreReportedAndTheBatchGoesOn() throws Exception {
        Path copy = copy("bad");
        Path dir = tmp.resolve("bad-inputs");
        Files.createDirectories(dir);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 0, 0});
        Files.copy(texts.resolve("a7.txt"), dir.resolve("a7.txt"));
        Run r = run("ingest", "--store", copy.toString(), "--quiet", "--format", "json", dir.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.json().get("added").asInt());
        assertEquals(2, r.json().get("failed").asInt());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertEquals(2, count(copy, "SELECT count(*) FROM ingest_report WHERE status = 'failed'"));
    }

    @Test
    void analystDecisionsSurviveNewDocumentsAndReResolution() throws Exception {
        Path s = copy("analyst");
        String babli = "البابلي";
        // merge two people the resolver keeps apart, rename one, split a name off another
        assertEquals(0, run("entity", "merge", "أبو الحسن القرشي", "أبو إبراهيم القرشي", "--store", s.toString(), "--reason", "test").code());
        assertEquals(0, run("entity", "rename", babli, "أبو زيد البابلي (قائد أنصار الفجر)", "--store", s.toString()).code());
        Run split = run("entity", "split", babli, "--alias", "سالم حميد الكرخي", "--store", s.toString());
        assertEquals(0, split.code(), split.err());
        checkDecisions(s);
        long karkhi = query(s, "entity", "سالم حميد الكرخي").get("entity").get("id").asLong();
        int docsBefore = query(s, "entity", "سالم حميد الكرخي").get("documents").asInt();
        // a new document naming «سالم حميد الكرخي» joins the entity split off, not the renamed one
        ingest(s, "2019-08-02", "a7.txt");
        checkDecisions(s);
        JsonNode k = query(s, "entity", "سالم حميد الكرخي");
        assertEquals(karkhi, k.get("entity").get("id").asLong());
        assertEquals(docsBefore + 1, k.get("documents").asInt());
        // re-resolution from scratch re-applies the decisions
        Run re = run("entity", "reresolve", "--store", s.toString());
        assertEquals(0, re.code(), re.err());
        checkDecisions(s);
        // and re-ingesting everything changes nothing
        for (String f : new String[] {"a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt", "a6.txt", "a7.txt"}) {
            assertEquals(0, ingest(s, "2019-01-01", f).json().get("added").asInt());
        }
        checkDecisions(s);
        // every decision is in the log
        assertEquals(3, count(s, "SELECT count(*) FROM merges WHERE who = 'analyst'"));
    }

    private static void checkDecisions(Path s) {
        JsonNode hasan = query(s, "entity", "أبو الحسن القرشي");
        assertTrue(names(hasan).contains("أبو إبراهيم القرشي"), "merge lost: " + names(hasan));
        JsonNode leader = query(s, "entity", "البابلي");
        assertEquals("أبو زيد البابلي (قائد أنصار الفجر)", leader.get("entity").get("name").asText(), "rename lost");
        assertFalse(names(leader).contains("سالم حميد الكرخي"), "split lost: " + names(leader));
        assertNotEquals(leader.get("entity").get("id").asLong(), query(s, "entity", "سالم حميد الكرخي").get("entity").get("id").asLong());
    }

    @Test
    void indexRebuildGivesTheSameAnswers() throws Exception {
        Path copy = copy("index");
        Run before = run("search", "--store", copy.toString(), "--format", "json", "البابلي");
        Run rebuild = run("index", "rebuild", "--store", copy.toString());
        assertEquals(0, rebuild.code(), rebuild.err());
        assertTrue(rebuild.out().contains("6 documents"), rebuild.out());
        Run after = run("search", "--store", copy.toString(), "--format", "json", "البابلي");
        assertEquals(before.json().get("total"), after.json().get("total"));
    }

    @Test
    void readableOutputs() {
        Run profile = run("query", "entity", "--store", store.toString(), "البابلي");
        assertTrue(profile.out().contains("-- names") && profile.out().contains("CONFLICTING DATES"), profile.out());
        Run asof = run("query", "asof", "--store", store.toString(), "2019-06", "أنصار الفجر");
        assertTrue(asof.out().contains("LEADER_OF") && asof.out().contains("[stated]"), asof.out());
        Run missing = run("query", "entity", "--store", store.toString(), "اسم غير موجود إطلاقا");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("isnad: no entity named"), missing.err());
        Run noStore = run("query", "entity", "--store", tmp.resolve("nothing-here").toString(), "x");
        assertEquals(2, noStore.code());
        assertTrue(noStore.err().contains("no store at"), noStore.err());
    }

    // ---------------------------------------------------------------- helpers

    private static Path copy(String name) throws Exception {
        Path to = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(store)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(store.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    private static long count(Path s, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.resolve("isnad.db")); Statement st = c.createStatement();
             ResultSet r = st.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
