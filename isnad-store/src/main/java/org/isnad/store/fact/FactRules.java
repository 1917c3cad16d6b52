package org.isnad.store.fact;

import org.isnad.core.resources.DataFiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What makes two statements one fact, and how relations behave over time (data files
 * {@code resolve/events.tsv} and {@code resolve/relations.tsv} of isnad-core). Pure and
 * immutable: the store and a batch job compute the same keys.
 */
public final class FactRules {
    public record RelationRule(boolean oneHolder, boolean endsAtDeath, boolean affiliation) {}

    public record Arg(String role, long entity) {}

    private final Map<String, Boolean> eventOnce = new HashMap<>();
    private final Map<String, String> endingRole = new HashMap<>();
    private final Map<String, RelationRule> relations = new HashMap<>();

    private FactRules() {
        for (String[] r : DataFiles.table("resolve/events.tsv")) {
            eventOnce.put(r[0], r[1].equals("once"));
            if (r.length > 2 && !r[2].equals("-")) endingRole.put(r[0], r[2]);
        }
        for (String[] r : DataFiles.table("resolve/relations.tsv"))
            relations.put(r[0], new RelationRule(r[1].equals("one"), r[2].equals("1"), r[3].equals("1")));
    }

    public static FactRules load() { return new FactRules(); }

    public static String relationKey(String type, long subject, long object) {
        return "R|" + type + "|" + subject + "|" + object;
    }

    /**
     * The key of an event: type and participants; for types that recur (attacks, arrests,
     * statements) also the date, so the same participants on another day are another fact. An
     * event with no participant is never merged with another ({@code fallback} is unique to it).
     */
    public String eventKey(String type, List<Arg> args, String time, String fallback) {
        if (args.isEmpty()) return "E|" + type + "|" + fallback;
        TreeSet<String> parts = new TreeSet<>();
        for (Arg a : args) parts.add(a.role() + "=" + a.entity());
        String key = "E|" + type + "|" + String.join(",", parts);
        return once(type) ? key : key + "|@" + (time == null ? "?" : time);
    }

    /** Whether an event type happens once to its participants (a death), so different dates conflict. */
    public boolean once(String type) { return eventOnce.getOrDefault(type, false); }

    /** The role whose relations end at this event's date (victim for a death), or null. */
    public String endingRole(String type) { return endingRole.get(type); }

    public Map<String, String> endingRoles() { return Map.copyOf(endingRole); }

    public RelationRule relation(String type) {
        return relations.getOrDefault(type, new RelationRule(false, false, false));
    }

    /** Whether the given distinct dates cannot all be true of one event. */
    public static boolean conflicting(List<String> dates) {
        for (int i = 0; i < dates.size(); i++)
            for (int j = i + 1; j < dates.size(); j++)
                if (!Dates.compatible(dates.get(i), dates.get(j))) return true;
        return false;
    }
}
