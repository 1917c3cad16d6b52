package org.isnad.store.fact;

/**
 * ISO 8601 date prefixes (2019, 2019-06, 2019-06-14) as intervals: «2019» is the whole year.
 * Comparisons are on strings, which order correctly for this format.
 */
public final class Dates {
    private Dates() {}

    /** Whether a string is a date prefix this store understands. */
    public static boolean valid(String s) {
        return s != null && s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    /** First day of the interval. */
    public static String start(String prefix) {
        return switch (prefix.length()) {
            case 4 -> prefix + "-01-01";
            case 7 -> prefix + "-01";
            default -> prefix;
        };
    }

    /** Last day of the interval (days as 31: only compared, never shown). */
    public static String end(String prefix) {
        return switch (prefix.length()) {
            case 4 -> prefix + "-12-31";
            case 7 -> prefix + "-31";
            default -> prefix;
        };
    }

    /** Whether two dates can both be true of one event: one is a prefix of the other (2021 and 2021-03-14). */
    public static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Whether the interval of {@code date} overlaps [from, until]; a null bound is open. */
    public static boolean within(String date, String from, String until) {
        if (from != null && end(date).compareTo(start(from)) < 0) return false;
        return until == null || start(date).compareTo(end(until)) <= 0;
    }
}
