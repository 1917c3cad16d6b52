package org.isnad.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON of the web API: the same conventions as the store's query answers (snake_case names,
 * nulls written), and a bounded reader for request bodies. Immutable and thread-safe.
 */
public final class WebJson {
    /** Request bodies nest at most this deep and hold strings of at most this many characters. */
    static final int MAX_DEPTH = 8, MAX_STRING = 10_000;

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    public WebJson() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(40).build());
    }

    public byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode tree(Object value) { return mapper.valueToTree(value); }

    public ObjectNode object() { return mapper.createObjectNode(); }

    /** A request body as a JSON object, or a 400 saying what is wrong with it. */
    public ObjectNode readObject(byte[] body) {
        JsonNode n;
        try {
            n = mapper.readTree(body);
        } catch (Exception e) {
            throw HttpError.badRequest("the body is not valid JSON");
        }
        if (n == null || !n.isObject()) throw HttpError.badRequest("the body must be a JSON object");
        return (ObjectNode) n;
    }
}
