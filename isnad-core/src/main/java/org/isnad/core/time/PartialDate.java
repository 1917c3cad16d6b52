package org.isnad.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date known to a year, a month or a day. {@code month} and {@code day} are 0 when unknown.
 */
record PartialDate(int year, int month, int day) {
    enum Precision { YEAR, MONTH, DAY }

    static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }

    static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }

    static PartialDate ofDay(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /** A day, or null when the calendar has no such day (31 February). */
    static PartialDate ofDayOrNull(int year, int month, int day) {
        try {
            return ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static PartialDate of(LocalDate d, Precision p) {
        return switch (p) {
            case YEAR -> ofYear(d.getYear());
            case MONTH -> ofMonth(d.getYear(), d.getMonthValue());
            case DAY -> ofDay(d);
        };
    }

    /** Reads 2018, 2018-04 or 2018-04-13 (anything after the day, such as a time, is ignored); null if unreadable. */
    static PartialDate parse(String iso) {
        if (iso == null) return null;
        String s = iso.strip();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return ofDayOrNull(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                        Integer.parseInt(s.substring(8, 10)));
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                int m = Integer.parseInt(s.substring(5, 7));
                return m >= 1 && m <= 12 ? ofMonth(Integer.parseInt(s.substring(0, 4)), m) : null;
            }
            if (s.length() == 4) return ofYear(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The ISO 8601 prefix, or null when the year is outside 1..9999. */
    String iso() {
        if (year < 1 || year > 9999) return null;
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != 0) { sb.append('-'); pad(sb, month, 2); }
        if (day != 0) { sb.append('-'); pad(sb, day, 2); }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) sb.append('0');
        sb.append(s);
    }

    /**
     * A day standing for this date in arithmetic: the middle of the unknown month or year, so
     * that "two days before April 2018" stays in April and "two months before 2018" stays in 2018.
     */
    LocalDate filled() {
        return LocalDate.of(year, month == 0 ? 6 : month, day == 0 ? 15 : day);
    }

    /** This date moved by {@code amount} units, at the coarser of this precision and the unit's. */
    PartialDate shift(TimeUnit unit, long amount) {
        LocalDate d = filled();
        LocalDate r = switch (unit) {
            case HOUR -> d.plusDays(amount / 24);
            case DAY -> d.plusDays(amount);
            case WEEK -> d.plusWeeks(amount);
            case MONTH -> d.plusMonths(amount);
            case YEAR -> d.plusYears(amount);
            case DECADE -> d.plusYears(10 * amount);
        };
        Precision p = unit.precision().compareTo(precision()) < 0 ? unit.precision() : precision();
        return of(r, p);
    }
}
