package org.isnad.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers: status, content type, body and extra headers. */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";

    public static Reply json(byte[] body) { return new Reply(200, JSON, body, Map.of()); }

    public static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply redirect(String location, Map<String, String> headers) {
        java.util.Map<String, String> h = new java.util.HashMap<>(headers);
        h.put("Location", location);
        return new Reply(303, "text/plain; charset=utf-8", new byte[0], Map.copyOf(h));
    }

    public Reply withStatus(int s) { return new Reply(s, contentType, body, headers); }
}
