package org.isnad.store;

/** UTF-16 offsets of Java strings to the code point offsets the store and its JSON use (free for texts without surrogate pairs). */
public final class CodePoints {
    private final int[] map;

    public CodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
        if (!surrogates) { map = null; return; }
        map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            boolean low = Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (low) map[i] = cp - 1;
            else cp++;
        }
        map[text.length()] = cp;
    }

    public int of(int utf16) { return map == null ? utf16 : map[utf16]; }
}
