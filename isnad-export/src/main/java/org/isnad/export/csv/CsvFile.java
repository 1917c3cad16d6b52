package org.isnad.export.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An RFC 4180 CSV file: UTF-8 without a byte order mark, CRLF line ends, a header row, fields
 * quoted when they hold a comma, a double quote, CR or LF (quotes doubled inside).
 */
final class CsvFile implements Closeable {
    private final Writer w;
    private final int columns;

    CsvFile(Path file, List<String> header) throws IOException {
        this.w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        this.columns = header.size();
        row(header.toArray());
    }

    void row(Object... cells) throws IOException {
        if (cells.length != columns) throw new IllegalArgumentException("row of " + cells.length + " cells for " + columns + " columns");
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write(',');
            w.write(field(cells[i]));
        }
        w.write("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) return "";
        String s = cell.toString();
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException { w.close(); }
}
