package org.isnad.kb;

import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Extraction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking names to list entries: on the published list, and on a small list written here. */
class LinkerTest {
    private static Entity person(String name, String... aliases) {
        return new Entity("e1", EntityType.PERSON, name, null, List.of(aliases), null, List.of());
    }

    private static String top(List<Link> links) {
        return links.isEmpty() ? "NONE" : links.get(0).ref();
    }

    // --- the published list (../shared) ---

    @Test
    void theLeaderOfIsilIsLinkedByHisKunyaAndNisba() {
        SanctionsList list = Shared.list();
        // the list version decides: the entry that gives the name must be there
        ListEntry entry = list.entries().stream()
                .filter(e -> e.names().stream().anyMatch(n -> n.text().startsWith("أبو بكر البغدادي")))
                .findFirst().orElseThrow();
        assertEquals("QDi.299", entry.ref());
        List<Link> links = Shared.linker().link(person("أبو بكر البغدادي"));
        assertEquals("QDi.299", top(links));
        Link l = links.get(0);
        assertEquals(Linker.UN_ISIL_AQ, l.list());
        assertEquals("IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", l.name());
        assertTrue(l.matched().stream().anyMatch(m -> m.startsWith("أبو بكر البغدادي ~ ")), l.matched().toString());
        assertTrue(l.matched().stream().anyMatch(m -> m.contains("Abu Bakr al-Baghdadi")), l.matched().toString());
        assertEquals(1, links.size(), "one firm link: " + links);
        // his listed name with the nisba, and the Latin the press writes, link too
        assertEquals("QDi.299", top(Shared.linker().link(person("إبراهيم عواد البدري"))));
        assertEquals("QDi.299", top(Shared.linker().link(person("Abu Bakr al-Baghdadi"))));
    }

    @Test
    void aCommonKunyaAloneOrOneWordNeverLinks() {
        Linker linker = Shared.linker();
        for (String name : List.of("أبو محمد", "Abu Mohammed", "أبو بكر", "البغدادي", "الظواهري", "أبو دعاء")) {
            assertEquals(List.of(), linker.link(person(name)), name);
        }
        // a listed kunya alone is weak evidence: a candidate, below the threshold
        List<Link> weak = linker.candidates(person("أبو دعاء"), 3);
        assertEquals("QDi.299", top(weak));
        assertTrue(weak.get(0).score() > 0 && weak.get(0).score() < linker.threshold(), weak.toString());
        // the common kunya is weaker still than the rare one
        double common = linker.candidates(person("أبو محمد"), 1).get(0).score();
        assertTrue(common < weak.get(0).score(), common + " vs " + weak.get(0).score());
    }

    @Test
    void lookAlikesDoNotLink() {
        Linker linker = Shared.linker();
        for (String name : List.of("أبو عمر البغدادي", "أبو محمد المقدسي", "محمد الظواهري", "أسامة بن لادن",
                "أيمن الصفدي", "محمد علي", "قاسم سليماني")) {
            assertEquals(List.of(), linker.link(person(name)), name);
        }
        assertEquals("QDi.317", top(linker.link(person("أبو محمد الجولاني"))));
        assertEquals("QDi.325", top(linker.link(person("أبو محمد العدناني"))), "same kunya, the nisba decides");
    }

    @Test
    void aLowQualityAliasWeighsLessThanAGoodOne() {
        Linker linker = Shared.linker();
        double low = linker.link(person("أبو قتادة الفلسطيني")).get(0).score();    // "Abu Qatada Al-Filistini" [Low]
        double good = linker.link(person("أبو محمد العدناني")).get(0).score();     // "Abu Mohammed al-Adnani" [Good]
        assertTrue(low < good, low + " vs " + good);
    }

    @Test
    void groupsLinkToListedEntitiesAndPeopleToIndividuals() {
        Linker linker = Shared.linker();
        Entity isil = new Entity("e2", EntityType.ORGANIZATION, "داعش", "Islamic State", List.of("تنظيم الدولة"), "armed_group", List.of());
        assertEquals("QDe.115", top(linker.link(isil)));
        assertEquals("QDe.115", top(linker.link("لداعش", EntityType.ORGANIZATION)), "a preposition joined to the name");
        assertEquals("QDe.004", top(linker.link("القاعدة", EntityType.ORGANIZATION)));
        assertEquals("QDe.137", top(linker.link("هيئة تحرير الشام", EntityType.ORGANIZATION)));
        // the same name typed otherwise finds nothing of the other kind
        assertEquals(List.of(), linker.link("هيئة تحرير الشام", EntityType.PERSON));
        assertEquals(List.of(), linker.link("القاعدة", EntityType.LOCATION));
        // a name several listed groups carry links to none of them firmly
        assertEquals(List.of(), linker.link("أنصار الشريعة", EntityType.ORGANIZATION));
    }

