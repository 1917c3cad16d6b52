package org.isnad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Arabic texts written for this project (src/test/resources/texts, several topics and styles)
 * with their expected facts: the extraction must find most of them, and not invent many.
 */
class WrittenTextsTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    @Test
    void extractionFindsTheExpectedFactsOfTheWrittenTexts() throws Exception {
        Path dir = Path.of(WrittenTextsTest.class.getResource("/texts").toURI());
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) { golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList(); }
        assertTrue(golds.size() >= 12, "at least 12 written texts, found " + golds.size());
        ObjectMapper json = new ObjectMapper();
        GoldScorer.Score total = GoldScorer.Score.zero();
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            Path txt = dir.resolve(gold.get("doc").asText());
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            String published = publishedOf(gold);
            GoldScorer.Score s = GoldScorer.score(gold, PIPELINE.extract(new Document(txt.getFileName().toString().replace(".txt", ""), text, null, published, null)));
            System.out.printf("%-34s ent %.2f  rel %.2f  ev %.2f%n", g.getFileName(), s.entities().f1(), s.relations().f1(), s.events().f1());
            total = total.plus(s);
        }
        System.out.printf("written texts: entities P %.3f R %.3f F1 %.3f | relations P %.3f R %.3f F1 %.3f | events P %.3f R %.3f F1 %.3f%n",
                total.entities().precision(), total.entities().recall(), total.entities().f1(),
                total.relations().precision(), total.relations().recall(), total.relations().f1(),
                total.events().precision(), total.events().recall(), total.events().f1());
        // floors a little under what the extraction measures, so a regression fails the build
        assertTrue(total.entities().f1() >= FLOOR_ENTITIES, "entity F1 " + total.entities().f1());
        assertTrue(total.relations().f1() >= FLOOR_RELATIONS, "relation F1 " + total.relations().f1());
        assertTrue(total.events().f1() >= FLOOR_EVENTS, "event F1 " + total.events().f1());
    }

    static final double FLOOR_ENTITIES = 0.72, FLOOR_RELATIONS = 0.17, FLOOR_EVENTS = 0.55;

    private static String publishedOf(JsonNode gold) {
        JsonNode p = gold.get("published");
        if (p != null && !p.isNull()) return p.asText();
        JsonNode note = gold.get("note");
        if (note == null) return null;
        var m = java.util.regex.Pattern.compile("[Pp]ublished:?\\s*(\\d{4}-\\d{2}-\\d{2})").matcher(note.asText());
        return m.find() ? m.group(1) : null;
    }

}
