package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The FollowTheMoney schema definitions (YAML) from /work/shared: each schema's parents,
 * properties (own and inherited) with their types and ranges, required properties, abstractness.
 */
final class FtmSchemas {
    record Property(String name, String type, String range) {}

    record Schema(String name, boolean isAbstract, List<String> parents, Map<String, Property> ownProperties, List<String> ownRequired) {}

    private final Map<String, Schema> schemas = new HashMap<>();

    FtmSchemas() {
        Path dir = Shared.require("data/followthemoney-schema/followthemoney/schema");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                JsonNode root = yaml.readTree(f.toFile());
                root.fields().forEachRemaining(e -> {
                    JsonNode s = e.getValue();
                    List<String> parents = new ArrayList<>();
                    for (JsonNode p : s.path("extends")) parents.add(p.asText());
                    Map<String, Property> props = new HashMap<>();
                    s.path("properties").fields().forEachRemaining(p -> props.put(p.getKey(),
                            new Property(p.getKey(), p.getValue().path("type").asText("string"), p.getValue().path("range").asText(null))));
                    List<String> required = new ArrayList<>();
                    for (JsonNode r : s.path("required")) required.add(r.asText());
                    schemas.put(e.getKey(), new Schema(e.getKey(), s.path("abstract").asBoolean(false), parents, props, required));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!schemas.containsKey("Thing")) throw new IllegalStateException("no Thing schema in " + dir);
    }

    Schema schema(String name) { return schemas.get(name); }

    /** The schema and all its ancestors. */
    Set<String> lineage(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            String n = todo.remove(0);
            Schema s = schemas.get(n);
            if (s == null || !out.add(n)) continue;
            todo.addAll(s.parents());
        }
        return out;
    }

    /** A property of the schema or one of its ancestors, or null. */
    Property property(String schema, String property) {
        for (String n : lineage(schema)) {
            Property p = schemas.get(n).ownProperties().get(property);
            if (p != null) return p;
        }
        return null;
    }

    Set<String> required(String schema) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : lineage(schema)) out.addAll(schemas.get(n).ownRequired());
        return out;
    }

    boolean isA(String schema, String ancestor) { return lineage(schema).contains(ancestor); }
}
