package org.isnad.ingest.read;

import org.isnad.core.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plain-text documents from files, folders and standard input. The id is the file name without
 * its extension; a first line followed by a blank line is the title.
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

    public record Read(Document document, String warning) {}

    public static Read read(String arg, long maxBytes, String published) throws ReadError {
        byte[] bytes;
        String id;
        String source;
        try {
            if (arg.equals("-")) {
                bytes = readLimited(System.in, maxBytes);
                id = "stdin";
                source = "stdin";
            } else {
                Path p = Path.of(arg);
                if (!Files.exists(p)) throw new ReadError("no such file");
                if (!Files.isReadable(p)) throw new ReadError("file is not readable");
                long size = Files.size(p);
                if (size > maxBytes) throw new ReadError(String.format("file too large (%.1f MB > %.1f MB limit; raise it with --max-mb)", size / 1e6, maxBytes / 1e6));
                bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                id = dot > 0 ? name.substring(0, dot) : name;
                source = arg;
            }
        } catch (IOException e) {
            throw new ReadError("cannot read: " + e.getMessage());
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        return new Read(new Document(id, d.text(), titleOf(d.text()), published, source), d.warning());
    }

    private static byte[] readLimited(InputStream in, long maxBytes) throws IOException, ReadError {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw new ReadError(String.format("input too large (> %.1f MB limit; raise it with --max-mb)", maxBytes / 1e6));
        return b;
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
