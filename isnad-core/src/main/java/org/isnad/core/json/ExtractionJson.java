package org.isnad.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.isnad.core.model.Argument;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Relation;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeValue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes an {@link Extraction} as the extraction JSON of {@code shared/spec/extraction-json.md}
 * (schema isnad.extraction/1). Offsets are converted from Java's UTF-16 units to Unicode code
 * points here, at the edge, so the rest of the pipeline never thinks about surrogates.
 */
public final class ExtractionJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ExtractionJson() {}

    /** One JSON object on one line. */
    public static String toJsonLine(Extraction x) {
        StringWriter w = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            write(g, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static void write(Extraction x, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(g, x);
        }
    }

    private static void write(JsonGenerator g, Extraction x) throws IOException {
        Document d = x.document();
        CodePoints cp = new CodePoints(d.text());
        g.writeStartObject();
        g.writeStringField("schema", Extraction.SCHEMA);
        g.writeObjectFieldStart("document");
        g.writeStringField("id", d.id());
        g.writeStringField("language", x.language());
        g.writeStringField("title", d.title());
        g.writeStringField("published", d.published());
        g.writeStringField("source", d.source());
        if (d.url() != null) g.writeStringField("url", d.url());
        g.writeNumberField("length", cp.length());
        g.writeEndObject();

        g.writeArrayFieldStart("entities");
        for (Entity e : x.entities()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            g.writeStringField("latin", e.latin());
            g.writeArrayFieldStart("aliases");
            for (String a : e.aliases()) g.writeString(a);
            g.writeEndArray();
            g.writeStringField("kind", e.kind());
            g.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", cp.of(m.span().start()));
                g.writeNumberField("end", cp.of(m.span().end()));
                g.writeStringField("text", m.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("relations");
        for (Relation r : x.relations()) {
            g.writeStartObject();
            g.writeStringField("type", r.type());
            g.writeStringField("subject", r.subject());
            g.writeStringField("object", r.object());
            g.writeStringField("role", r.role());
            g.writeObjectFieldStart("time");
            g.writeStringField("from", r.time().from());
            g.writeStringField("until", r.time().until());
            g.writeEndObject();
            span(g, "evidence", r.evidence(), cp, d.text());
            g.writeStringField("source", r.source());
            g.writeNumberField("confidence", round(r.confidence()));
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event e : x.events()) {
            g.writeStartObject();
            g.writeStringField("type", e.type());
            g.writeArrayFieldStart("arguments");
            for (Argument a : e.arguments()) {
                g.writeStartObject();
                g.writeStringField("role", a.role());
                g.writeStringField("entity", a.entity());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.time() == null) g.writeNullField("time");
            else time(g, "time", e.time(), cp);
            g.writeStringField("location", e.location());
            span(g, "trigger", e.trigger(), cp, d.text());
            span(g, "evidence", e.evidence(), cp, null);
            g.writeStringField("source", e.source());
            g.writeNumberField("confidence", round(e.confidence()));
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("times");
        for (TimeValue t : x.times()) {
            g.writeStartObject();
            g.writeNumberField("start", cp.of(t.span().start()));
            g.writeNumberField("end", cp.of(t.span().end()));
            g.writeStringField("text", t.text());
            g.writeStringField("value", t.value());
            g.writeBooleanField("relative", t.relative());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String field, TimeValue t, CodePoints cp) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("value", t.value());
        g.writeStringField("text", t.text());
        g.writeNumberField("start", cp.of(t.span().start()));
        g.writeNumberField("end", cp.of(t.span().end()));
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String field, Span s, CodePoints cp, String textOrNull) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("start", cp.of(s.start()));
        g.writeNumberField("end", cp.of(s.end()));
        if (textOrNull != null) g.writeStringField("text", textOrNull.substring(s.start(), s.end()));
        g.writeEndObject();
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    /** UTF-16 offset → code point offset; identity (and free) when the text has no surrogate pairs. */
    static final class CodePoints {
        private final int[] map;
        private final int length;

        CodePoints(String text) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
            if (!surrogates) { map = null; length = text.length(); return; }
            map = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                map[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) cp++;
                else map[i] = cp - 1;
            }
            map[text.length()] = cp;
            length = cp;
        }

        int of(int utf16) { return map == null ? utf16 : map[utf16]; }

        int length() { return length; }
    }
}
