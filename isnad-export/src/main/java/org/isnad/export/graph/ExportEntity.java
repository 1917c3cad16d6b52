package org.isnad.export.graph;

import java.util.List;

/**
 * A live entity of the store as exported.
 *
 * @param id        the store's id (changes after a re-resolution; never used as an exported identity)
 * @param key       stable key (see {@link StableKeys}): the same entity keeps it across exports, merges and re-resolution
 * @param type      PERSON | ORGANIZATION | LOCATION
 * @param kind      armed_group, media, city… or null
 * @param name      the canonical display name (Arabic)
 * @param latin     the canonical Latin name or null
 * @param names     every other name it carries, most mentioned first (generic descriptors such as «التنظيم» left out)
 * @param firstSeen earliest date of a document naming it (publication, else ingest date)
 * @param lastSeen  latest such date
 * @param firstStored UTC instant the first document naming it was stored (ISO 8601)
 * @param lastStored  UTC instant the latest document naming it was stored
 */
public record ExportEntity(long id, String key, String type, String kind, String name, String latin, List<ExportName> names,
                           int mentions, int documents, String firstSeen, String lastSeen, String firstStored, String lastStored) {
    public boolean isPerson() { return "PERSON".equals(type); }

    public boolean isOrganization() { return "ORGANIZATION".equals(type); }

    public boolean isLocation() { return "LOCATION".equals(type); }
}
