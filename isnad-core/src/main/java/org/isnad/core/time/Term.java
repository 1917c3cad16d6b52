package org.isnad.core.time;

import java.util.Set;

/**
 * One entry of the time lexicon.
 *
 * @param kind  what the entry is
 * @param words the folded form, word by word (one word for most entries)
 * @param value the number it carries: month, ISO weekday, count, step or direction
 * @param arg   a second value: the unit of a unit word, the anchor of a relative adjective
 * @param flags markers such as {@code definite} or {@code needs_context}
 */
record Term(TermKind kind, String[] words, int value, String arg, Set<String> flags) {
    boolean has(String flag) { return flags.contains(flag); }
}
