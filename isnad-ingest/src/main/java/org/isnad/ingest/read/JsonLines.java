package org.isnad.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines corpora ({@code .jsonl}, {@code .ndjson}, gzipped or not): one {@link JsonRecords}
 * object a line, read as a stream so a file of any size works. A broken line becomes an error
 * for "file:line" and reading goes on with the next one.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {}

    static Stream<ReadResult> read(String input, String stem, InputStream in, ReadOptions options) {
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        Iterator<ReadResult> it = new Iterator<>() {
            final LineReader lines = new LineReader(reader, options.maxBytes());
            ReadResult next;
            boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) next = advance();
                return next != null;
            }

            @Override
            public ReadResult next() {
                if (!hasNext()) throw new NoSuchElementException();
                ReadResult r = next;
                next = null;
                return r;
            }

            private ReadResult advance() {
                while (true) {
                    String line;
                    try {
                        line = lines.next();
                    } catch (IOException e) {
                        done = true;
                        return ReadResult.error(input + ":" + (lines.number() + 1), "cannot read: " + e.getMessage());
                    }
                    if (line == null) { done = true; return null; }
                    String where = input + ":" + lines.number();
                    if (line == LineReader.TOO_LONG)
                        return ReadResult.error(where, String.format("line too long (> %.1f MB limit; raise it with --max-mb)", options.maxBytes() / 1e6));
                    if (line.isBlank()) continue;
                    try {
                        return JsonRecords.read(where, JSON.readTree(line), stem + "-" + lines.number(), input, options);
                    } catch (JsonProcessingException e) {
                        return ReadResult.error(where, "invalid JSON: " + JsonRecords.oneLine(e.getOriginalMessage()));
                    } catch (ReadError e) {
                        return ReadResult.error(where, e.getMessage());
                    }
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Lines of at most a given length; a longer one is skipped and reported as {@link #TOO_LONG}. */
    static final class LineReader {
        static final String TOO_LONG = new String("\u0000too long");
        private final Reader in;
        private final long max;
        private final StringBuilder sb = new StringBuilder();
        private int number;

        LineReader(Reader in, long max) { this.in = in; this.max = max; }

        int number() { return number; }

        String next() throws IOException {
            sb.setLength(0);
            boolean tooLong = false;
            int c;
            boolean any = false;
            while ((c = in.read()) >= 0) {
                any = true;
                if (c == '\n') break;
                if (tooLong) continue;
                if (sb.length() >= max) { tooLong = true; sb.setLength(0); continue; }
                sb.append((char) c);
            }
            if (!any) return null;
            number++;
            if (tooLong) return TOO_LONG;
            int end = sb.length();
            if (end > 0 && sb.charAt(end - 1) == '\r') end--;
            int start = number == 1 && end > 0 && sb.charAt(0) == '\uFEFF' ? 1 : 0;
            return sb.substring(start, end);
        }
    }
}
