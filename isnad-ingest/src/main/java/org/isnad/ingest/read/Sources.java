package org.isnad.ingest.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * The one entry point from what a user points at to documents: files of any supported format,
 * folders (read recursively, in sorted order, hidden files skipped) and "-" for standard input.
 *
 * <p>The format comes from the content's signature and the file name (see {@link Format}):
 * plain text, HTML pages, Telegram Desktop exports and other JSON, JSON Lines (gzipped or not),
 * PDF and Word files. Anything else is refused with a one-line reason. Nothing here throws for a
 * bad input: every problem is an error {@link ReadResult} and the other inputs go on.
 */
public final class Sources {
    private static final HtmlPages HTML = HtmlPages.load();

    private Sources() {}

    /**
     * Every document of the given paths (files, folders recursively in sorted order, "-" for
     * stdin), lazily; a bad file or a bad record yields an error ReadResult and the rest continue.
     * Close the stream (try-with-resources) when it is not read to its end.
     */
    public static Stream<ReadResult> read(List<String> inputs, ReadOptions options) {
        Walk walk = new Walk(List.copyOf(inputs), options);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(walk::close);
    }

    /**
     * Inputs, then the files of each folder, then the documents of each file, one at a time. (A
     * plain flatMap over streams would read a whole corpus file ahead when the caller stops early.)
     */
    private static final class Walk implements Iterator<ReadResult> {
        private final Iterator<String> args;
        private final ReadOptions options;
        private final Deque<Supplier<Stream<ReadResult>>> pending = new ArrayDeque<>();
        private Stream<ReadResult> current;
        private Iterator<ReadResult> results = Collections.emptyIterator();

        Walk(List<String> args, ReadOptions options) {
            this.args = args.iterator();
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            while (!results.hasNext()) {
                close();
                if (pending.isEmpty()) {
                    if (!args.hasNext()) return false;
                    expand(args.next());
                    continue;
                }
                current = pending.poll().get();
                results = current.iterator();
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            return results.next();
        }

        private void expand(String arg) {
            try {
                for (String file : TextFiles.expand(List.of(arg))) pending.add(() -> readOne(file, options));
            } catch (IOException | RuntimeException e) {
                pending.add(() -> Stream.of(ReadResult.error(arg, "cannot list folder: " + e.getMessage())));
            }
        }

        void close() {
            if (current != null) current.close();
            current = null;
            results = Collections.emptyIterator();
        }
    }

    private static Stream<ReadResult> readOne(String input, ReadOptions options) {
        InputStream raw = null;
        try {
            boolean stdin = input.equals("-");
            Path path = stdin ? null : Path.of(input);
            if (path != null) {
                if (!Files.exists(path)) return Stream.of(ReadResult.error(input, "no such file"));
                if (!Files.isReadable(path)) return Stream.of(ReadResult.error(input, "file is not readable"));
            }
            raw = stdin ? new FilterInputStream(System.in) { @Override public void close() {} } : Files.newInputStream(path);
            InputStream in = new BufferedInputStream(raw, Format.HEAD_BYTES);
            byte[] head = peek(in);
            String name = stdin ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean gzipped = Format.isGzip(head);
            if (gzipped) {
                in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), Format.HEAD_BYTES);
                head = peek(in);
                if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
            }
            String id = stdin ? "stdin" : stem(path.getFileName().toString());
            String source = stdin ? "stdin" : input;
            Format.Detected detected = Format.detect(name, head);
            switch (detected.format()) {
                case UNSUPPORTED -> {
                    in.close();
                    return Stream.of(ReadResult.error(input, detected.reason()));
                }
                case JSON_LINES -> { return JsonLines.read(input, id, in, options); }
                case JSON -> { return JsonDocuments.read(input, id, in, options); }
                default -> { }
            }
            byte[] bytes;
            try (InputStream whole = in) {
                if (!gzipped && path != null && Files.size(path) > options.maxBytes())
                    return Stream.of(ReadResult.error(input, String.format("file too large (%.1f MB > %.1f MB limit; raise it with --max-mb)",
                            Files.size(path) / 1e6, options.maxBytes() / 1e6)));
                bytes = whole.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                if (bytes.length > options.maxBytes())
                    return Stream.of(ReadResult.error(input, String.format("input too large (> %.1f MB limit; raise it with --max-mb)", options.maxBytes() / 1e6)));
            }
            return Stream.of(switch (detected.format()) {
                case HTML -> {
                    HtmlPages.Page page = HTML.parse(bytes);
                    yield ReadResult.ok(input, HTML.document(page, id, source, options.published()), page.warning());
                }
                case PDF, OFFICE_OPEN_XML -> OfficeDocuments.read(input, id, bytes, detected.format(), options, source);
                default -> TextFiles.read(input, id, bytes, options.published(), source);
            });
        } catch (ReadError e) {
            return Stream.of(ReadResult.error(input, e.getMessage()));
        } catch (IOException e) {
            closeQuietly(raw);
            return Stream.of(ReadResult.error(input, "cannot read: " + oneLine(e)));
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            closeQuietly(raw);
            return Stream.of(ReadResult.error(input, "cannot read: " + oneLine(e)));
        }
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(Format.HEAD_BYTES);
        byte[] head = in.readNBytes(Format.HEAD_BYTES);
        in.reset();
        return head;
    }

    /** The file name without its extension (and without ".gz" before it): the document id. */
    static String stem(String fileName) {
        String name = fileName;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + JsonRecords.oneLine(m));
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one reported
        }
    }
}
