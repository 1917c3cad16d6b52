package org.isnad.store.resolve;

import org.isnad.core.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolver as pure functions: names, vetoes, context, ambiguity, constraints. */
class EntityResolverTest {
    static NameForms forms;
    static EntityResolver resolver;

    @BeforeAll
    static void load() {
        forms = NameForms.load();
        resolver = new EntityResolver(forms);
    }

    static LocalProfile local(EntityType type, String kind, Set<Long> context, Set<Long> partners, String name, String... aliases) {
        return new LocalProfile("d", "e1", type, kind, resolver.names(type, name, List.of(aliases)), null, context, partners);
    }

    static LocalProfile person(String name, String... aliases) { return local(EntityType.PERSON, null, Set.of(), Set.of(), name, aliases); }

    static CandidateProfile candidate(long id, EntityType type, String kind, String... names) {
        List<EntityName> list = new ArrayList<>();
        for (String n : names) list.add(forms.analyze(type, n));
        return new CandidateProfile(id, type, kind, list, Set.of(), 3, false);
    }

    /** Context shared with a candidate: entities of these document counts, the first one a partner. */
    static ContextEvidence shared(int... documentCounts) {
        Map<Long, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < documentCounts.length; i++) m.put(100L + i, documentCounts[i]);
        return ContextEvidence.of(m, Set.of(100L));
    }

    @Test
    void kunyaCaseFormsAreOneName() {
        assertEquals(forms.key("أبو حفص الموصلي"), forms.key("أبي حفص الموصلي"));
        assertEquals(forms.key("أبو حفص الموصلي"), forms.key("أبا حفصٍ الموصليّ"));
        assertEquals("أبو حفص الموصلي", forms.display("أبي حفص الموصلي"));
        Match m = resolver.score(person("أبي حفص الموصلي"), candidate(1, EntityType.PERSON, null, "أبو حفص الموصلي"), ContextEvidence.NONE, Constraints.NONE);
        assertEquals(Basis.EXACT, m.basis());
        assertTrue(m.joins(), m.reason());
    }

    @Test
    void successiveQurashisAreDifferentPeople() {
        CandidateProfile ibrahim = candidate(1, EntityType.PERSON, null, "أبو إبراهيم الهاشمي القرشي", "أبو إبراهيم القرشي", "القرشي");
        Match m = resolver.score(person("أبو الحسن الهاشمي القرشي", "أبو الحسن القرشي", "القرشي"), ibrahim, shared(3, 50, 2), Constraints.NONE);
        assertFalse(m.joins(), m.reason());
        assertEquals(Basis.NONE, m.basis(), m.reason());
        // the gazetteer knows both as two people; without it the kunyas alone keep them apart
        Match plain = resolver.score(person("أبو الحسن الكربلائي", "الكربلائي"), candidate(2, EntityType.PERSON, null, "أبو إبراهيم الكربلائي"),
                shared(3, 2), Constraints.NONE);
        assertFalse(plain.joins(), plain.reason());
        assertTrue(plain.reason().contains("kunya"), plain.reason());
    }

    @Test
    void aBareKunyaOrShortFormNeedsContext() {
        CandidateProfile babli = candidate(1, EntityType.PERSON, null, "أبو زيد البابلي", "سالم حميد الكرخي");
        Match alone = resolver.score(person("أبو زيد"), babli, ContextEvidence.NONE, Constraints.NONE);
        assertEquals(Basis.PARTIAL, alone.basis());
        assertFalse(alone.joins(), alone.reason());
        Match nisba = resolver.score(person("البابلي"), babli, ContextEvidence.NONE, Constraints.NONE);
        assertFalse(nisba.joins(), nisba.reason());
        // one shared common entity is not enough either
        assertFalse(resolver.score(person("البابلي"), babli, ContextEvidence.of(Map.of(100L, 5000), Set.of()), Constraints.NONE).joins());
        Match withContext = resolver.score(person("البابلي"), babli, shared(4, 30), Constraints.NONE);
        assertTrue(withContext.joins(), withContext.reason());
    }

    @Test
    void twoFullNamesSharingOnlyANisbaAreTwoPeople() {
        CandidateProfile zamil = candidate(1, EntityType.PERSON, null, "زامل عبد الماجد السويداوي", "السويداوي");
        Match m = resolver.score(person("أبو فكري السويداوي", "السويداوي"), zamil, shared(3, 3, 3), Constraints.NONE);
        assertFalse(m.joins(), m.reason());
        // a document that only says «السويداوي» may still join him, with context
        assertTrue(resolver.score(person("السويداوي"), zamil, shared(3, 3, 3), Constraints.NONE).joins());
    }

    @Test
    void aFullNameJoinsOnItsOwn() {
        Match m = resolver.score(person("سالم حميد الكرخي"), candidate(1, EntityType.PERSON, null, "أبو زيد البابلي", "سالم حميد الكرخي"),
                ContextEvidence.NONE, Constraints.NONE);
        assertEquals(Basis.EXACT, m.basis());
        assertTrue(m.joins());
    }

    @Test
    void commonNamesAndDifferentGivenNames() {
        Match common = resolver.score(person("محمد علي"), candidate(1, EntityType.PERSON, null, "محمد علي"), ContextEvidence.NONE, Constraints.NONE);
        assertEquals(Basis.COMMON, common.basis());
        assertFalse(common.joins(), "a name of given names alone needs some context");
        Match family = resolver.score(person("محمود صالح الدليمي"), candidate(1, EntityType.PERSON, null, "ياسر صالح الدليمي", "الدليمي"),
                shared(3, 4), Constraints.NONE);
        assertFalse(family.joins(), family.reason());
    }

    @Test
    void organizationsOneWordAndDescriptiveNames() {
        // two outlets called «الأنصار»: the name alone does not say they are one
        LocalProfile ansar = local(EntityType.ORGANIZATION, "media", Set.of(), Set.of(), "الأنصار");
        Match m = resolver.score(ansar, candidate(1, EntityType.ORGANIZATION, "media", "مؤسسة الأنصار", "الأنصار"), ContextEvidence.NONE, Constraints.NONE);
        assertFalse(m.joins(), m.reason());
        // a bank and a club never join on a shared word
        LocalProfile bank = local(EntityType.ORGANIZATION, "bank", Set.of(), Set.of(), "بنك الأنصار");
        assertFalse(resolver.score(bank, candidate(2, EntityType.ORGANIZATION, "club", "نادي الأنصار"), shared(3, 3), Constraints.NONE).joins());
        // «وزارة الداخلية» exists in every country: it needs a shared context
        LocalProfile ministry = local(EntityType.ORGANIZATION, "ministry", Set.of(), Set.of(), "وزارة الداخلية");
        CandidateProfile other = candidate(3, EntityType.ORGANIZATION, "ministry", "وزارة الداخلية");
        assertFalse(resolver.score(ministry, other, ContextEvidence.NONE, Constraints.NONE).joins());
        assertTrue(resolver.score(ministry, other, shared(40), Constraints.NONE).joins());
        // a head the press drops: «تنظيم رايات التوحيد» is «رايات التوحيد»
        LocalProfile rayat = local(EntityType.ORGANIZATION, "armed_group", Set.of(), Set.of(), "رايات التوحيد");
        Match head = resolver.score(rayat, candidate(4, EntityType.ORGANIZATION, "armed_group", "تنظيم رايات التوحيد"), ContextEvidence.NONE, Constraints.NONE);
        assertTrue(head.joins(), head.reason());
    }

    @Test
    void gazetteerNamesOfOneEntityJoin() {
        LocalProfile daesh = local(EntityType.ORGANIZATION, "armed_group", Set.of(), Set.of(), "داعش");
        Match m = resolver.score(daesh, candidate(1, EntityType.ORGANIZATION, "armed_group", "تنظيم الدولة الإسلامية"), ContextEvidence.NONE, Constraints.NONE);
        assertEquals(Basis.KNOWN, m.basis(), m.reason());
        assertTrue(m.joins());
        // two different known entities never join, even on a shared word
        LocalProfile khorasan = local(EntityType.ORGANIZATION, "armed_group", Set.of(), Set.of(), "ولاية خراسان");
        assertFalse(resolver.score(khorasan, candidate(2, EntityType.ORGANIZATION, "armed_group", "داعش"), shared(2, 2), Constraints.NONE).joins());
    }

    @Test
    void entitiesKeptApartInTheDocumentStayApartOnShortForms() {
        CandidateProfile sameDoc = new CandidateProfile(1, EntityType.PERSON, null,
                List.of(forms.analyze(EntityType.PERSON, "أبو عبد الله المقدشي"), forms.analyze(EntityType.PERSON, "المقدشي")), Set.of(), 1, true);
        Match m = resolver.score(person("محمد نور المقدشي"), sameDoc, shared(2, 2, 2), Constraints.NONE);
        assertFalse(m.joins(), m.reason());
    }

    @Test
    void anAmbiguousShortFormStaysOnItsOwn() {
        CandidateProfile a = candidate(1, EntityType.PERSON, null, "أبو إبراهيم القرشي");
        CandidateProfile b = candidate(2, EntityType.PERSON, null, "أبو الحسن القرشي");
        LocalProfile l = person("القرشي");
        List<Match> ms = List.of(resolver.score(l, a, shared(5, 5), Constraints.NONE), resolver.score(l, b, shared(5, 5), Constraints.NONE));
        assertTrue(ms.get(0).joins() && ms.get(1).joins());
        Decision d = resolver.decide(ms, Map.of(1L, a, 2L, b), Constraints.NONE);
        assertTrue(d.isNew(), d.reason());
        assertTrue(d.reason().contains("ambiguous"), d.reason());
        // with clearly more context for one, it joins that one
        List<Match> clear = List.of(resolver.score(l, a, shared(2, 2, 2), Constraints.NONE), resolver.score(l, b, shared(5000), Constraints.NONE));
        Decision d2 = resolver.decide(clear, Map.of(1L, a, 2L, b), Constraints.NONE);
        assertNotNull(d2.join(), d2.reason());
        assertEquals(1L, d2.join().candidate());
    }

    @Test
    void aDocumentGivingTwoNamesBridgesTheirEntities() {
        CandidateProfile a = candidate(1, EntityType.PERSON, null, "أبو زيد البابلي");
        CandidateProfile b = candidate(2, EntityType.PERSON, null, "سالم حميد الكرخي");
        LocalProfile l = person("سالم حميد الكرخي", "أبو زيد البابلي");
        List<Match> ms = List.of(resolver.score(l, a, shared(3, 8), Constraints.NONE), resolver.score(l, b, shared(3, 8), Constraints.NONE));
        Decision d = resolver.decide(ms, Map.of(1L, a, 2L, b), Constraints.NONE);
        assertNotNull(d.join());
        assertEquals(1, d.bridges().size(), d.toString());
        // one text's aliases alone, without the company of the other entity, do not join two entities
        List<Match> alone = List.of(resolver.score(l, a, shared(3, 8), Constraints.NONE), resolver.score(l, b, ContextEvidence.NONE, Constraints.NONE));
        Decision d2 = resolver.decide(alone, Map.of(1L, a, 2L, b), Constraints.NONE);
        assertNotNull(d2.join());
        assertTrue(d2.bridges().isEmpty(), d2.toString());
    }

    @Test
    void analystConstraintsVeto() {
        Constraints c = Constraints.of(List.<String[]>of(new String[] {forms.key("سالم حميد الكرخي"), forms.key("أبو زيد البابلي")}));
        Match m = resolver.score(person("سالم حميد الكرخي"), candidate(1, EntityType.PERSON, null, "أبو زيد البابلي"), shared(2, 2), c);
        assertFalse(m.joins());
        assertTrue(m.reason().startsWith("analyst"), m.reason());
        // an entity that already carries both names is not forbidden to itself
        assertTrue(resolver.score(person("سالم حميد الكرخي"), candidate(1, EntityType.PERSON, null, "أبو زيد البابلي", "سالم حميد الكرخي"),
                ContextEvidence.NONE, c).joins());
    }

    @Test
    void blockingKeysMeetEntityKeys() {
        LocalProfile l = person("البابلي");
        CandidateProfile g = candidate(1, EntityType.PERSON, null, "أبو زيد البابلي");
        Set<String> keys = EntityResolver.entityKeys(EntityType.PERSON, g.names(), Set.of());
        BlockingKeys b = EntityResolver.blockingKeys(l);
        assertTrue(b.partial().stream().anyMatch(keys::contains), b + " vs " + keys);
        LocalProfile full = person("أبو زيد البابلي");
        Set<String> shortOnly = EntityResolver.entityKeys(EntityType.PERSON, List.of(forms.analyze(EntityType.PERSON, "البابلي")), Set.of());
        assertTrue(EntityResolver.blockingKeys(full).exact().stream().anyMatch(shortOnly::contains), "an entity known only by a short form is found");
        // once it has a full name, it is no longer filed as known by its short form alone
        Set<String> both = EntityResolver.entityKeys(EntityType.PERSON, List.of(forms.analyze(EntityType.PERSON, "البابلي"),
                forms.analyze(EntityType.PERSON, "أبو زيد البابلي")), Set.of());
        assertTrue(both.stream().noneMatch(k -> k.startsWith("o|")), both.toString());
        // generic heads are never keys
        assertTrue(EntityResolver.entityKeys(EntityType.ORGANIZATION, List.of(forms.analyze(EntityType.ORGANIZATION, "التنظيم")), Set.of()).isEmpty());
    }

    @Test
    void deterministic() {
        CandidateProfile a = candidate(1, EntityType.PERSON, null, "أبو زيد البابلي");
        LocalProfile l = person("البابلي");
        assertEquals(resolver.score(l, a, shared(3, 3), Constraints.NONE), resolver.score(l, a, shared(3, 3), Constraints.NONE));
        assertEquals(EntityResolver.blockingKeys(l), EntityResolver.blockingKeys(l));
    }

    /** A batch job calls the same code: the package must not touch the database or the index. */
    @Test
    void thePackageHasNoStorageDependency() throws IOException {
        Path dir = Path.of("src/main/java/org/isnad/store/resolve");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".java")).toList(); }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (!line.startsWith("import ")) continue;
                assertFalse(line.contains("java.sql") || line.contains("org.apache.lucene") || line.contains("org.isnad.store.")
                        && !line.contains("org.isnad.store.resolve"), f + ": " + line);
            }
        }
        assertNull(null);
    }
}
