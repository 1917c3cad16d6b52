package org.isnad.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.kb.ListEntry.Kind;
import org.isnad.kb.ListName.Quality;
import org.isnad.kb.ListName.Script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported sanctions list: the entries by reference number, read from the knowledge-base file
 * {@value #FILE_NAME} (JSON Lines: a header object, then one entry per line). Immutable.
 */
public final class SanctionsList {
    public static final String FILE_NAME = "un-sanctions.jsonl";
    /** The knowledge-base directory when none is given: {@code ./isnad-kb} in the working directory. */
    public static final Path DEFAULT_DIR = Path.of("isnad-kb");
    static final String FORMAT = "isnad.kb.un-sanctions/1";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, ListEntry> byRef;
    private final String generated;
    private final String imported;

    SanctionsList(List<ListEntry> entries, String generated, String imported) {
        Map<String, ListEntry> m = new LinkedHashMap<>();
        for (ListEntry e : entries) m.put(e.ref(), e);
        this.byRef = java.util.Collections.unmodifiableMap(m);
        this.generated = generated;
        this.imported = imported;
    }

    /** The list as just read from the UN file (without saving it). */
    public static SanctionsList of(UnListImporter.Result imported) {
        return new SanctionsList(imported.entries(), imported.generated(), null);
    }

    public Collection<ListEntry> entries() { return byRef.values(); }

    /** The entry with this reference number (case-insensitive), or null. */
    public ListEntry get(String ref) {
        ListEntry e = byRef.get(ref);
        if (e != null) return e;
        for (ListEntry x : byRef.values()) if (x.ref().equalsIgnoreCase(ref)) return x;
        return null;
    }

    public int size() { return byRef.size(); }

    /** When the UN generated the imported file (its dateGenerated), or null. */
    public String generated() { return generated; }

    /** When it was imported here. */
    public String imported() { return imported; }

    /** The knowledge-base file of a directory. */
    public static Path file(Path kbDir) { return kbDir.resolve(FILE_NAME); }

    /** Whether the directory holds an imported list. */
    public static boolean exists(Path kbDir) { return Files.isRegularFile(file(kbDir)); }

    /** Loads the list from a knowledge-base directory (or the file itself). */
    public static SanctionsList load(Path kbDirOrFile) {
        Path f = Files.isDirectory(kbDirOrFile) ? file(kbDirOrFile) : kbDirOrFile;
        if (!Files.isRegularFile(f)) {
            throw new KbException("no sanctions list in " + kbDirOrFile
                    + " (import one with: isnad kb import un-sanctions FILE.xml --kb " + kbDirOrFile + ")");
        }
        List<ListEntry> entries = new ArrayList<>();
        String generated = null, imported = null;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode n = MAPPER.readTree(line);
                if (lineNo == 1) {
                    if (!FORMAT.equals(text(n, "format"))) throw new KbException(f + ": not an Isnad sanctions-list file (format " + text(n, "format") + ")");
                    generated = text(n, "generated");
                    imported = text(n, "imported");
                    continue;
                }
                entries.add(entry(n));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof KbException k) throw k;
            throw new KbException(f + ": broken knowledge-base file at line " + lineNo + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        return new SanctionsList(entries, generated, imported);
    }

    /** Writes the imported entries to the directory's knowledge-base file (replacing it whole), returns the file. */
    public static Path save(Path kbDir, UnListImporter.Result result, String sourceFile) {
        try {
            Files.createDirectories(kbDir);
            Path target = file(kbDir);
            Path tmp = kbDir.resolve(FILE_NAME + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(header(result, sourceFile));
                w.write('\n');
                for (ListEntry e : result.entries()) {
                    w.write(toJson(e));
                    w.write('\n');
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new KbException("cannot write the knowledge base in " + kbDir + " (" + e.getMessage() + ")", e);
        }
    }

    private static String header(UnListImporter.Result r, String sourceFile) throws IOException {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("source", "UN Security Council consolidated sanctions list (XML)");
            g.writeStringField("file", sourceFile);
            g.writeStringField("generated", r.generated());
            g.writeStringField("imported", Instant.now().toString());
            g.writeNumberField("individuals", r.individuals());
            g.writeNumberField("entities", r.entities());
            g.writeEndObject();
        }
        return s.toString();
    }

    /** One entry as one JSON line; empty fields are left out. */
    static String toJson(ListEntry e) throws IOException {
        StringWriter s = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("ref", e.ref());
            g.writeStringField("kind", e.kind().name());
            g.writeStringField("list", e.list());
            g.writeStringField("name", e.name());
            if (e.original() != null) g.writeStringField("original", e.original());
            g.writeArrayFieldStart("names");
            for (ListName n : e.names()) {
                g.writeStartObject();
                g.writeStringField("text", n.text());
                g.writeStringField("script", n.script().name());
                g.writeStringField("quality", n.quality().name());
                g.writeStringField("origin", n.origin());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.listedOn() != null) g.writeStringField("listedOn", e.listedOn());
            strings(g, "born", e.born());
            strings(g, "nationality", e.nationalities());
            if (e.comments() != null) g.writeStringField("comments", e.comments());
            g.writeEndObject();
        }
        return s.toString();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) return;
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static ListEntry entry(JsonNode n) {
        List<ListName> names = new ArrayList<>();
        for (JsonNode x : n.path("names")) {
            names.add(new ListName(x.path("text").asText(), Script.valueOf(x.path("script").asText()),
                    Quality.valueOf(x.path("quality").asText()), x.path("origin").asText()));
        }
        return new ListEntry(text(n, "ref"), Kind.valueOf(n.path("kind").asText()), text(n, "list"), text(n, "name"),
                text(n, "original"), names, text(n, "listedOn"), list(n, "born"), list(n, "nationality"), text(n, "comments"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field)) out.add(v.asText());
        return out;
    }
}
