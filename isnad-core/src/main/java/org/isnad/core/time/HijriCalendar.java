package org.isnad.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * Hijri to Gregorian with {@link HijrahDate} (Umm al-Qura, 1300-1600 AH); outside that range
 * the arithmetic (tabular) Islamic calendar, which can differ by a day or two. Never throws.
 */
final class HijriCalendar {
    /** Julian day number of 1 January 1970. */
    private static final long JDN_EPOCH_DAY_0 = 2440588L;
    /** Julian day number of 1 Muharram 1 AH in the tabular calendar, minus one. */
    private static final long JDN_HIJRI_EPOCH_MINUS_1 = 1948439L;

    private HijriCalendar() {}

    /** The Gregorian day of a Hijri day, or null when the numbers cannot form a date. */
    static LocalDate toGregorian(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) return null;
        try {
            // day 30 of a 29-day Umm al-Qura month is read as the day after the 29th
            return LocalDate.from(HijrahDate.of(year, month, 1)).plusDays(day - 1L);
        } catch (DateTimeException e) {
            long jdn = day + (59L * (month - 1) + 1) / 2 + (year - 1) * 354L + (3 + 11L * year) / 30
                    + JDN_HIJRI_EPOCH_MINUS_1;
            return LocalDate.ofEpochDay(jdn - JDN_EPOCH_DAY_0);
        }
    }

    /** The Gregorian year in which a Hijri year starts (1 Muharram), or null. */
    static Integer gregorianYearOf(int hijriYear) {
        LocalDate d = toGregorian(hijriYear, 1, 1);
        return d == null ? null : d.getYear();
    }

    /** The Hijri year whose given month begins in the given Gregorian year («رمضان 2019»), or -1. */
    static int hijriYearWithMonthIn(int gregorianYear, int month) {
        int estimate = (int) ((gregorianYear - 622L) * 33 / 32);
        for (int y = estimate - 1; y <= estimate + 2; y++) {
            LocalDate d = toGregorian(y, month, 1);
            if (d != null && d.getYear() == gregorianYear) return y;
        }
        return -1;
    }

    /** {year, month, day} in the Hijri calendar, or null outside the Umm al-Qura range. */
    static int[] fromGregorian(LocalDate date) {
        try {
            HijrahDate h = HijrahDate.from(date);
            return new int[] {h.get(ChronoField.YEAR), h.get(ChronoField.MONTH_OF_YEAR), h.get(ChronoField.DAY_OF_MONTH)};
        } catch (DateTimeException e) {
            return null;
        }
    }
}
