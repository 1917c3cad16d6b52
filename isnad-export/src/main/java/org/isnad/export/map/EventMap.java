package org.isnad.export.map;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How each event type is exported (table {@code events.tsv}). Immutable. */
public final class EventMap {
    /**
     * @param label      English label
     * @param actorRoles roles whose entity acts (FtM organizer; STIX sighting_of_ref)
     * @param stix       sighting | note
     */
    public record Row(String type, String label, List<String> actorRoles, String stix) {}

    private final Map<String, Row> rows = new HashMap<>();

    private EventMap() {
        for (String[] r : Tables.read("events.tsv")) rows.put(r[0], new Row(r[0], r[1], Tables.list(r[2]), r[3]));
    }

    public static EventMap load() { return new EventMap(); }

    public Row of(String type) {
        Row r = rows.get(type);
        return r != null ? r : new Row(type, type.toLowerCase(Locale.ROOT).replace('_', ' '), List.of(), "note");
    }
}
