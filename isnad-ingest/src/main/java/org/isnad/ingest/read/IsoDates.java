package org.isnad.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Publication dates as written by sites, exports and office files, turned into ISO 8601 prefixes.
 * The date kept is the one written (the outlet's local calendar day), never shifted to UTC: an
 * article stamped 01:59 at +02:00 was published on that day where it appeared.
 */
public final class IsoDates {
    /**
     * A date read from a string.
     *
     * @param day     ISO prefix (yyyy-mm-dd, yyyy-mm or yyyy) of the day as written
     * @param instant the moment when the string gave a time and a zone, else null
     */
    public record Stamp(String day, OffsetDateTime instant) {
        /** Whether the string was written in UTC (Z, +00:00), whose day may differ from the outlet's. */
        public boolean utc() { return instant != null && instant.getOffset().equals(ZoneOffset.UTC); }
    }

    private static final int MIN_YEAR = 1900, MAX_YEAR = 2199;

    private IsoDates() {}

    /** The ISO prefix (yyyy-mm-dd, yyyy-mm or yyyy) of a written date, or null when it is not one. */
    public static String day(String written) {
        Stamp s = parse(written);
        return s == null ? null : s.day();
    }

    /**
     * A written date or date-time as a local ISO date-time ("2020-01-05T12:34:56") when it has a
     * time, else as its day prefix; null when it is not a date.
     */
    public static String dateTime(String written) {
        if (written == null) return null;
        String s = written.strip();
        if (s.length() >= 19 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
            String day = day(s);
            if (day != null && day.length() == 10 && isTime(s, 11)) return day + "T" + s.substring(11, 19);
            return day;
        }
        return day(s);
    }

    private static boolean isTime(String s, int at) {
        return digits(s, at, 2) && s.charAt(at + 2) == ':' && digits(s, at + 3, 2) && s.charAt(at + 5) == ':' && digits(s, at + 6, 2);
    }

    /** Reads a date from the usual machine-written forms; null when it is not a plausible date. */
    public static Stamp parse(String written) {
        if (written == null) return null;
        String s = written.strip();
        if (s.isEmpty() || s.length() > 64) return null;
        try {
            if ((s.length() == 10 || s.length() == 13) && digits(s, 0, s.length())) return epoch(s);
            if (digits(s, 0, 4)) return isoLike(s);
            if (digits(s, 0, 1)) {
                Stamp dayFirst = dayFirst(s);
                return dayFirst;
            }
            return rfc1123(s);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    // 2020, 2020-06, 2020-06-03, 2020/06/03, 20200603, 2020-06-03T03:01+0400, 2020-12-01 02:00:00, …Z
    private static Stamp isoLike(String s) {
        int year = Integer.parseInt(s.substring(0, 4));
        if (year < MIN_YEAR || year > MAX_YEAR) return null;
        if (s.length() == 4) return new Stamp(s, null);
        if (s.length() >= 8 && digits(s, 0, 8) && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
            return dayStamp(year, Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)), s.substring(8));
        }
        char sep = s.charAt(4);
        if (sep != '-' && sep != '/' && sep != '.') return null;
        int i = 5, mStart = i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - mStart < 2) i++;
        if (i == mStart) return null;
        int month = Integer.parseInt(s.substring(mStart, i));
        if (month < 1 || month > 12) return null;
        if (i == s.length()) return new Stamp(String.format("%04d-%02d", year, month), null);
        if (s.charAt(i) != sep) return null;
        int dStart = ++i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - dStart < 2) i++;
        if (i == dStart) return null;
        int day = Integer.parseInt(s.substring(dStart, i));
        return dayStamp(year, month, day, s.substring(i));
    }

    // 03/06/2020, 3-6-2020, 03.06.2020: the Arab world and Europe write the day first
    private static Stamp dayFirst(String s) {
        String[] parts = s.split("[/.-]", 3);
        if (parts.length != 3) return null;
        String yearPart = parts[2].length() >= 4 ? parts[2].substring(0, 4) : "";
        if (!digits(parts[0], 0, parts[0].length()) || !digits(parts[1], 0, parts[1].length()) || !digits(yearPart, 0, 4)) return null;
        if (parts[0].length() > 2 || parts[1].length() > 2) return null;
        int year = Integer.parseInt(yearPart);
        if (year < MIN_YEAR || year > MAX_YEAR) return null;
        String rest = parts[2].substring(4);
        if (!rest.isEmpty() && !(rest.charAt(0) == ' ' || rest.charAt(0) == 'T')) return null;
        return dayStamp(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]), "");
    }

    private static Stamp dayStamp(int year, int month, int day, String rest) {
        LocalDate date = LocalDate.of(year, month, day);  // throws on 2020-02-30
        String iso = date.toString();
        return new Stamp(iso, instant(date, rest));
    }

    /** The moment of "T03:01+0400", " 02:00:00", "T09:23:13Z" after a date; null without a zone. */
    private static OffsetDateTime instant(LocalDate date, String rest) {
        if (rest.length() < 6 || (rest.charAt(0) != 'T' && rest.charAt(0) != ' ')) return null;
        String t = rest.substring(1).strip();
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == ':' || t.charAt(end) == '.')) end++;
        String clock = t.substring(0, end);
        String zone = t.substring(end).strip();
        if (zone.isEmpty()) return null;
        String[] hms = clock.split(":");
        if (hms.length < 2) return null;
        int h = Integer.parseInt(hms[0]), m = Integer.parseInt(hms[1]);
        int sec = hms.length > 2 ? (int) Double.parseDouble(hms[2]) : 0;
        ZoneOffset offset;
        if (zone.equals("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) offset = ZoneOffset.UTC;
        else if (zone.matches("[+-]\\d{2}:?\\d{2}")) offset = ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        else if (zone.matches("[+-]\\d{2}")) offset = ZoneOffset.of(zone);
        else return null;
        return OffsetDateTime.of(LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), h, m, sec), offset);
    }

    // seconds (10 digits) or milliseconds (13 digits) since 1970, as some sites and exports give
    private static Stamp epoch(String s) {
        if (!digits(s, 0, s.length()) || (s.length() != 10 && s.length() != 13)) return null;
        long seconds = s.length() == 13 ? Long.parseLong(s) / 1000 : Long.parseLong(s);
        OffsetDateTime t = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
        if (t.getYear() < MIN_YEAR || t.getYear() > MAX_YEAR) return null;
        return new Stamp(t.toLocalDate().toString(), t);
    }

    // "Wed, 28 Aug 2013 14:00:00 GMT" as in HTTP headers and some <meta name="date">
    private static Stamp rfc1123(String s) {
        ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        if (z.getYear() < MIN_YEAR || z.getYear() > MAX_YEAR) return null;
        return new Stamp(z.toLocalDate().toString(), z.toOffsetDateTime());
    }

    private static boolean digits(String s, int from, int n) {
        if (n <= 0 || from + n > s.length()) return false;
        for (int i = from; i < from + n; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }
}
