package org.isnad.export.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How each kind of entity is exported (table {@code kinds.tsv}). Immutable. */
public final class KindMap {
    /**
     * @param stix      identity | threat-actor | intrusion-set | location
     * @param klass     identity_class for identities, OpenCTI location type for locations
     * @param sectors   STIX industry sectors
     * @param outlet    a media outlet or channel
     * @param ftmSchema FollowTheMoney schema
     */
    public record Row(String stix, String klass, List<String> sectors, boolean outlet, String ftmSchema) {}

    private final Map<String, Row> rows = new HashMap<>();

    private KindMap() {
        for (String[] r : Tables.read("kinds.tsv"))
            rows.put(r[0], new Row(r[1], r[2].equals("-") ? null : r[2], Tables.list(r[3]), r[4].equals("1"), r[5]));
    }

    public static KindMap load() { return new KindMap(); }

    /** The row for a kind of this entity type; the type's default when the kind is unknown or belongs to another type. */
    public Row of(String type, String kind) {
        Row fallback = rows.get(type);
        if (fallback == null) throw new IllegalArgumentException("no export mapping for entity type " + type);
        if ("PERSON".equals(type) || kind == null) return fallback;
        Row r = rows.get(kind);
        if (r == null) return fallback;
        boolean isLocationRow = r.stix().equals("location");
        return isLocationRow == "LOCATION".equals(type) ? r : fallback;
    }
}
