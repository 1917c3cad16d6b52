package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.export.graph.Selection;
import org.isnad.export.stix.RelationshipTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs exports for the tests. */
final class Exports {
    static final Exporter EXPORTER = Exporter.load();
    static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {}

    static byte[] bytes(Path store, Exporter.Options o) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EXPORTER.export(Fixture.open(store), o, out, null);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path store, ExportFormat f, Selection s) { return bytes(store, Exporter.Options.of(f, s)); }

    static String text(Path store, ExportFormat f, Selection s) { return new String(bytes(store, f, s), StandardCharsets.UTF_8); }

    /** A STIX export, parsed; every one the tests make is first checked against the official schemas. */
    static JsonNode stix(Path store, Selection s, RelationshipTypes.Profile profile) {
        try {
            return valid(JSON.readTree(bytes(store, new Exporter.Options(ExportFormat.STIX, s, profile, true))), store + " " + s + " " + profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode valid(JsonNode bundle, String what) {
        List<String> errors = StixSchemas.shared().validate(bundle);
        if (!errors.isEmpty()) throw new AssertionError(what + ": not valid STIX 2.1: " + errors.subList(0, Math.min(20, errors.size())));
        return bundle;
    }

    static JsonNode stix(Path store, Selection s) { return stix(store, s, RelationshipTypes.Profile.opencti); }

    static List<JsonNode> ftm(Path store, Selection s) {
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String line : text(store, ExportFormat.FTM, s).split("\n")) if (!line.isEmpty()) out.add(JSON.readTree(line));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static JsonNode byName(JsonNode bundle, String type, String name) {
        for (JsonNode o : bundle.path("objects"))
            if (o.path("type").asText().equals(type) && o.path("name").asText().equals(name)) return o;
        throw new AssertionError("no " + type + " named " + name);
    }

    static JsonNode byId(JsonNode bundle, String id) {
        for (JsonNode o : bundle.path("objects")) if (o.path("id").asText().equals(id)) return o;
        throw new AssertionError("no object " + id);
    }
}
