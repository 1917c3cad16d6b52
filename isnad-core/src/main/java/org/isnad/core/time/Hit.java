package org.isnad.core.time;

/**
 * A lexicon entry found at a token.
 *
 * @param term   the entry
 * @param start  normalized char offset where the entry starts (after any stripped proclitic)
 * @param end    index of the first token after the entry
 * @param clitic the proclitic letters stripped from the first word ("" when none)
 */
record Hit(Term term, int start, int end, String clitic) {
    int value() { return term.value(); }

    TermKind kind() { return term.kind(); }
}
