package org.isnad.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.isnad.core.model.Document;

/**
 * A document written as a JSON object: {@code {id, text, title, published, source, url}}, other
 * fields ignored. {@code text} is required; {@code published} may be a date or a date-time and is
 * kept as its ISO day prefix.
 */
final class JsonRecords {
    private JsonRecords() {}

    static ReadResult read(String input, JsonNode record, String fallbackId, String fallbackSource, ReadOptions options)
            throws ReadError {
        if (!record.isObject()) throw new ReadError("not a JSON object");
        JsonNode text = record.get("text");
        if (text == null || text.isNull()) throw new ReadError("record has no \"text\"");
        if (!text.isTextual()) throw new ReadError("\"text\" is not a string");
        if (text.asText().isBlank()) throw new ReadError("empty text");
        if (text.asText().length() > options.maxBytes())
            throw new ReadError(String.format("record too large (%.1f M characters > %.1f MB limit; raise it with --max-mb)",
                    text.asText().length() / 1e6, options.maxBytes() / 1e6));
        String id = scalar(record.get("id"));
        String warning = null;
        String published = options.published();
        String written = scalar(record.get("published"));
        if (written != null && !written.isBlank()) {
            String day = IsoDates.day(written);
            if (day != null) published = day;
            else warning = "unreadable publication date \"" + oneLine(written) + "\" ignored";
        }
        String source = scalar(record.get("source"));
        Document d = new Document(id == null || id.isBlank() ? fallbackId : id, text.asText(), scalar(record.get("title")),
                published, source == null ? fallbackSource : source, scalar(record.get("url")));
        return ReadResult.ok(input, d, warning);
    }

    /** A string or number field as text; null for absent, null, objects and arrays. */
    static String scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) return null;
        return n.asText();
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }
}
