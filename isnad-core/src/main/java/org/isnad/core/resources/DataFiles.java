package org.isnad.core.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the linguistic data files shipped under {@code src/main/resources/org/isnad/core/}.
 * Format of every table: UTF-8, tab-separated, lines starting with '#' are comments (the first
 * comment says what the columns mean), blank lines ignored.
 */
public final class DataFiles {
    private static final String ROOT = "/org/isnad/core/";

    private DataFiles() {}

    /** Rows of a tab-separated table, comments and blank lines skipped; cells are trimmed. */
    public static List<String[]> table(String relativePath) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(relativePath)) {
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            rows.add(cells);
        }
        return rows;
    }

    /** Non-comment, non-blank lines of a data file. */
    public static List<String> lines(String relativePath) {
        String path = ROOT + relativePath;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing data file " + path);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /** Whether a data file exists (optional tables such as a trained model). */
    public static boolean exists(String relativePath) {
        return DataFiles.class.getResource(ROOT + relativePath) != null;
    }
}
