package org.isnad.kb;

import org.isnad.kb.ListEntry.Kind;
import org.isnad.kb.ListName.Quality;
import org.isnad.kb.ListName.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the UN consolidated list: the published file, and files that are not it. */
class UnListImporterTest {
    /** A list of two entries written here in the UN format, one with most fields missing. */
    static final String SMALL_LIST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2024-01-01T00:00:00Z">
              <INDIVIDUALS>
                <INDIVIDUAL>
                  <NAME_ORIGINAL_SCRIPT>سالم خالد العمري</NAME_ORIGINAL_SCRIPT>
                  <FIRST_NAME>SALIM</FIRST_NAME><SECOND_NAME>KHALID</SECOND_NAME><THIRD_NAME>AL-UMARI</THIRD_NAME>
                  <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
                  <REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
                  <LISTED_ON>2020-02-02</LISTED_ON>
                  <NATIONALITY><VALUE>Nowhere</VALUE></NATIONALITY>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Yahya al-Umari</ALIAS_NAME>
                    <NOTE>In Arabic: أبو يحيى العمري</NOTE></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Yahya</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY></QUALITY><ALIAS_NAME></ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1970</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                </INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME></INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES>
                <ENTITY>
                  <FIRST_NAME>THE EXAMPLE BRIGADES (TEB)</FIRST_NAME>
                  <REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER>
                </ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """;

    static UnListImporter.Result read(String xml) {
        return UnListImporter.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void readsEntriesAndLeavesMissingFieldsEmpty() {
        UnListImporter.Result r = read(SMALL_LIST);
        assertEquals(2, r.entries().size());
        assertEquals(1, r.skipped(), "the entry without a reference number");
        ListEntry salim = r.entries().get(0);
        assertEquals("QDi.901", salim.ref());
        assertEquals(Kind.INDIVIDUAL, salim.kind());
        assertEquals(Linker.UN_ISIL_AQ, salim.list());
        assertEquals("SALIM KHALID AL-UMARI", salim.name());
        assertEquals("سالم خالد العمري", salim.original());
        assertEquals(List.of("1970"), salim.born());
        assertEquals(List.of("Nowhere"), salim.nationalities());
        assertTrue(salim.names().contains(new ListName("أبو يحيى العمري", Script.ARABIC, Quality.GOOD, "note")));
        assertTrue(salim.names().contains(new ListName("Abu Yahya", Script.LATIN, Quality.LOW, "alias")));
        ListEntry brigades = r.entries().get(1);
        assertEquals(Kind.ENTITY, brigades.kind());
        assertEquals(List.of("THE EXAMPLE BRIGADES", "TEB"), brigades.names().stream().map(ListName::text).toList());
        assertEquals(Linker.UN_ISIL_AQ, brigades.list(), "no list type: the ISIL/AQ list");
        assertTrue(brigades.born().isEmpty() && brigades.listedOn() == null && brigades.comments() == null);
    }

    @Test
    void otherFilesFailWithOneClearLine() {
        KbException notUn = assertThrows(KbException.class, () -> read("<?xml version=\"1.0\"?><rss><channel/></rss>"));
        assertTrue(notUn.getMessage().contains("not the UN sanctions list") && notUn.getMessage().contains("<rss>"), notUn.getMessage());

        KbException broken = assertThrows(KbException.class, () -> read(SMALL_LIST.substring(0, SMALL_LIST.length() / 2)));
        assertTrue(broken.getMessage().startsWith("test.xml: broken XML at line"), broken.getMessage());

        KbException text = assertThrows(KbException.class, () -> read("just some text, not XML"));
        assertTrue(text.getMessage().contains("broken XML"), text.getMessage());

        KbException empty = assertThrows(KbException.class, () -> read("<CONSOLIDATED_LIST></CONSOLIDATED_LIST>"));
        assertTrue(empty.getMessage().contains("no INDIVIDUAL or ENTITY"), empty.getMessage());

        for (KbException e : List.of(notUn, broken, text, empty)) assertFalse(e.getMessage().contains("\n"), e.getMessage());
        KbException missing = assertThrows(KbException.class, () -> UnListImporter.read(Path.of("no-such-list.xml")));
        assertTrue(missing.getMessage().contains("no such file"));
    }

    @Test
    void externalEntitiesAreNotRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&s;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        try {
            UnListImporter.Result r = read(xml);
            assertFalse(r.entries().get(0).name().contains("SECRET"));
        } catch (KbException e) {
            assertFalse(e.getMessage().contains("SECRET"));
        }
    }

    @Test
    void savesAndLoadsTheSameEntries(@TempDir Path dir) {
        UnListImporter.Result r = read(SMALL_LIST);
        Path file = SanctionsList.save(dir, r, "test.xml");
        assertEquals(SanctionsList.file(dir), file);
        SanctionsList loaded = SanctionsList.load(dir);
        assertEquals(r.entries(), List.copyOf(loaded.entries()));
        assertEquals("2024-01-01T00:00:00Z", loaded.generated());
        assertNotNull(loaded.imported());
        assertEquals("SALIM KHALID AL-UMARI", loaded.get("qdi.901").name());
    }

    @Test
    void aMissingOrForeignKnowledgeBaseIsAClearError(@TempDir Path dir) throws Exception {
        KbException none = assertThrows(KbException.class, () -> SanctionsList.load(dir));
        assertTrue(none.getMessage().contains("isnad kb import un-sanctions"), none.getMessage());
        Files.writeString(SanctionsList.file(dir), "{\"format\":\"something else\"}\n");
        KbException foreign = assertThrows(KbException.class, () -> SanctionsList.load(dir));
        assertTrue(foreign.getMessage().contains("not an Isnad sanctions-list file"), foreign.getMessage());
        Files.writeString(SanctionsList.file(dir), "{\"format\":\"" + SanctionsList.FORMAT + "\"}\n{broken\n");
        KbException broken = assertThrows(KbException.class, () -> SanctionsList.load(dir));
        assertTrue(broken.getMessage().contains("line 2"), broken.getMessage());
    }

    @Test
    void thePublishedListHasTheCountsItsSourceGives(@TempDir Path dir) throws Exception {
        UnListImporter.Result r = Shared.imported();
        // SOURCE.txt: 345 entries, 256 individuals and 89 entities
        assertEquals(345, r.entries().size());
        assertEquals(256, r.individuals());
        assertEquals(89, r.entities());
        assertEquals(0, r.skipped());
        assertEquals("2024-06-07T00:00:02.943Z", r.generated());

        SanctionsList list = SanctionsList.of(r);
        ListEntry leader = list.get("QDi.299");
        assertEquals("IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", leader.name());
        assertEquals("إبراهيم عواد إبراهيم علي البدري السامرائي", leader.original());
        assertEquals("2011-10-05", leader.listedOn());
        assertEquals(List.of("Iraq"), leader.nationalities());
        assertEquals(List.of("1971"), leader.born());
        assertTrue(leader.names().contains(new ListName("أبو بكر البغدادي الحسيني القريشي", Script.ARABIC, Quality.LOW, "alias")));
        assertTrue(leader.names().contains(new ListName("Abu Bakr al-Baghdadi", Script.LATIN, Quality.LOW, "alias")));
        assertTrue(list.get("QDi.001").names().contains(new ListName("سيف العدل", Script.ARABIC, Quality.GOOD, "note")));
        assertEquals("القاعده في العراق", list.get("QDe.115").original());
        long arabicOriginals = list.entries().stream()
                .filter(e -> e.original() != null && ListName.scriptOf(e.original()) == Script.ARABIC).count();
        assertTrue(arabicOriginals >= 140, "SOURCE.txt: 151 with an original-script name, most of them Arabic: " + arabicOriginals);

        Path file = SanctionsList.save(dir, r, "isil-aq-list-2024-06-07.xml");
        long t0 = System.nanoTime();
        SanctionsList loaded = SanctionsList.load(dir);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertEquals(345, loaded.size());
        assertEquals(List.copyOf(list.entries()), List.copyOf(loaded.entries()));
        System.out.printf("[kb] UN list: %d entries, knowledge-base file %,d bytes, loaded in %.0f ms%n",
                loaded.size(), Files.size(file), ms);
    }
}
