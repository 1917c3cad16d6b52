package org.isnad.core.identify;

import org.isnad.core.model.EntityType;
import org.isnad.core.recognize.Candidate;

import java.util.List;

/**
 * The entities of one document before they are written out: each mention (a recognized name)
 * points to its entity. Indices are positions in {@link #entities()}.
 */
public record DocumentEntities(List<Draft> entities, List<Placed> mentions) {

    /** A mention and the entity it belongs to. */
    public record Placed(Candidate candidate, int entity, String name) {}

    /**
     * An entity being assembled: its display name, the other names, kind, and mentions (by index
     * into {@link #mentions()}).
     */
    public record Draft(int index, EntityType type, String name, List<String> aliases, String kind, List<Integer> mentionIndexes) {}

    /** The entity that a token belongs to, or -1. */
    public int entityAtToken(int token) {
        for (Placed p : mentions) if (p.candidate().first() <= token && token < p.candidate().last()) return p.entity();
        return -1;
    }
}
