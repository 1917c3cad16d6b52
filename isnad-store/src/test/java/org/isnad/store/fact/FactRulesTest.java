package org.isnad.store.fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactRulesTest {
    private final FactRules rules = FactRules.load();

    @Test
    void aDeathHappensOnceAnAttackOnADate() {
        List<FactRules.Arg> victim = List.of(new FactRules.Arg("victim", 7));
        assertEquals(rules.eventKey("DEATH", victim, "2019-06-27", "x"), rules.eventKey("DEATH", victim, "2019-06-28", "y"));
        List<FactRules.Arg> target = List.of(new FactRules.Arg("target", 7));
        assertNotEquals(rules.eventKey("ATTACK", target, "2019-06-27", "x"), rules.eventKey("ATTACK", target, "2019-06-28", "x"));
        // argument order does not matter
        assertEquals(rules.eventKey("MERGER", List.of(new FactRules.Arg("members", 1), new FactRules.Arg("members", 2)), null, "x"),
                rules.eventKey("MERGER", List.of(new FactRules.Arg("members", 2), new FactRules.Arg("members", 1)), null, "y"));
        // an event without participants is never merged with another
        assertNotEquals(rules.eventKey("STATEMENT", List.of(), null, "a"), rules.eventKey("STATEMENT", List.of(), null, "b"));
        assertEquals("victim", rules.endingRole("DEATH"));
        assertTrue(rules.relation("LEADER_OF").oneHolder());
        assertFalse(rules.relation("MEMBER_OF").oneHolder());
    }

    @Test
    void dates() {
        assertTrue(Dates.compatible("2021", "2021-03-14"));
        assertFalse(Dates.compatible("2021-03-15", "2021-03-14"));
        assertTrue(FactRules.conflicting(List.of("2019-06-27", "2019-06-28")));
        assertFalse(FactRules.conflicting(List.of("2019", "2019-06-28")));
        assertTrue(Dates.within("2019-06", "2015-03", "2019-06-28"));
        assertFalse(Dates.within("2019-08", "2015-03", "2019-06-28"));
        assertTrue(Dates.within("2019-07-15", "2019-07", null));
        assertFalse(Dates.within("2019-06", "2019-07", null));
        assertTrue(Dates.valid("2019-06") && !Dates.valid("June 2019"));
    }
}
