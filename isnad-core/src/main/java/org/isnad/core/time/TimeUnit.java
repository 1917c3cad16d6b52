package org.isnad.core.time;

/** The units of {@code units.tsv} and the precision a count of them gives. */
enum TimeUnit {
    HOUR(PartialDate.Precision.DAY),
    DAY(PartialDate.Precision.DAY),
    WEEK(PartialDate.Precision.DAY),
    MONTH(PartialDate.Precision.MONTH),
    YEAR(PartialDate.Precision.YEAR),
    DECADE(PartialDate.Precision.YEAR);

    private final PartialDate.Precision precision;

    TimeUnit(PartialDate.Precision precision) { this.precision = precision; }

    PartialDate.Precision precision() { return precision; }

    static TimeUnit of(String name) { return valueOf(name.toUpperCase()); }
}
