package org.isnad.store.resolve;

/** The strongest name evidence behind a match, with the score it starts from. */
public enum Basis {
    /** both names belong to one entry of the shipped gazetteers (same Latin name) */
    KNOWN(0.95),
    /** the same distinctive name */
    EXACT(0.90),
    /** the same Latin name of two words or more, from different Arabic spellings */
    LATIN(0.75),
    /** the same name made only of common given names */
    COMMON(0.60),
    /** a short form, a bare kunya or a one-word name: context must carry the rest */
    PARTIAL(0.40),
    /** nothing in common, or a conflict */
    NONE(0.0);

    public final double base;

    Basis(double base) { this.base = base; }

    public boolean strong() { return this == KNOWN || this == EXACT || this == LATIN; }
}
