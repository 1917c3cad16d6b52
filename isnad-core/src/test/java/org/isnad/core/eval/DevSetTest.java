package org.isnad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The founding article of ../shared/eval/dev against its gold, with the targets, and
 * the real dev articles with floors that catch regressions.
 */
class DevSetTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    @Test
    void seedArticleMeetsTheTargets() throws Exception {
        Path dev = SharedData.require("eval/dev");
        GoldScorer.Score s = score(dev, "seed-ar-001");
        System.out.printf("seed: entities %.3f relations %.3f events %.3f%n", s.entities().f1(), s.relations().f1(), s.events().f1());
        s.misses().forEach(m -> System.out.println("  " + m));
        assertTrue(s.entities().f1() >= 0.95, "entities F1 " + s.entities().f1());
        assertTrue(s.relations().f1() >= 0.80, "relations F1 " + s.relations().f1());
        assertTrue(s.events().f1() >= 0.70, "events F1 " + s.events().f1());
    }

    @Test
    void realDevArticlesStayAboveTheirFloors() throws Exception {
        Path dev = SharedData.require("eval/dev");
        GoldScorer.Score total = GoldScorer.Score.zero();
        try (var files = Files.list(dev)) {
            for (Path g : files.filter(p -> p.getFileName().toString().matches("dev-.*\\.gold\\.json")).sorted().toList())
                total = total.plus(score(dev, g.getFileName().toString().replace(".gold.json", "")));
        }
        System.out.printf("real dev articles: entities %.3f relations %.3f events %.3f%n", total.entities().f1(), total.relations().f1(), total.events().f1());
        // floors a little under what the extraction measures today: a regression fails the build
        assertTrue(total.entities().f1() >= 0.72, "entities F1 " + total.entities().f1());
        assertTrue(total.relations().f1() >= 0.15, "relations F1 " + total.relations().f1());
        assertTrue(total.events().f1() >= 0.52, "events F1 " + total.events().f1());
    }

    private static GoldScorer.Score score(Path dev, String name) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(dev.resolve(name + ".gold.json").toFile());
        String text = Files.readString(dev.resolve(gold.get("doc").asText()), StandardCharsets.UTF_8);
        return GoldScorer.score(gold, PIPELINE.extract(new Document(name, text, null, null, null)));
    }
}
