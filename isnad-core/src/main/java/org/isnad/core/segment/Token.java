package org.isnad.core.segment;

/**
 * One token of the normalized view.
 *
 * @param index    position in the document's token list
 * @param start    start offset in the normalized text
 * @param end      end offset (exclusive) in the normalized text
 * @param form     the folded token text
 * @param kind     what the token is made of
 * @param sentence index of the sentence the token belongs to
 * @param stems    the token with its proclitics removed, longest clitic sequence last (see
 *                 {@link CliticSegmenter}); each stem's start in the normalized text is
 *                 {@code end - stem.length()} (the article restored where لل stood for ل + ال)
 */
public record Token(int index, int start, int end, String form, TokenKind kind, int sentence, Stem[] stems) {

    /**
     * A clitic-free reading of the token.
     *
     * @param text     the reading, article restored where لل stood for ل + ال
     * @param offset   where the written part of the reading starts in the normalized text
     * @param restored whether "ال" was restored in front of the written part
     */
    public record Stem(String text, int offset, boolean restored) {}

    public boolean isWord() { return kind == TokenKind.WORD; }

    public boolean is(char punct) { return (kind == TokenKind.PUNCT || kind == TokenKind.QUOTE) && form.length() == 1 && form.charAt(0) == punct; }

    public boolean isQuote() { return kind == TokenKind.QUOTE; }
}
