package org.isnad.ingest.read;

import org.isnad.core.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plain-text documents, and the folder walking every reader shares. The id is the file name
 * without its extension; a first line followed by a blank line is the title.
 */
public final class TextFiles {
    /** Default refusal size: a text document larger than this is almost surely not one article. */
    public static final long DEFAULT_MAX_BYTES = 20_000_000L;

    private TextFiles() {}

    /** Expands arguments into files: folders recursively (sorted), "-" stays as standard input. */
    public static List<String> expand(List<String> args) throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (a.equals("-") || !Files.isDirectory(p)) { out.add(a); continue; }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .map(Path::toString).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** A plain-text document from the bytes of a file, with the decoder's warning if any. */
    static ReadResult read(String input, String id, byte[] bytes, String published, String source) throws ReadError {
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        return ReadResult.ok(input, new Document(id, d.text(), titleOf(d.text()), published, source), d.warning());
    }

    /** The first line when a blank line follows it and it is short enough to be a headline. */
    static String titleOf(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > 300) return null;
        int next = text.indexOf('\n', nl + 1);
        String second = next < 0 ? text.substring(nl + 1) : text.substring(nl + 1, next);
        if (!second.isBlank()) return null;
        return text.substring(0, nl).strip();
    }
}
