package org.isnad.core.latin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known spellings of name parts, keyed by the folded Arabic ({@link ArabicLetters#key}); a key may
 * span several words, joined by single spaces. Immutable.
 */
final class NamePartTable {
    /** What a known spelling is; places are exonyms and only apply to place names. */
    enum Kind { GIVEN, STEM, FAMILY, NISBA, TITLE, PLACE, ORG, PARTICLE, LEARNED }

    record Entry(String latin, Kind kind) {}

    private final Map<String, Entry> entries;
    private final int longestKey;

    private NamePartTable(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        int longest = 1;
        for (String k : entries.keySet()) longest = Math.max(longest, k.split(" ").length);
        this.longestKey = longest;
    }

    /** A table from rows {@code arabic, latin, kind}; the first row for a key wins. */
    static NamePartTable fromRows(List<String[]> rows, ArabicLetters letters) {
        Map<String, Entry> map = new HashMap<>();
        for (String[] row : rows) {
            Kind kind = Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
            map.putIfAbsent(keyOf(row[0], letters), new Entry(row[1], kind));
        }
        return new NamePartTable(map);
    }

    /** The learned table: rows {@code key, latin, count}; spellings there are lower case. */
    static NamePartTable learned(List<String[]> rows, ArabicLetters letters) {
        Map<String, Entry> map = new HashMap<>();
        for (String[] row : rows) map.putIfAbsent(keyOf(row[0], letters), new Entry(row[1], Kind.LEARNED));
        return new NamePartTable(map);
    }

    private static String keyOf(String arabic, ArabicLetters letters) {
        String[] words = arabic.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(ArabicLetters.key(letters.clean(w)));
        }
        return sb.toString();
    }

    Entry get(String key) {
        return entries.get(key);
    }

    /** Most words a key spans. */
    int longestKey() {
        return longestKey;
    }

    int size() {
        return entries.size();
    }
}
