package org.isnad.export;

import org.isnad.core.model.Argument;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Relation;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeRange;
import org.isnad.core.model.TimeValue;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.store.GraphStore;
import org.isnad.store.write.GraphWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stores for the tests, built once per test JVM under target/:
 * <ul>
 *   <li>{@link #written()}: four documents written for these tests, stored from hand-made
 *       extractions, so that names, dates, claimants, conflicts and a chain of links are known
 *       (a leader, his predecessor, a spokesman and an outlet of the armed group «جند الساحل»; an
 *       allied group and its member two links away; a death the sources date 2020 and 2021-05; a
 *       football club and its coach apart from the rest);</li>
 *   <li>{@link #extracted()}: the pipeline's extraction of isnad-core's written test texts and
 *       the samples: whatever the extractor produces must export valid.</li>
 * </ul>
 */
final class Fixture {
    static final String LEADER = "أبو زيد البابلي";
    static final String GROUP = "جند الساحل";
    static final String PREDECESSOR = "أبو قتادة الحلبي";
    static final String SPOKESMAN = "أبو عمر الشامي";
    static final String OUTLET = "مؤسسة النداء";
    static final String ALLY = "كتائب الفجر";
    static final String ALLY_MEMBER = "أبو حمزة الكردي";
    static final String MINISTRY = "وزارة الداخلية العراقية";
    static final String MOSUL = "الموصل";
    static final String ALEPPO = "حلب";
    static final String CLUB = "نادي النجوم الرياضي";
    static final String COACH = "كريم المصري";
    /** A name with every character XML and CSV must escape or quote. */
    static final String SPONSOR = "مجموعة \"النور\" & شركاه <القابضة>, فرع عمّان";
    /** A sentence with a comma, double quotes and a line break: CSV must quote it. */
    static final String TRICKY = "ويعرف البابلي أيضا بكنيته أبو زيد، ويلقب \"الأمير\"\nواسمه عبد الله البابلي.";

    private static Path written;
    private static Path extracted;

    private Fixture() {}

    static synchronized Path written() {
        if (written == null) written = build("written", Fixture::addWritten);
        return written;
    }

    static synchronized Path extracted() {
        if (extracted == null) extracted = build("extracted", Fixture::addExtracted);
        return extracted;
    }

    /** Another store from the same written documents: stable ids must not depend on the store. */
    static Path writtenAgain() { return build("written-again", Fixture::addWritten); }

    private interface Filler { void fill(GraphWriter w) throws Exception; }

    private static Path build(String name, Filler filler) {
        try {
            Path dir = Path.of("target", "test-stores", name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            Files.createDirectories(dir);
            GraphStore store = GraphStore.open(dir, true);
            try (GraphWriter w = store.writer()) {
                filler.fill(w);
            }
            return dir;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the " + name + " test store", e);
        }
    }

    static GraphStore open(Path dir) {
        try {
            return GraphStore.open(dir, false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(Path dir, String sql) {
        try (Connection c = open(dir).connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(Path dir, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = open(dir).connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    // ------------------------------------------------------------------ the extracted store

    private static void addExtracted(GraphWriter w) throws Exception {
        Pipeline pipeline = Pipeline.load();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "isnad-core", "src", "test", "resources", "texts"), Path.of("..", "samples"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) throw new IllegalStateException("no test texts found from " + Path.of("").toAbsolutePath());
        for (Path f : files) {
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            w.add(pipeline.extract(new Document(stem, text, null, null, f.toString(), null)), f.toString());
        }
    }

    // ------------------------------------------------------------------ the written store

    private static void addWritten(GraphWriter w) throws SQLException {
        Doc a = new Doc("fx-a", "«جند الساحل» تعلن أميرها الجديد", "2019-03-10", "وكالة الساحل للأنباء", "https://example.org/news/a?id=1&lang=ar",
                "أعلن تنظيم جند الساحل أن أبا زيد البابلي تولى إمارة التنظيم في عام 2018، خلفا لأبي قتادة الحلبي الذي قاد التنظيم حتى 2018. "
                        + "وقال المتحدث باسم التنظيم أبو عمر الشامي، الذي يشغل منصبه منذ 2015، إن \"مؤسسة النداء\" التابعة للتنظيم ستنشر كلمة للأمير. "
                        + TRICKY);
        a.entity("e1", EntityType.PERSON, null, LEADER, "Abu Zayd al-Babili", List.of("أبو زيد", "عبد الله البابلي"), "أبا زيد البابلي", "أبو زيد",
                "عبد الله البابلي");
        a.entity("e2", EntityType.ORGANIZATION, "armed_group", GROUP, "Jund al-Sahil", List.of(), GROUP);
        a.entity("e3", EntityType.PERSON, null, PREDECESSOR, "Abu Qatada al-Halabi", List.of(), "أبي قتادة الحلبي");
        a.entity("e4", EntityType.PERSON, null, SPOKESMAN, "Abu Omar al-Shami", List.of(), SPOKESMAN);
        a.entity("e5", EntityType.ORGANIZATION, "media", OUTLET, "Al-Nidaa Foundation", List.of(), OUTLET);
        String s1 = a.sentence("أعلن تنظيم"), s2 = a.sentence("وقال المتحدث");
        a.relation("LEADER_OF", "e1", "e2", "أمير", "2018", "2018", s1, null, 0.8);
        a.relation("LEADER_OF", "e3", "e2", "قائد", null, "2018", s1, null, 0.7);
        a.relation("SPOKESPERSON_OF", "e4", "e2", "المتحدث", "2015", null, s2, "e4", 0.75);
        a.relation("PART_OF", "e5", "e2", null, null, null, s2, "e4", 0.6);
        a.relation("AFFILIATED_WITH", "e1", "e2", null, null, null, TRICKY, null, 0.55);
        w.add(a.extraction(), "fixture/fx-a.txt");

        Doc b = new Doc("fx-b", "مقتل أمير جند الساحل", "2021-06-01", "قناة الرصد", null,
                "أعلنت وزارة الداخلية العراقية مقتل أبي زيد البابلي في غارة قرب الموصل في أيار/مايو 2021. "
                        + "وكان تنظيم جند الساحل قد أعلن في 2016 تحالفه مع كتائب الفجر، التي بايعها أبو حمزة الكردي عام 2019.");
        b.entity("b1", EntityType.ORGANIZATION, "ministry", MINISTRY, "Iraqi Ministry of Interior", List.of(), MINISTRY);
        b.entity("b2", EntityType.PERSON, null, LEADER, "Abu Zayd al-Babili", List.of(), "أبي زيد البابلي");
        b.entity("b3", EntityType.LOCATION, "city", MOSUL, "Mosul", List.of(), MOSUL);
        b.entity("b4", EntityType.ORGANIZATION, "armed_group", GROUP, "Jund al-Sahil", List.of(), GROUP);
        b.entity("b5", EntityType.ORGANIZATION, "armed_group", ALLY, "Kataib al-Fajr", List.of(), ALLY);
        b.entity("b6", EntityType.PERSON, null, ALLY_MEMBER, "Abu Hamza al-Kurdi", List.of(), ALLY_MEMBER);
        String t1 = b.sentence("أعلنت وزارة"), t2 = b.sentence("وكان تنظيم");
        b.event("DEATH", List.of(new Argument("victim", "b2")), "2021-05", "أيار/مايو 2021", "b3", "مقتل", t1, "b1", 0.9);
        b.relation("AFFILIATED_WITH", "b4", "b5", null, "2016", "2016", t2, null, 0.6);
        b.relation("MEMBER_OF", "b6", "b5", null, "2019", null, t2, null, 0.6);
        w.add(b.extraction(), "fixture/fx-b.txt");

        Doc c = new Doc("fx-c", null, "2020-01-15", null, "http://example.org/c",
                "ذكرت مصادر محلية أن أبا زيد البابلي قتل عام 2020، وأن \"مؤسسة النداء\" توقفت عن النشر. وفي 2016 هاجم جند الساحل ثكنة في حلب.");
        c.entity("c1", EntityType.PERSON, null, LEADER, "Abu Zayd al-Babili", List.of(), "أبا زيد البابلي");
        c.entity("c2", EntityType.ORGANIZATION, "media", OUTLET, "Al-Nidaa Foundation", List.of(), OUTLET);
        c.entity("c3", EntityType.ORGANIZATION, "armed_group", GROUP, "Jund al-Sahil", List.of(), GROUP);
        c.entity("c4", EntityType.LOCATION, "city", ALEPPO, "Aleppo", List.of(), ALEPPO);
        String u1 = c.sentence("ذكرت مصادر"), u2 = c.sentence("وفي 2016");
        c.event("DEATH", List.of(new Argument("victim", "c1")), "2020", "عام 2020", null, "قتل", u1, null, 0.5);
        c.event("CESSATION", List.of(new Argument("organization", "c2")), null, null, null, "توقفت", u1, null, 0.6);
        c.event("ATTACK", List.of(new Argument("agent", "c3")), "2016", "2016", "c4", "هاجم", u2, null, 0.7);
        w.add(c.extraction(), "fixture/fx-c.txt");

        Doc d = new Doc("fx-d", "نادي النجوم يعين مدربا", "2019-10-20", "صحيفة الملاعب", null,
                "عين نادي النجوم الرياضي المدرب كريم المصري مدربا للفريق الأول في أكتوبر 2019. وترعى الفريق " + SPONSOR + ".");
        d.entity("d1", EntityType.ORGANIZATION, "club", CLUB, "Al-Nujoom SC", List.of(), CLUB);
        d.entity("d2", EntityType.PERSON, null, COACH, "Karim al-Masri", List.of(), COACH);
        d.entity("d3", EntityType.ORGANIZATION, "company", SPONSOR, null, List.of(), SPONSOR);
        String v1 = d.sentence("عين نادي");
        d.relation("LEADER_OF", "d2", "d1", "مدرب", "2019-10", null, v1, null, 0.7);
        d.event("APPOINTMENT", List.of(new Argument("person", "d2"), new Argument("organization", "d1")), "2019-10", "أكتوبر 2019", null,
                "عين", v1, null, 0.8);
        w.add(d.extraction(), "fixture/fx-d.txt");
    }

    /** A document being written with its extraction; spans are found in the text. */
    private static final class Doc {
        final Document document;
        final List<Entity> entities = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String id, String title, String published, String source, String url, String text) {
            this.document = new Document(id, text, title, published, source, url);
        }

        Span find(String s) {
            int i = document.text().indexOf(s);
            if (i < 0) throw new IllegalArgumentException("«" + s + "» is not in " + document.id());
            return new Span(i, i + s.length());
        }

        /** The sentence starting with these words: up to the next ". " or the end of the text. */
        String sentence(String start) {
            String t = document.text();
            int i = t.indexOf(start);
            int end = t.indexOf(". ", i);
            return t.substring(i, end < 0 ? t.length() : end + 1);
        }

        void entity(String id, EntityType type, String kind, String name, String latin, List<String> aliases, String... mentions) {
            List<Mention> ms = new ArrayList<>();
            for (String m : mentions) ms.add(new Mention(find(m), m));
            entities.add(new Entity(id, type, name, latin, aliases, kind, ms));
        }

        void relation(String type, String s, String o, String role, String from, String until, String sentence, String source, double conf) {
            relations.add(new Relation(type, s, o, role, new TimeRange(from, until), find(sentence), source, conf));
        }

        void event(String type, List<Argument> args, String time, String timeText, String location, String trigger, String sentence,
                   String source, double conf) {
            Span ev = find(sentence);
            int t = document.text().indexOf(trigger, ev.start());
            TimeValue tv = time == null && timeText == null ? null : new TimeValue(timeText == null ? null : find(timeText), timeText, time, false);
            events.add(new Event(type, args, tv, location, new Span(t, t + trigger.length()), ev, source, conf));
        }

        Extraction extraction() {
            return new Extraction(document, "ar", entities, relations, events, List.of());
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
