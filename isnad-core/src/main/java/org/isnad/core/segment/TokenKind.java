package org.isnad.core.segment;

public enum TokenKind {
    /** Arabic letters (possibly with clitics attached). */
    WORD,
    /** Latin letters. */
    LATIN,
    /** ASCII digits (Arabic-Indic digits are folded to ASCII by the normalizer). */
    NUMBER,
    /** A double quote: every quote style folds to it. */
    QUOTE,
    /** Any other single punctuation or symbol character. */
    PUNCT
}
