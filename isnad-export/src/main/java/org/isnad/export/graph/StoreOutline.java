package org.isnad.export.graph;

import java.util.List;
import java.util.Map;

/**
 * The whole store in brief, whatever the selection: every live entity's type, kind and name, and
 * every relation as a triple. What an entity is exported as (a person tied to an armed group is a
 * threat actor; a city's country) depends on facts outside a subgraph too, and must not change
 * with the selection, so that re-exports keep their ids.
 */
public record StoreOutline(Map<Long, Brief> entities, List<Triple> relations) {
    public record Brief(String type, String kind, String name) {}

    public record Triple(String type, long subject, long object) {}

    public Brief entity(long id) { return entities.get(id); }
}
