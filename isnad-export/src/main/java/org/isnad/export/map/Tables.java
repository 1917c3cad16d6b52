package org.isnad.export.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the export's mapping tables under {@code src/main/resources/org/isnad/export/} (TSV, '#' comments). */
final class Tables {
    private Tables() {}

    static List<String[]> read(String file) {
        String path = "/org/isnad/export/" + file;
        try (InputStream in = Tables.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing mapping table " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isEmpty() || cell.equals("-")) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) if (!s.isBlank()) out.add(s.strip());
        return List.copyOf(out);
    }
}
