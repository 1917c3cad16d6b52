package org.isnad.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.isnad.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The analyst workbench's HTTP server (the JDK's HttpServer): the pages ({@code /}, {@code /static/…}),
 * the JSON API ({@code /api/…}) and the login URL ({@code /login?token=…}). Every answer carries a
 * Content-Security-Policy that forbids inline scripts and any other origin; request lines and bodies
 * are bounded; errors are JSON messages, never stack traces.
 */
public final class WebServer implements AutoCloseable {
    /**
     * @param store   the store's folder
     * @param host    the address to bind (127.0.0.1 by default)
     * @param port    the port (0: any free one)
     * @param token   the access token, or null: required (and generated when null) unless the host is a loopback address
     * @param demo    whether the store is the demo store (shown in the pages)
     * @param threads request threads
     */
    public record Config(java.nio.file.Path store, String host, int port, String token, boolean demo, int threads) {
        public Config {
            if (host == null || host.isBlank()) host = "127.0.0.1";
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535");
            if (token != null && !TOKEN.matcher(token).matches())
                throw new IllegalArgumentException("--token must be 16 to 200 characters of A-Z a-z 0-9 . _ ~ -");
            if (threads < 1) threads = 1;
        }

        public static Config of(java.nio.file.Path store) { return new Config(store, "127.0.0.1", 0, null, false, 4); }
    }

    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,200}");
    static final int MAX_BODY = 64 * 1024, MAX_URI = 4096;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService pool;
    private final StoreAccess store;
    private final Api api;
    private final StaticFiles files = new StaticFiles();
    private final Access access;
    private final String token;

    private WebServer(Config cfg) throws Exception {
        InetAddress address = InetAddress.getByName(cfg.host());
        boolean loopback = address.isLoopbackAddress();
        this.token = cfg.token() != null ? cfg.token() : loopback ? null : Access.newToken();
        this.store = new StoreAccess(GraphStore.open(cfg.store(), false), cfg.threads());
        this.store.syncIndex();
        this.api = new Api(store, new WebJson(), cfg.demo());
        this.server = HttpServer.create(new InetSocketAddress(address, cfg.port()), 64);
        this.access = new Access(token, loopback, server.getAddress().getPort());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(cfg.threads(), r -> {
            Thread t = new Thread(r, "isnad-web-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Opens the store and starts serving it. */
    public static WebServer start(Config cfg) throws Exception {
        WebServer s = new WebServer(cfg);
        s.server.start();
        return s;
    }

    public int port() { return server.getAddress().getPort(); }

    /** The token requests must carry, or null when none is needed. */
    public String token() { return token; }

    /** The address to open in a browser (the login URL when a token is required). */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + a.getPort() + (token == null ? "/" : "/login?token=" + token));
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            reply = route(ex);
        } catch (HttpError e) {
            reply = error(e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // the store's own checks (two types merged, an alias the entity lacks…) speak to the user
            reply = error(400, e.getMessage() == null ? "bad request" : e.getMessage());
        } catch (Exception | StackOverflowError e) {
            System.err.println("isnad serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + ": " + e);
            reply = error(500, "internal error (see the server's log)");
        }
        send(ex, reply);
    }

    private Reply route(HttpExchange ex) throws Exception {
        String method = ex.getRequestMethod();
        String raw = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        if (raw.length() + (rawQuery == null ? 0 : rawQuery.length()) > MAX_URI) throw new HttpError(414, "the address is too long");
        access.checkHost(ex.getRequestHeaders());
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST"))
            throw new HttpError(405, "method " + method + " is not allowed");
        List<String> path = segments(raw);
        Params params = Params.parse(rawQuery);

        if (path.size() == 1 && path.get(0).equals("login")) return login(params);
        // with a token, every other request carries it (the login page is self-contained)
        if (!access.authorized(ex.getRequestHeaders())) {
            if (!path.isEmpty() && path.get(0).equals("api")) throw new HttpError(401, "this server needs its access token (open the login URL it printed)");
            return files.file("login.html").withStatus(401);
        }
        if (!path.isEmpty() && (path.get(0).equals("static") || path.get(0).equals("vendor"))) {
            if (method.equals("POST")) throw new HttpError(405, "method POST is not allowed here");
            String rest = String.join("/", path.subList(1, path.size()));
            return path.get(0).equals("static") ? files.file(rest) : files.vendor(rest);
        }
        if (path.isEmpty()) {
            if (method.equals("POST")) throw new HttpError(405, "method POST is not allowed here");
            return files.index();
        }
        if (path.get(0).equals("api")) {
            byte[] body = new byte[0];
            if (method.equals("POST")) {
                access.checkAction(ex.getRequestHeaders());
                body = readBody(ex);
            }
            return api.handle(method, path.subList(1, path.size()), params, body);
        }
        throw HttpError.notFound("no such page");
    }

    private Reply login(Params params) throws IOException {
        String given = params.string("token", null, 256);
        if (given == null) return files.file("login.html");
        if (!access.tokenRequired()) return Reply.redirect("/", Map.of());
        if (!access.matches(given)) return files.file("login.html").withStatus(401);
        return Reply.redirect("/", Map.of("Set-Cookie", access.cookie(given)));
    }

    /** The path's segments, percent-decoded; an empty segment, a dot segment or a control character is a 404. */
    static List<String> segments(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null || raw.equals("/") || raw.isEmpty()) return out;
        String p = raw.startsWith("/") ? raw.substring(1) : raw;
        if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        for (String s : p.split("/", -1)) {
            String d;
            try {
                d = java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw HttpError.notFound("no such path");
            }
            if (d.isEmpty() || d.equals(".") || d.equals("..") || d.contains("/") || d.chars().anyMatch(c -> c < 0x20))
                throw HttpError.notFound("no such path");
            out.add(d);
        }
        return out;
    }

    private static byte[] readBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("bad Content-Length");
            }
            if (declared > MAX_BODY) throw new HttpError(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) throw new HttpError(413, "the body is larger than " + MAX_BODY + " bytes");
            return body;
        }
    }

    private final WebJson errors = new WebJson();

    private Reply error(int status, String message) {
        var o = errors.object();
        o.put("error", message);
        o.put("status", status);
        return new Reply(status, Reply.JSON, errors.bytes(o), Map.of());
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        drain(ex);
        try (ex) {
            var h = ex.getResponseHeaders();
            h.set("Content-Type", r.contentType());
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cross-Origin-Opener-Policy", "same-origin");
            h.set("Cross-Origin-Resource-Policy", "same-origin");
            h.set("Cache-Control", "no-store");
            r.headers().forEach(h::set);
            boolean head = ex.getRequestMethod().equals("HEAD");
            boolean empty = r.body().length == 0 || head || r.status() == 204 || r.status() == 304;
            ex.sendResponseHeaders(r.status(), empty ? -1 : r.body().length);
            if (!empty) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
    }

    /**
     * Reads what is left of a refused request's body (up to 1 MiB), so the client reads the answer
     * instead of a reset connection; a larger body is cut off.
     */
    private static void drain(HttpExchange ex) {
        try {
            InputStream in = ex.getRequestBody();
            byte[] buf = new byte[8192];
            long left = 1 << 20;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) left -= n;
        } catch (IOException e) {
            // nothing more to read
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
            store.close();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
