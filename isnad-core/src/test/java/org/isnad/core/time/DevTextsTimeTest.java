package org.isnad.core.time;

import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the extractor over the shared dev articles (read in place, never copied). */
class DevTextsTimeTest {
    private static final TimeExtractor TIME = TimeExtractor.load();

    private static Path devDir() {
        Path dir = Path.of(System.getProperty("isnad.shared", "../shared"), "eval", "dev");
        if (!Files.isDirectory(dir)) {
            if ("true".equals(System.getenv("CI"))) fail("shared dev data missing at " + dir.toAbsolutePath());
            Assumptions.abort("shared dev data not found at " + dir.toAbsolutePath() + "; skipping");
        }
        return dir;
    }

    @Test
    void everyDevTextGivesOrderedSpansThatMatchTheOriginal() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(devDir())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        int total = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            List<TimeValue> found = TIME.extract(NormalizedText.of(text), null);
            int previousEnd = 0;
            for (TimeValue v : found) {
                assertEquals(v.text(), text.substring(v.span().start(), v.span().end()), f + ": " + v);
                assertTrue(v.span().start() >= previousEnd, f + ": overlapping " + v);
                assertTrue(v.value() == null || v.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), f + ": " + v);
                previousEnd = v.span().end();
            }
            total += found.size();
        }
        assertTrue(total > 50, "only " + total + " time expressions in the dev texts");
    }

    @Test
    void theSeedArticleResolvesTheMonthItRefersBackTo() throws IOException {
        Path seed = devDir().resolve("seed-ar-001.txt");
        Assumptions.assumeTrue(Files.exists(seed), "seed article missing");
        List<TimeValue> found = TIME.extract(NormalizedText.of(Files.readString(seed)), null);
        TimeValue sameMonth = found.stream().filter(v -> v.text().equals("أواخر الشهر ذاته")).findFirst().orElseThrow();
        assertEquals("2019-10", sameMonth.value());
        assertTrue(sameMonth.relative());
        TimeValue since = found.stream().filter(v -> v.text().equals("منذ 4 سنوات")).findFirst().orElseThrow();
        assertEquals(null, since.value()); // no publication date and no earlier date in the text
    }
}
