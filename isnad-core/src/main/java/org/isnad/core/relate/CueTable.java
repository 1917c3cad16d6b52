package org.isnad.core.relate;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.HashMap;
import java.util.Map;

/**
 * A table of cue phrases keyed by their folded form with spaces removed, so a cue matches the
 * text between two names whatever the spacing and whether its last preposition is written
 * joined to the next word (التابع لداعش).
 */
final class CueTable {
    private final Map<String, String[]> rows = new HashMap<>();
    private int longest;

    CueTable(String file) {
        for (String[] r : DataFiles.table(file)) {
            String key = NormalizedText.squash(NormalizedText.fold(r[0]));
            rows.putIfAbsent(key, r);
            longest = Math.max(longest, key.length());
        }
    }

    String[] get(String squashed) { return rows.get(squashed); }

    /** The row whose cue is the longest prefix of the text, or null. */
    String[] prefixOf(String squashed) {
        for (int len = Math.min(longest, squashed.length()); len > 0; len--) {
            String[] r = rows.get(squashed.substring(0, len));
            if (r != null) return r;
        }
        return null;
    }

    /** The row whose cue is the longest suffix of the text, or null. */
    String[] suffixOf(String squashed) {
        for (int len = Math.min(longest, squashed.length()); len > 0; len--) {
            String[] r = rows.get(squashed.substring(squashed.length() - len));
            if (r != null) return r;
        }
        return null;
    }

}
