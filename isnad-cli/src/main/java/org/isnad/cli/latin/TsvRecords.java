package org.isnad.cli.latin;

import java.util.ArrayList;
import java.util.List;

/** Tab-separated records where a field may be quoted ("..." with "" for a quote) and span lines. */
final class TsvRecords {
    private TsvRecords() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
                continue;
            }
            if (c == '"' && fieldStart) { quoted = true; fieldStart = false; continue; }
            if (c == '\t') { row.add(field.toString()); field.setLength(0); fieldStart = true; continue; }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                continue;
            }
            field.append(c);
            fieldStart = false;
        }
        if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
        return rows;
    }
}
