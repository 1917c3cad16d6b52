package org.isnad.core.latin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The learned letter model on held-out Wikipedia name pairs (data read from /work/shared, never copied). */
class RomanizerHeldOutTest {

    private static List<String> testPairs() throws IOException {
        Path shared = Path.of(System.getProperty("isnad.shared", "../shared"));
        Path file = shared.resolve("data/name-transliteration/ar2en-test.txt");
        if (!Files.isRegularFile(file) && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("shared data missing: " + file + " (CI=true)");
        }
        assumeTrue(Files.isRegularFile(file), "shared data not found (" + file + "); skipping");
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static double exact(Romanizer romanizer, List<String> lines) {
        int hits = 0, n = 0;
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length < 2) continue;
            n++;
            if (romanizer.romanize(cells[0]).toLowerCase(Locale.ROOT).equals(cells[1].strip().toLowerCase(Locale.ROOT))) hits++;
        }
        return (double) hits / n;
    }

    @Test
    void learnedModelSpellsUnseenNamesFarBetterThanLetterDefaults() throws IOException {
        List<String> lines = testPairs();
        double learned = exact(Romanizer.load(), lines);
        double lettersOnly = exact(Romanizer.withModel(null), lines);
        assertTrue(learned >= lettersOnly + 0.10, "learned " + learned + " vs letter defaults " + lettersOnly);
    }
}
