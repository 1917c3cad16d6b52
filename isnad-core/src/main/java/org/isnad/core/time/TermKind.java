package org.isnad.core.time;

/** What a word or mark of the time lexicon is to the scanner (see the header of {@code cues.tsv}). */
enum TermKind {
    GREGORIAN_MONTH, HIJRI_MONTH, WEEKDAY, CARDINAL, ORDINAL, UNIT,
    PREP, YEAR_NOUN, NOT_WEEKDAY_AFTER, YEAR_WORD, MONTH_WORD, DAY_WORD, ERA_GREGORIAN, ERA_HIJRI,
    OFFSET, APPROX, DEICTIC, REL_ADJ, THIS, PERIOD, LINK, ANAPHOR, RANGE_LINK, FROM,
    COUNT_NOUN, DECIMAL_MARK, DATE_SEPARATOR, PAIR_OPEN, PAIR_CLOSE, COMMA, OPEN_BRACKET, CLOSE_BRACKET;

    /** Nouns and counts that may carry a one-letter preposition («لعام», «بشهر», «بثلاثة»). */
    boolean takesPreposition() {
        return switch (this) {
            case YEAR_WORD, YEAR_NOUN, UNIT, CARDINAL, MONTH_WORD, DAY_WORD, PERIOD -> true;
            default -> false;
        };
    }
}
