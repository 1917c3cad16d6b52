package org.isnad.kb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UN list's name fields split into single names. */
class NameSplitterTest {
    @Test
    void anArabicAliasWithItsTransliterationsInBracketsGivesEveryName() {
        assertEquals(List.of("أبو دعاء", "Abu Du'a", "Abu Duaa"),
                NameSplitter.names("أبو دعاء (Abu Du'a; Abu Duaa)", false));
    }

    @Test
    void semicolonsAndArabicCommasSeparateNames() {
        assertEquals(List.of("Fazel Rahim", "Fazil Rahim"), NameSplitter.names("Fazel Rahim; Fazil Rahim", false));
        assertEquals(List.of("شيخ الفاتح", "الفاتح"), NameSplitter.names("شيخ الفاتح ، الفاتح", false));
    }

    @Test
    void oneCommaIsTheInvertedOrderAndASuffixIsDropped() {
        assertEquals(List.of("Abu Mohamed Al-Masri"), NameSplitter.names("Al-Masri, Abu Mohamed", false));
        assertEquals(List.of("Ruben Pestano Lavilla"), NameSplitter.names("Ruben Pestano Lavilla, JR", false));
    }

    @Test
    void notesOnTheNameAreNoNamesButAcronymsOfGroupsAre() {
        assertEquals(List.of("EL PARA"), NameSplitter.names("EL PARA (COMBAT NAME)", false));
        assertEquals(List.of("Lom-ali Butayev"), NameSplitter.names("Lom-ali Butayev (Butaev)", false));
        assertEquals(List.of("AL-QAIDA IN THE ARABIAN PENINSULA", "AQAP"),
                NameSplitter.names("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)", true));
        List<String> hts = NameSplitter.names("Hay'at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)", true);
        assertEquals(List.of("Hay'at Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "Hayat Tahrir al-Sham"), hts);
    }

    @Test
    void notesGiveTheArabicAndListsOfTransliterationsNotOtherFacts() {
        assertEquals(List.of("سيف العدل"),
                NameSplitter.noteNames("DOB: 11 Apr. 1963. POB: Monufia Governorate, Egypt. Nationality: Egypt. In Arabic: سيف العدل ", true));
        assertEquals(List.of("Abu Muhammad al-Jawlani", "Abu Mohammed al-Julani"),
                NameSplitter.noteNames("Abu Muhammad al-Jawlani, Abu Mohammed al-Julani (transliterations of original script name)", true));
        assertEquals(List.of("Ibrahim Awad Ibrahim al-Badri al-Samarrai", "Ibrahim Awad al-Samarrai"),
                NameSplitter.noteNames("born in 1971 in Samarra, Iraq (Ibrahim Awad Ibrahim al-Badri al-Samarrai; Ibrahim Awad al-Samarrai)", true));
        assertTrue(NameSplitter.noteNames("Mother's name: Fatma Ali Majour. Address: Mosul, Souq al-Nabi Yunis", true).isEmpty());
        assertTrue(NameSplitter.noteNames("transliterations: Shaykh al-Fatih; Al Fatih ) (Translation: The Conqueror)", false)
                .stream().noneMatch(n -> n.contains("Conqueror")));
    }
}
