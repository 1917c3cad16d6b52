package org.isnad.export.graph;

import java.util.List;

/**
 * A relation or an event of the store.
 *
 * @param key       stable key (see {@link StableKeys})
 * @param kind      relation | event
 * @param subject   relations: the subject entity, else null
 * @param object    relations: the object entity, else null
 * @param from      relations: earliest start any evidence gives, or null
 * @param until     relations: latest end any evidence gives, or null
 * @param time      events: the date most evidence gives, or null
 * @param times     events: every distinct date the evidence gives
 * @param conflict  the evidence gives dates that cannot all be true
 * @param roleWords relations: the role words the texts use (أمير، نائب…), most used first
 */
public record ExportFact(long id, String key, String kind, String type, Long subject, Long object, String from, String until,
                         String time, List<String> times, boolean conflict, int evidence, int documents, String firstSeen,
                         String lastSeen, List<ExportArgument> arguments, List<String> roleWords) {
    public boolean isRelation() { return "relation".equals(kind); }

    public boolean isEvent() { return "event".equals(kind); }

    /** Whether the texts date it (a relation's start or end, an event's date), rather than only the reports' dates. */
    public boolean dated() { return isRelation() ? from != null || until != null : !times.isEmpty(); }

    /** The earliest date of the fact: its own, else the first report. */
    public String start() {
        if (isRelation()) return from != null ? from : until != null ? null : firstSeen;
        return times.isEmpty() ? firstSeen : times.stream().min(String::compareTo).orElse(null);
    }

    /** The latest date of the fact: its own, else the last report; null when it is open. */
    public String end() {
        if (isRelation()) return until != null ? until : from != null ? null : lastSeen;
        return times.isEmpty() ? lastSeen : times.stream().max(String::compareTo).orElse(null);
    }
}
