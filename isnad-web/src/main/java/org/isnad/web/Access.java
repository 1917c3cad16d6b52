package org.isnad.web;

import com.sun.net.httpserver.Headers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the server. Bound to the loopback address without a token, only pages of this
 * origin may (the Host header must name the loopback address: no DNS rebinding). With a token,
 * every request must carry it: header {@code Authorization: Bearer T} or {@code X-Isnad-Token: T},
 * or the cookie the login URL sets. Actions (POST) must be JSON from this origin, so a foreign page
 * cannot send them.
 */
public final class Access {
    public static final String COOKIE = "isnad_token";

    private final String token;
    private final Set<String> loopbackHosts;

    /**
     * @param token the access token, or null when none is required (loopback only)
     * @param port  the port the server listens on, for the Host check
     */
    public Access(String token, boolean loopback, int port) {
        this.token = token;
        this.loopbackHosts = loopback && token == null
                ? Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port) : null;
    }

    public boolean tokenRequired() { return token != null; }

    /** A new random token (32 bytes, URL-safe Base64). */
    public static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public boolean matches(String candidate) {
        if (token == null) return true;
        if (candidate == null) return false;
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses a request for a host name that is not ours while serving the loopback address without a token. */
    public void checkHost(Headers h) {
        if (loopbackHosts == null) return;
        String host = h.getFirst("Host");
        if (host == null || !loopbackHosts.contains(host.toLowerCase(Locale.ROOT)))
            throw new HttpError(421, "this server answers only to 127.0.0.1 and localhost");
    }

    /** Whether the request carries the token (header or cookie); always true without a token. */
    public boolean authorized(Headers h) {
        if (token == null) return true;
        String auth = h.getFirst("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && matches(auth.substring(7).strip())) return true;
        if (matches(h.getFirst("X-Isnad-Token"))) return true;
        List<String> cookies = h.get("Cookie");
        if (cookies != null) {
            for (String line : cookies) {
                for (String part : line.split(";")) {
                    String c = part.strip();
                    if (c.startsWith(COOKIE + "=") && matches(c.substring(COOKIE.length() + 1))) return true;
                }
            }
        }
        return false;
    }

    /** An action must be JSON and, when the browser says where it comes from, come from this server's own origin. */
    public void checkAction(Headers h) {
        String type = h.getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))
            throw new HttpError(415, "actions take a JSON body (Content-Type: application/json)");
        String origin = h.getFirst("Origin");
        String host = h.getFirst("Host");
        if (origin != null && !origin.equals("null") && host != null && !origin.equalsIgnoreCase("http://" + host))
            throw new HttpError(403, "actions are accepted only from this server's own pages");
        if ("null".equals(origin)) throw new HttpError(403, "actions are accepted only from this server's own pages");
        String site = h.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none"))
            throw new HttpError(403, "actions are accepted only from this server's own pages");
    }

    public String cookie(String value) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
    }
}
