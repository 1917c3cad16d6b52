package org.isnad.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The query parameters of a request, read with bounds: a bad value is a 400 with a message. */
public final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) { this.values = values; }

    public static Params parse(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return new Params(out);
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("the query string is not well encoded");
            }
        }
        return new Params(out);
    }

    public String string(String name, String fallback, int maxLength) {
        String v = values.get(name);
        if (v == null) return fallback;
        if (v.length() > maxLength) throw HttpError.badRequest(name + " is longer than " + maxLength + " characters");
        return v;
    }

    public String required(String name, int maxLength) {
        String v = string(name, null, maxLength);
        if (v == null || v.isBlank()) throw HttpError.badRequest("parameter " + name + " is required");
        return v;
    }

    public int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw HttpError.badRequest(name + " must be from " + min + " to " + max);
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be an integer from " + min + " to " + max);
        }
    }

    /** A path segment that must be an id (a positive integer), else a 404: no such thing. */
    public static long id(String segment, String what) {
        if (segment == null || !segment.matches("\\d{1,15}")) throw HttpError.notFound("no " + what + " " + segment);
        return Long.parseLong(segment);
    }
}
