package org.isnad.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the normalized text: a run of letters, a run of ASCII digits or one other
 * non-space char. Letters and digits are split even when written together («و2003»,
 * «أبريل2015», «1440هـ»), which is how Arabic glues prefixes and era marks to numbers.
 *
 * @param start       normalized char offset
 * @param end         normalized char offset just after the token
 * @param number      value of a digit run of at most 9 digits, else -1
 * @param spaceBefore whether white space separates it from the previous token
 */
record Token(Type type, int start, int end, String text, int number, boolean spaceBefore) {
    enum Type { WORD, NUMBER, PUNCT }

    int length() { return end - start; }

    boolean isNumber() { return type == Type.NUMBER; }

    boolean isWord() { return type == Type.WORD; }

    static Token[] tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        boolean space = true;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            int j = i + 1;
            Type type;
            if (c >= '0' && c <= '9') {
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                type = Type.NUMBER;
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(s.charAt(j))) j++;
                type = Type.WORD;
            } else {
                type = Type.PUNCT;
            }
            String text = s.substring(i, j);
            int number = type == Type.NUMBER && j - i <= 9 ? Integer.parseInt(text) : -1;
            out.add(new Token(type, i, j, text, number, space));
            space = false;
            i = j;
        }
        return out.toArray(new Token[0]);
    }
}
