package org.isnad.web;

import org.isnad.core.model.Argument;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Relation;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeRange;
import org.isnad.core.model.TimeValue;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.ingest.read.ReadOptions;
import org.isnad.ingest.read.ReadResult;
import org.isnad.ingest.read.Sources;
import org.isnad.store.GraphStore;
import org.isnad.store.ingest.Ingester;
import org.isnad.store.search.SearchIndex;
import org.isnad.store.write.GraphWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Stores for the tests: a few of the project's sample texts, plus a hostile document written here. */
final class TestStores {
    /** Names an attacker could give entities: markup, an event handler, a bidi override. */
    static final String SCRIPT_NAME = "<script>window.__xss=1;alert(1)</script>";
    static final String IMG_NAME = "<img src=x onerror=\"window.__xss=2;alert(2)\">";
    static final String BIDI_NAME = "\u202Eأبو علي المغربي";
    static final String HOSTILE_TITLE = "<img src=x onerror=alert(3)> بيان";

    private TestStores() {}

    /** Texts written for the project that the tests ingest (from the demo resources in the build). */
    static List<String> sampleTexts(int n) throws Exception {
        Path dir = Files.createTempDirectory("isnad-web-texts");
        DemoStore.copyTexts(dir);
        List<String> out = new ArrayList<>();
        try (var s = Files.walk(dir.resolve("texts"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).forEach(p -> out.add(p.toString()));
        }
        return out;
    }

    /** A store with {@code n} sample texts and the hostile document. */
    static GraphStore build(Path dir, int n) throws Exception {
        GraphStore store = GraphStore.open(dir, true);
        Iterator<ReadResult> read = Sources.read(sampleTexts(n), ReadOptions.defaults()).iterator();
        Iterator<Ingester.Item> items = new Iterator<>() {
            @Override
            public boolean hasNext() { return read.hasNext(); }

            @Override
            public Ingester.Item next() {
                ReadResult r = read.next();
                Document d = r.document();
                // shown as the project's path of the text, not the temporary copy
                if (d != null) d = new Document(d.id(), d.text(), d.title(), d.published(), "texts/" + d.id() + ".txt", d.url());
                return new Ingester.Item(r.input(), d, r.error(), r.warning());
            }
        };
        new Ingester(store, Pipeline.load(), 2).run(items, n, null, line -> {});
        try (GraphWriter w = store.writer()) {
            w.add(hostile(), "hostile.txt");
        }
        try (var c = store.connect()) {
            new SearchIndex(store.indexDir()).sync(c, null);
        }
        return store;
    }

    /** A document whose entity names are markup and a bidi override, with a relation and an event among them. */
    static Extraction hostile() {
        String sentence1 = "قال " + SCRIPT_NAME + " إنه يقود " + IMG_NAME + " منذ عام 2015.";
        String sentence2 = " واعتقلت الشرطة " + BIDI_NAME + " في بغداد يوم 2019-06-14.";
        String text = HOSTILE_TITLE + "\n\n" + sentence1 + sentence2;
        int s1 = text.indexOf(sentence1), s2 = text.indexOf(sentence2) + 1;
        Entity e1 = entity("e1", org.isnad.core.model.EntityType.PERSON, SCRIPT_NAME, "<b>Script</b> Man", text);
        Entity e2 = entity("e2", org.isnad.core.model.EntityType.ORGANIZATION, IMG_NAME, "Img Org", text);
        Entity e3 = entity("e3", org.isnad.core.model.EntityType.PERSON, BIDI_NAME, "Abu Ali al-Maghribi", text);
        Entity e4 = entity("e4", org.isnad.core.model.EntityType.LOCATION, "بغداد", "Baghdad", text);
        Relation leads = new Relation("LEADER_OF", "e1", "e2", "يقود", new TimeRange("2015", null), new Span(s1, s1 + sentence1.length()), null, 0.9);
        int trigger = text.indexOf("اعتقلت");
        Event arrest = new Event("ARREST", List.of(new Argument("agent", "e1"), new Argument("arrested", "e3")),
                new TimeValue(new Span(text.indexOf("2019-06-14"), text.indexOf("2019-06-14") + 10), "2019-06-14", "2019-06-14", false),
                "e4", new Span(trigger, trigger + 6), new Span(s2, text.length()), null, 0.8);
        Document d = new Document("hostile", text, HOSTILE_TITLE, "2019-06-15", "<script>alert(4)</script>");
        return new Extraction(d, "ar", List.of(e1, e2, e3, e4), List.of(leads), List.of(arrest), List.of());
    }

    private static Entity entity(String id, org.isnad.core.model.EntityType type, String name, String latin, String text) {
        int at = text.indexOf(name, text.indexOf("\n\n"));
        return new Entity(id, type, name, latin, List.of(), null, List.of(new Mention(new Span(at, at + name.length()), name)));
    }
}
