package org.isnad.ingest.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IsoDatesTest {
    @Test
    void machineWrittenDatesBecomeIsoPrefixes() {
        assertEquals("2020-06-03", IsoDates.day("2020-06-03T03:01+0400"));
        assertEquals("2020-12-01", IsoDates.day("2020-12-01 02:00:00"));
        assertEquals("2026-01-08", IsoDates.day("2026-01-08T11:42:50Z"));
        assertEquals("2019-02-08", IsoDates.day("2019-02-08T00:00:00+01:00"));
        assertEquals("2020-08-24", IsoDates.day("2020/8/24"));
        assertEquals("2020-08-24", IsoDates.day("20200824"));
        assertEquals("2020-08", IsoDates.day("2020-08"));
        assertEquals("2020", IsoDates.day("2020"));
        assertEquals("2013-08-28", IsoDates.day("Wed, 28 Aug 2013 14:00:00 GMT"));
        assertEquals("2020-06-03", IsoDates.day("03/06/2020"), "day first, as written in the Arab world");
        assertEquals("2020-01-05", IsoDates.day("1578227696"), "seconds since 1970");
    }

    @Test
    void theWrittenDayIsKeptNotShiftedToUtc() {
        IsoDates.Stamp local = IsoDates.parse("2020-12-25T01:59:50+02:00");
        assertEquals("2020-12-25", local.day());
        assertFalse(local.utc());
        IsoDates.Stamp utc = IsoDates.parse("2020-12-24T23:59:50+00:00");
        assertTrue(utc.utc());
        assertEquals(local.instant().toInstant(), utc.instant().toInstant());
    }

    @Test
    void dateTimesKeepTheirLocalTime() {
        assertEquals("2020-01-05T12:34:56", IsoDates.dateTime("2020-01-05T12:34:56"));
        assertEquals("2020-01-05", IsoDates.dateTime("2020-01-05"));
    }

    @Test
    void nonDatesAreRefused() {
        assertNull(IsoDates.day(null));
        assertNull(IsoDates.day(""));
        assertNull(IsoDates.day("yesterday"));
        assertNull(IsoDates.day("2020-02-30"));
        assertNull(IsoDates.day("2020-13-01"));
        assertNull(IsoDates.day("0001-01-01"));
        assertNull(IsoDates.day("12345"));
    }
}