    @Test
    void anExtractionGetsLinksByEntity() {
        Document doc = Document.of("d1", "...");
        Entity a = new Entity("e1", EntityType.PERSON, "أيمن الظواهري", "Ayman al-Zawahiri", List.of(), null, List.of());
        Entity b = new Entity("e2", EntityType.PERSON, "محمود عباس", "Mahmoud Abbas", List.of(), null, List.of());
        Entity c = new Entity("e3", EntityType.LOCATION, "العراق", "Iraq", List.of(), "country", List.of());
        Map<String, List<Link>> links = Shared.linker().link(new Extraction(doc, "ar", List.of(a, b, c), List.of(), List.of(), List.of()));
        assertEquals(List.of("e1"), List.copyOf(links.keySet()));
        assertEquals("QDi.006", links.get("e1").get(0).ref());
        assertEquals("e1", links.get("e1").get(0).entity());
    }

    // --- a small list written here: the rules without ../shared ---

    private static final String LIST = """
            <CONSOLIDATED_LIST>
              <INDIVIDUALS>
                <INDIVIDUAL><NAME_ORIGINAL_SCRIPT>سالم خالد عمر العمري</NAME_ORIGINAL_SCRIPT>
                  <FIRST_NAME>SALIM</FIRST_NAME><SECOND_NAME>KHALID</SECOND_NAME><THIRD_NAME>UMAR AL-UMARI</THIRD_NAME>
                  <REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>أبو يحيى الحضرمي</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Yahya al-Hadrami</ALIAS_NAME></INDIVIDUAL_ALIAS>
                </INDIVIDUAL>
                <INDIVIDUAL><NAME_ORIGINAL_SCRIPT>ناصر عبد الله الكندي</NAME_ORIGINAL_SCRIPT>
                  <FIRST_NAME>NASIR</FIRST_NAME><SECOND_NAME>ABDALLAH</SECOND_NAME><THIRD_NAME>AL-KINDI</THIRD_NAME>
                  <REFERENCE_NUMBER>QDi.902</REFERENCE_NUMBER>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Yahya</ALIAS_NAME></INDIVIDUAL_ALIAS>
                </INDIVIDUAL>
              </INDIVIDUALS>
              <ENTITIES>
                <ENTITY><FIRST_NAME>KATIBAT AL-FURQAN</FIRST_NAME><NAME_ORIGINAL_SCRIPT>كتيبة الفرقان</NAME_ORIGINAL_SCRIPT>
                  <REFERENCE_NUMBER>QDe.901</REFERENCE_NUMBER></ENTITY>
              </ENTITIES>
            </CONSOLIDATED_LIST>
            """;

    private static final class Small {
        static final Linker LINKER = new Linker(SanctionsList.of(UnListImporterTest.read(LIST)));
    }

    @Test
    void nameStructureDecidesOnASmallList() {
        Linker linker = Small.LINKER;
        assertEquals("QDi.901", top(linker.link(person("سالم العمري"))), "given name + nisba");
        assertEquals("QDi.901", top(linker.link(person("بسالم العمري"))), "preposition joined to the first word");
        assertEquals("QDi.901", top(linker.link(person("أبو يحيى الحضرمي"))), "kunya + nisba");
        assertEquals("QDi.901", top(linker.link(person("Abu Yahya al-Hadhrami"))), "Latin, another spelling");
        assertEquals("QDi.902", top(linker.link(person("ناصر الكندي"))));
        assertEquals("QDi.902", top(linker.link(person("ناصر عبدالله الكندي"))), "عبد الله written joined");
        // the father's name as a given name is another man (the son of the listed one)
        assertEquals(List.of(), linker.link(person("خالد العمري")));
        assertEquals(List.of(), linker.link(person("أبو يحيى")), "a kunya two entries share");
        assertEquals(List.of(), linker.link(person("أبو يحيى الكندي")).stream().filter(l -> !l.ref().equals("QDi.902")).toList());
        assertEquals(List.of(), linker.link(person("سالم الحضرمي")), "given name of one, nisba of the other alias");
        // an alias of the entity counts as well as its name
        assertEquals("QDi.901", top(linker.link(person("سالم", "أبو يحيى الحضرمي"))));
        assertEquals("QDe.901", top(linker.link("كتيبة الفرقان", EntityType.ORGANIZATION)));
        assertEquals(List.of(), linker.link("كتيبة الفرقان", EntityType.PERSON));
    }
}
