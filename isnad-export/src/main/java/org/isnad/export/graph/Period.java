package org.isnad.export.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 date prefixes as the store writes them (2019, 2019-06, 2019-06-14) read as day intervals:
 * «2019» is 2019-01-01 to 2019-12-31. Null bounds are open.
 */
public final class Period {
    private Period() {}

    public static boolean valid(String prefix) {
        if (prefix == null || !prefix.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return false;
        try {
            first(prefix);
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /** First day of the prefix. */
    public static LocalDate first(String prefix) {
        return switch (prefix.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(prefix), 1, 1);
            case 7 -> YearMonth.parse(prefix).atDay(1);
            default -> LocalDate.parse(prefix.substring(0, 10));
        };
    }

    /** Last day of the prefix (real month lengths). */
    public static LocalDate last(String prefix) {
        return switch (prefix.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(prefix), 12, 31);
            case 7 -> YearMonth.parse(prefix).atEndOfMonth();
            default -> LocalDate.parse(prefix.substring(0, 10));
        };
    }

    /** Whether [start, end] (prefixes, null = open) overlaps [from, until] (prefixes, null = open). */
    public static boolean overlaps(String start, String end, String from, String until) {
        if (until != null && start != null && first(start).isAfter(last(until))) return false;
        return from == null || end == null || !last(end).isBefore(first(from));
    }
}
