package org.isnad.export.stix;

import org.isnad.export.graph.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** STIX timestamps: UTC, millisecond precision (the schemas require it for created and modified). */
final class Stamps {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Objects whose documents carry no storage time (none in a store written by Isnad) get this one, never the clock's. */
    static final String EPOCH = "2020-01-01T00:00:00.000Z";

    private Stamps() {}

    /** A stored instant (documents.ingested_at) at millisecond precision. */
    static String instant(String iso) {
        if (iso == null) return EPOCH;
        try {
            return MILLIS.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return Period.valid(iso) ? startOf(iso) : EPOCH;
        }
    }

    /** The first instant of a date prefix (2019 → 2019-01-01T00:00:00.000Z). */
    static String startOf(String prefix) {
        return MILLIS.format(Period.first(prefix).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The first instant after a date prefix (2019 → 2020-01-01T00:00:00.000Z): an exclusive end, always after {@link #startOf}. */
    static String after(String prefix) {
        LocalDate next = Period.last(prefix).plusDays(1);
        return MILLIS.format(next.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The last millisecond of a date prefix. */
    static String endOf(String prefix) {
        return MILLIS.format(Period.last(prefix).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1));
    }
}
