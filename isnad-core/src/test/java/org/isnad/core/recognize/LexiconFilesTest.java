package org.isnad.core.recognize;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Shape checks of the recognizer's lexicon files: column counts, required cells, allowed codes,
 * and that every key is unique after folding (two rows that fold to one key would make the
 * lookup order-dependent).
 */
class LexiconFilesTest {
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Set<String> PLACE_KINDS =
            Set.of("country", "province", "region", "city", "town", "sea", "river", "mountain");
    private static final Set<String> ORG_KINDS = Set.of("armed_group", "government", "ministry", "international",
            "party", "media", "channel", "company", "bank", "club", "national_team", "league", "security",
            "court", "religious_body", "coalition", "ngo", "university");

    @Test
    void everyFileIsValidUtf8AndStartsWithAColumnComment() throws IOException {
        for (String f : List.of("places.tsv", "organizations.tsv", "persons.tsv", "given-names.tsv",
                "common-words.txt", "nisba-exclusions.txt")) {
            byte[] bytes = read("recognize/" + f);
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                fail(f + " is not valid UTF-8");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), f + " must start with a '#' comment naming the columns");
            assertFalse(text.contains("\r"), f + " must use LF line ends");
        }
    }

    @Test
    void placesHaveSixColumnsAndUniqueKeys() {
        List<String[]> rows = DataFiles.table("recognize/places.tsv");
        assertTrue(rows.size() > 3000, "places: " + rows.size());
        Set<String> keys = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(6, r.length, () -> "places row " + String.join("|", r));
            required(r, 0, 1, 2);
            assertTrue(PLACE_KINDS.contains(r[2]), "place kind " + r[2]);
            assertTrue(r[3].isEmpty() || ISO2.matcher(r[3]).matches(), "country code " + r[3]);
            flag(r[4]);
            assertTrue(r[5].isEmpty() || r[5].chars().allMatch(Character::isDigit), "population " + r[5]);
            // homonyms in two countries (Tripoli LY / LB) are separate rows, so the country is part of the key
            assertTrue(keys.add(NormalizedText.fold(r[0]) + '\t' + r[2] + '\t' + r[3]), "duplicate place " + r[0]);
        }
    }

    @Test
    void organizationsHaveFiveColumnsAndUniqueKeys() {
        List<String[]> rows = DataFiles.table("recognize/organizations.tsv");
        assertTrue(rows.size() >= 600, "organizations: " + rows.size());
        Set<String> keys = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(5, r.length, () -> "organizations row " + String.join("|", r));
            required(r, 0, 1, 2);
            assertTrue(ORG_KINDS.contains(r[2]), "organization kind " + r[2]);
            assertTrue(r[3].isEmpty() || ISO2.matcher(r[3]).matches(), "country code " + r[3]);
            flag(r[4]);
            assertTrue(keys.add(NormalizedText.fold(r[0]) + '\t' + r[2] + '\t' + r[3]), "duplicate organization " + r[0]);
        }
    }

    @Test
    void personsHaveFourColumnsAndUniqueKeys() {
        List<String[]> rows = DataFiles.table("recognize/persons.tsv");
        assertTrue(rows.size() >= 400, "persons: " + rows.size());
        Set<String> keys = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(4, r.length, () -> "persons row " + String.join("|", r));
            required(r, 0, 1);
            flag(r[3]);
            if (!r[2].isEmpty()) {
                for (String s : r[2].split("\\|")) assertFalse(s.isBlank(), "empty short form in " + r[0]);
            }
            assertTrue(keys.add(NormalizedText.fold(r[0])), "duplicate person " + r[0]);
        }
    }

    @Test
    void givenNamesHaveFourColumnsAndUniqueKeys() {
        List<String[]> rows = DataFiles.table("recognize/given-names.tsv");
        assertTrue(rows.size() >= 1500, "given names: " + rows.size());
        Set<String> keys = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(4, r.length, () -> "given-names row " + String.join("|", r));
            required(r, 0, 1, 2, 3);
            assertTrue(Set.of("m", "f", "u").contains(r[2]), "gender " + r[2]);
            assertTrue(Set.of("arabic", "foreign").contains(r[3]), "origin " + r[3]);
            assertTrue(keys.add(NormalizedText.fold(r[0])), "duplicate given name " + r[0]);
        }
    }

    @Test
    void commonWordsAreFoldedUniqueAndCounted() {
        List<String[]> rows = DataFiles.table("recognize/common-words.txt");
        assertTrue(rows.size() >= 25000, "common words: " + rows.size());
        Set<String> words = new HashSet<>();
        long previous = Long.MAX_VALUE;
        for (String[] r : rows) {
            assertEquals(2, r.length, () -> "common-words row " + String.join("|", r));
            assertEquals(NormalizedText.fold(r[0]), r[0], "common word not folded: " + r[0]);
            long n = Long.parseLong(r[1]);
            assertTrue(n <= previous, "common words must be sorted by frequency: " + r[0]);
            previous = n;
            assertTrue(words.add(r[0]), "duplicate common word " + r[0]);
        }
    }

    @Test
    void nisbaExclusionsHaveThreeColumnsAndUniqueKeys() {
        List<String[]> rows = DataFiles.table("recognize/nisba-exclusions.txt");
        assertTrue(rows.size() > 1000, "nisba exclusions: " + rows.size());
        Set<String> keys = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(3, r.length, () -> "nisba row " + String.join("|", r));
            required(r, 0, 1);
            assertTrue(Set.of("nationality_or_group", "adjective").contains(r[1]), "nisba kind " + r[1]);
            flag(r[2]);
            String folded = NormalizedText.fold(r[0]);
            assertTrue(folded.endsWith("ي") || folded.endsWith("يه") || folded.endsWith("يون")
                    || folded.endsWith("يين") || folded.endsWith("يات"), "not an -i adjective: " + r[0]);
            assertTrue(keys.add(folded), "duplicate nisba exclusion " + r[0]);
        }
    }

    private static void required(String[] row, int... columns) {
        for (int c : columns) {
            assertFalse(row[c].isEmpty(), () -> "empty required cell " + c + " in " + String.join("|", row));
        }
    }

    private static void flag(String cell) {
        assertTrue(cell.equals("0") || cell.equals("1"), "ambiguous/also_name flag must be 0 or 1: " + cell);
    }

    private static byte[] read(String relative) throws IOException {
        try (InputStream in = DataFiles.class.getResourceAsStream("/org/isnad/core/" + relative)) {
            assertNotNull(in, "missing " + relative);
            return in.readAllBytes();
        }
    }
}
