package org.isnad.export.map;

import java.util.HashMap;
import java.util.Map;

/** How each relation type is exported (table {@code relations.tsv}). Immutable. */
public final class RelationMap {
    /**
     * @param stixCustom  STIX relationship_type in the custom profile
     * @param affiliation 1: ties subject to object's side; -1: object to subject's; 0: no tie
     * @param ftmSchema   FollowTheMoney schema of the link
     * @param ftmSubject  FtM property holding the subject
     * @param ftmObject   FtM property holding the object
     * @param ftmRole     English role written into FtM
     */
    public record Row(String type, String stixCustom, int affiliation, String ftmSchema, String ftmSubject, String ftmObject, String ftmRole) {}

    private final Map<String, Row> rows = new HashMap<>();

    private RelationMap() {
        for (String[] r : Tables.read("relations.tsv"))
            rows.put(r[0], new Row(r[0], r[1], Integer.parseInt(r[2]), r[3], r[4], r[5], r[6]));
    }

    public static RelationMap load() { return new RelationMap(); }

    /** The row of a relation type; unknown types (a newer store) export as generic links. */
    public Row of(String type) {
        Row r = rows.get(type);
        if (r != null) return r;
        String custom = type.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new Row(type, custom.isEmpty() ? "related-to" : custom, 0, "UnknownLink", "subject", "object",
                type.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
