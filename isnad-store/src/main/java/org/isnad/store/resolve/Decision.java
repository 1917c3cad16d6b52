package org.isnad.store.resolve;

import java.util.List;

/**
 * What to do with a local entity.
 *
 * @param join     the match to join, or null for a new global entity
 * @param bridges  other candidates this local entity shows to be the same entity (it carries a
 *                 distinctive name of each): they are merged into {@code join}'s entity
 * @param reason   why (also when it stays a new entity: «ambiguous between #3 and #9»)
 */
public record Decision(Match join, List<Match> bridges, String reason) {
    public boolean isNew() { return join == null; }
}
