package org.isnad.export.map;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country codes of place names, from isnad-core's gazetteer ({@code recognize/places.tsv}): what
 * STIX locations ({@code country}) and FollowTheMoney ({@code country}) need. Immutable.
 */
public final class Places {
    private record Place(String kind, String country, long population) {}

    private final Map<String, List<Place>> byName = new HashMap<>();

    private Places() {
        for (String[] r : DataFiles.table("recognize/places.tsv")) {
            if (r.length < 4 || r[3].length() != 2) continue;
            long population = r.length > 5 && r[5].matches("\\d+") ? Long.parseLong(r[5]) : 0;
            byName.computeIfAbsent(NormalizedText.fold(r[0]), k -> new ArrayList<>()).add(new Place(r[2], r[3], population));
        }
    }

    public static Places load() { return new Places(); }

    /** ISO 3166-1 alpha-2 code when the name is a country's, else null. */
    public String countryNamed(String name) {
        for (Place p : byName.getOrDefault(NormalizedText.fold(name), List.of())) if (p.kind().equals("country")) return p.country();
        return null;
    }

    /**
     * The country a place name lies in: the one country when all places of that name share it,
     * else the country of the most populous place of the same kind; null when unknown.
     */
    public String countryOf(String name, String kind) {
        List<Place> all = byName.getOrDefault(NormalizedText.fold(name), List.of());
        if (all.isEmpty()) return null;
        if (all.stream().map(Place::country).distinct().count() == 1) return all.get(0).country();
        Place best = null;
        for (Place p : all)
            if ((kind == null || p.kind().equals(kind)) && (best == null || p.population() > best.population())) best = p;
        return best == null || best.population() == 0 ? null : best.country();
    }
}
