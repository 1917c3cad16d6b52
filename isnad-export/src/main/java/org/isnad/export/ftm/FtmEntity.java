package org.isnad.export.ftm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One FollowTheMoney entity being built: {@code {id, schema, properties: {name: [values…]}}}, values distinct, in insertion order. */
final class FtmEntity {
    final String id;
    final String schema;
    private final Map<String, Set<String>> properties = new LinkedHashMap<>();

    FtmEntity(String id, String schema) {
        this.id = id;
        this.schema = schema;
    }

    FtmEntity add(String property, String value) {
        if (value != null && !value.isBlank()) properties.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value.strip());
        return this;
    }

    FtmEntity addAll(String property, Iterable<String> values) {
        for (String v : values) add(property, v);
        return this;
    }

    boolean has(String property) { return properties.containsKey(property); }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("schema", schema);
        ObjectNode props = o.putObject("properties");
        properties.forEach((k, vs) -> {
            ArrayNode a = props.putArray(k);
            for (String v : vs) a.add(v);
        });
        return o;
    }
}
