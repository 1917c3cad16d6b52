package org.isnad.core.latin;

import java.util.ArrayList;
import java.util.List;

/**
 * One training word split into graphones: {@code chunks[i]} is the Latin written for
 * {@code letters.charAt(i)} (possibly empty, possibly a consonant with the vowel that follows it).
 * {@code weight} counts how many times the pair was seen.
 *
 * <p>Stored one per line in {@code latin/graphone-alignments.tsv} as
 * {@code letters<TAB>weight<TAB>chunk chunk ...} with "_" for an empty chunk.
 */
public record AlignedWord(String letters, List<String> chunks, int weight) {
    private static final String EMPTY_CHUNK = "_";

    public AlignedWord {
        if (letters.length() != chunks.size()) {
            throw new IllegalArgumentException("one chunk per letter: " + letters + " " + chunks);
        }
        chunks = List.copyOf(chunks);
    }

    /** The Latin word the graphones spell. */
    public String latin() {
        return String.join("", chunks);
    }

    public String toLine() {
        List<String> cells = new ArrayList<>(chunks.size());
        for (String c : chunks) cells.add(c.isEmpty() ? EMPTY_CHUNK : c);
        return letters + "\t" + weight + "\t" + String.join(" ", cells);
    }

    public static AlignedWord fromCells(String[] row) {
        String[] cells = row[2].split(" ", -1);
        List<String> chunks = new ArrayList<>(cells.length);
        for (String c : cells) chunks.add(c.equals(EMPTY_CHUNK) ? "" : c);
        return new AlignedWord(row[0], chunks, Integer.parseInt(row[1]));
    }
}
