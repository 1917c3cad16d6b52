package org.isnad.export.graph;

/**
 * Which part of the store to export.
 *
 * @param entity a name or id of the entity whose neighbourhood is exported; null for the whole store
 * @param depth  links followed from the entity (1 = its own facts and the entities in them)
 * @param from   keep facts whose time overlaps [from, until]; ISO 8601 prefix or null (open)
 * @param until  see {@code from}
 */
public record Selection(String entity, int depth, String from, String until) {
    public static final int MAX_DEPTH = 6;

    public Selection {
        if (entity != null && entity.isBlank()) entity = null;
        if (depth < 0 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth must be 0 to " + MAX_DEPTH);
        if (from != null && !Period.valid(from)) throw new IllegalArgumentException("--from must be an ISO date such as 2018, 2018-06 or 2018-06-14");
        if (until != null && !Period.valid(until)) throw new IllegalArgumentException("--until must be an ISO date such as 2020, 2020-06 or 2020-06-14");
        if (from != null && until != null && Period.first(from).isAfter(Period.last(until)))
            throw new IllegalArgumentException("--from " + from + " is after --until " + until);
    }

    public static Selection all() { return new Selection(null, 1, null, null); }

    public boolean timed() { return from != null || until != null; }

    public boolean whole() { return entity == null && !timed(); }
}
