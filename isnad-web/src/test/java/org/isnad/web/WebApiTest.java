package org.isnad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API over real HTTP on an ephemeral port, against a store built from a few texts. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebApiTest {
    @TempDir static Path dir;
    static GraphStore store;
    static WebServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = TestStores.build(dir.resolve("store"), 6);
        server = WebServer.start(WebServer.Config.of(dir.resolve("store")));
    }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    static String base() { return "http://127.0.0.1:" + server.port(); }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return json.readTree(r.body());
    }

    static void error(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode n = json.readTree(r.body());
        assertFalse(n.path("error").asText().isBlank(), "an error says what is wrong");
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The id of the live entity carrying a name (from the store, not the API). */
    static long entityNamed(String name) throws Exception {
        try (var c = store.connect(); PreparedStatement p = c.prepareStatement("SELECT entity FROM entities WHERE name = ? AND merged_into IS NULL")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next(), "entity " + name);
                return r.getLong(1);
            }
        }
    }

    @Test
    void statsCountTheStore() throws Exception {
        JsonNode s = ok(get("/api/stats"));
        assertEquals(7, s.get("documents").asInt());
        assertTrue(s.get("entities").asInt() > 10);
        assertTrue(s.get("facts").asInt() > 0);
    }

    @Test
    void searchFindsEntitiesAndDocumentsWithHighlights() throws Exception {
        // «داعش» is written «لداعش» in some texts: the Arabic-aware index finds both
        JsonNode r = ok(get("/api/search?q=" + enc("داعش")));
        assertTrue(r.get("entities").size() >= 1, r.toString());
        assertTrue(r.get("documents").size() >= 2, r.toString());
        for (JsonNode hit : r.get("documents")) {
            assertTrue(hit.get("highlights").size() >= 1);
            JsonNode h = hit.get("highlights").get(0);
            String sentence = hit.get("sentence").asText();
            int[] cps = sentence.codePoints().toArray();
            String marked = new String(cps, h.get(0).asInt(), h.get(1).asInt() - h.get(0).asInt());
            assertTrue(marked.contains("داعش"), marked);
        }
        error(get("/api/search"), 400);
        error(get("/api/search?q=" + "x".repeat(301)), 400);
    }

    @Test
    void entityProfileHasNamesFactsAndEvidence() throws Exception {
        long id = entityNamed(TestStores.SCRIPT_NAME);
        JsonNode p = ok(get("/api/entities/" + id));
        assertEquals(TestStores.SCRIPT_NAME, p.at("/entity/name").asText());
        assertEquals("PERSON", p.at("/entity/type").asText());
        JsonNode role = p.get("roles").get(0);
        assertEquals("LEADER_OF", role.get("type").asText());
        assertEquals("2015", role.get("from").asText());
        JsonNode ev = role.get("evidence_sample").get(0);
        assertTrue(ev.get("sentence").asText().contains("يقود"));
        assertEquals("hostile", ev.get("document_id").asText());
        assertEquals(1, p.get("events").size());
        assertEquals("2019-06-14", p.at("/events/0/time").asText());
    }

    @Test
    void unknownIdsAre404sAndBadParameters400s() throws Exception {
        error(get("/api/entities/987654"), 404);
        error(get("/api/entities/abc"), 404);
        error(get("/api/documents/987654"), 404);
        error(get("/api/facts/987654"), 404);
        error(get("/api/nothing"), 404);
        error(get("/nothing"), 404);
        long id = entityNamed(TestStores.SCRIPT_NAME);
        error(get("/api/entities/" + id + "?limit=abc"), 400);
        error(get("/api/entities/" + id + "?limit=100000"), 400);
        error(get("/api/entities/" + id + "/neighbors?depth=4"), 400);
        error(get("/api/entities/" + id + "/asof?date=yesterday"), 400);
        error(get("/api/entities?type=ALIEN"), 400);
        int unclosed = get("/api/search?q=" + enc("\"unclosed")).statusCode();
        assertTrue(unclosed == 200 || unclosed == 400, "a malformed query is read as words or refused, never a 500");
    }

    @Test
    void neighborsAndWholeGraphCarryEdgeDates() throws Exception {
        long id = entityNamed(TestStores.SCRIPT_NAME);
        JsonNode n = ok(get("/api/entities/" + id + "/neighbors?depth=2"));
        assertEquals(id, n.at("/center/id").asLong());
        Set<Long> nodes = new HashSet<>();
        for (JsonNode node : n.get("nodes")) nodes.add(node.at("/entity/id").asLong());
        assertTrue(nodes.size() >= 3, n.toString());
        boolean dated = false;
        for (JsonNode e : n.get("edges")) {
            assertTrue(nodes.contains(e.get("from").asLong()) && nodes.contains(e.get("to").asLong()));
            if (e.get("type").asText().equals("LEADER_OF")) {
                assertEquals("2015", e.get("since").asText());
                dated = true;
            }
        }
        assertTrue(dated);
        JsonNode g = ok(get("/api/graph?limit=50"));
        assertTrue(g.get("nodes").size() > 2 && g.get("edges").size() > 0);
        error(get("/api/graph?limit=5000"), 400);
    }

    @Test
    void timelineAndAsOf() throws Exception {
        long id = entityNamed(TestStores.SCRIPT_NAME);
        JsonNode t = ok(get("/api/entities/" + id + "/timeline"));
        Set<String> dates = new HashSet<>();
        for (JsonNode e : t.get("entries")) dates.add(e.get("date").asText());
        assertTrue(dates.contains("2015") && dates.contains("2019-06-14"), dates.toString());
        JsonNode a = ok(get("/api/entities/" + id + "/asof?date=2018"));
        assertEquals("LEADER_OF", a.at("/holds/0/type").asText());
    }

    @Test
    void documentMentionsPointIntoTheText() throws Exception {
        long doc;
        try (var c = store.connect(); PreparedStatement p = c.prepareStatement("SELECT doc FROM documents WHERE id = 'hostile'"); ResultSet r = p.executeQuery()) {
            r.next();
            doc = r.getLong(1);
        }
        JsonNode d = ok(get("/api/documents/" + doc));
        int[] cps = d.get("text").asText().codePoints().toArray();
        assertEquals(cps.length, d.get("length").asInt());
        assertTrue(d.get("mentions").size() >= 3);
        for (JsonNode m : d.get("mentions")) {
            String slice = new String(cps, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt());
            assertEquals(m.get("text").asText(), slice);
        }
        assertTrue(d.get("statements").size() >= 2);
        long fact = d.at("/statements/0/fact").asLong();
        JsonNode f = ok(get("/api/facts/" + fact));
        assertEquals(fact, f.get("fact").asLong());
        assertTrue(f.get("statements").size() >= 1);
        assertEquals(doc, f.at("/statements/0/doc").asLong());
        JsonNode list = ok(get("/api/documents?limit=3"));
        assertEquals(7, list.get("total").asInt());
        assertEquals(3, list.get("documents").size());
    }

    @Test
    @Order(100) // changes the store: last
    void renameMergeAndSplitPersist() throws Exception {
        long bidi = entityNamed(TestStores.BIDI_NAME);
        JsonNode r = ok(post("/api/entities/" + bidi + "/rename", "{\"name\":\"أبو علي\",\"reason\":\"test\"}"));
        assertEquals("rename", r.get("action").asText());
        assertEquals("أبو علي", ok(get("/api/entities/" + bidi)).at("/entity/name").asText());

        // a person merged into another person: the old id answers with the kept entity
        long keep = entityNamed(TestStores.SCRIPT_NAME);
        JsonNode m = ok(post("/api/entities/" + keep + "/merge", "{\"other\":" + bidi + "}"));
        assertEquals(keep, m.get("entity").asLong());
        JsonNode merged = ok(get("/api/entities/" + bidi));
        assertEquals(keep, merged.at("/entity/id").asLong());
        assertEquals(bidi, merged.get("requested_id").asLong());
        boolean logged = false;
        for (JsonNode d : merged.get("decisions")) logged |= d.get("action").asText().equals("merge") && d.get("other").asLong() == bidi;
        assertTrue(logged);
        // the search index learnt it: the merged name finds the kept entity
        JsonNode s = ok(get("/api/search?q=" + enc("أبو علي")));
        boolean found = false;
        for (JsonNode hit : s.get("entities")) found |= hit.at("/entity/id").asLong() == keep;
        assertTrue(found, s.toString());

        // and split it off again by the alias
        JsonNode sp = ok(post("/api/entities/" + keep + "/split", json.writeValueAsString(java.util.Map.of("alias", TestStores.BIDI_NAME))));
        long created = sp.get("other").asLong();
        assertNotEquals(keep, created);
        assertEquals(created, ok(get("/api/entities/" + created)).at("/entity/id").asLong());

        // the store's own checks come back as 400s with their message
        long org = entityNamed(TestStores.IMG_NAME);
        error(post("/api/entities/" + keep + "/merge", "{\"other\":" + org + "}"), 400);
        error(post("/api/entities/" + keep + "/merge", "{\"other\":" + keep + "}"), 400);
        error(post("/api/entities/" + keep + "/merge", "{\"other\":987654}"), 404);
        error(post("/api/entities/" + keep + "/split", "{\"alias\":\"لا يوجد\"}"), 400);
        error(post("/api/entities/" + keep + "/rename", "{}"), 400);
        error(post("/api/entities/987654/rename", "{\"name\":\"x\"}"), 404);
    }

    @Test
    void actionsMustBeSmallSameOriginJson() throws Exception {
        long id = entityNamed(TestStores.IMG_NAME);
        String path = "/api/entities/" + id + "/rename";
        error(http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString()), 415);
        error(http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString()), 403);
        error(post(path, "not json"), 400);
        error(post(path, "[1,2]"), 400);
        error(post(path, "{\"name\":\"" + "x".repeat(70_000) + "\"}"), 413);
        error(post(path, "{\"name\":" + "[".repeat(50) + "]".repeat(50) + "}"), 400);
        error(post(path, "{\"name\":\"" + "x".repeat(201) + "\"}"), 400);
        error(http.send(HttpRequest.newBuilder(URI.create(base() + path)).method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()), 405);
        error(get(path), 404);
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/api/stats", "/static/js/app.js", "/api/nothing"}) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        HttpResponse<String> page = get("/");
        assertTrue(page.body().contains("<script type=\"module\" src=\"/static/js/app.js\">"));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script in the page shell");
    }

    @Test
    void staticFilesAreServedFromTheJarOnly() throws Exception {
        assertEquals(200, get("/static/app.css").statusCode());
        assertEquals(200, get("/vendor/cytoscape.mjs").statusCode());
        assertTrue(get("/vendor/cytoscape.mjs").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String bad : new String[] {"/static/../openapi.json", "/static/%2e%2e/openapi.json", "/static/js/..%2f..%2fopenapi.json",
                "/static/nothing.js", "/vendor/other.js", "/static/.hidden"})
            assertEquals(404, get(bad).statusCode(), bad);
    }

    @Test
    void theArabicFontIsShippedWithItsLicence() throws Exception {
        HttpResponse<String> font = get("/static/fonts/files/noto-naskh-arabic-arabic-400-normal.woff2");
        if (font.statusCode() == 404) {
            String message = "the font was not installed at build time (npm missing?): isnad-web/frontend/fetch-assets.sh";
            if ("true".equals(System.getenv("CI"))) org.junit.jupiter.api.Assertions.fail(message);
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        assertEquals(200, font.statusCode());
        assertEquals("font/woff2", font.headers().firstValue("Content-Type").orElse(""));
        assertTrue(get("/static/fonts/LICENSE").body().contains("SIL Open Font License"));
        assertTrue(get("/static/app.css").body().contains("fonts/files/noto-naskh-arabic-arabic-400-normal.woff2"));
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        JsonNode o = ok(get("/api/openapi.json"));
        assertTrue(o.get("openapi").asText().startsWith("3."));
        Set<String> paths = new HashSet<>();
        for (Iterator<String> it = o.get("paths").fieldNames(); it.hasNext(); ) paths.add(it.next());
        for (String p : new String[] {"/api/stats", "/api/search", "/api/suggest", "/api/entities", "/api/entities/{id}",
                "/api/entities/{id}/neighbors", "/api/entities/{id}/timeline", "/api/entities/{id}/asof", "/api/entities/{id}/merge",
                "/api/entities/{id}/split", "/api/entities/{id}/rename", "/api/graph", "/api/documents", "/api/documents/{doc}",
                "/api/facts/{fact}", "/api/openapi.json"})
            assertTrue(paths.contains(p), "openapi.json lacks " + p);
    }

    @Test
    void aForeignHostNameIsRefused() throws Exception {
        // DNS rebinding: a page of another site whose name points at 127.0.0.1 sends its own Host
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/stats HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 421", status);
        }
        assertEquals(200, get("/api/stats").statusCode());
    }

    @Test
    void aTokenGuardsEveryRequest() throws Exception {
        String token = "test-token-0123456789";
        try (WebServer guarded = WebServer.start(new WebServer.Config(dir.resolve("store"), "127.0.0.1", 0, token, false, 2))) {
            String b = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(b + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString());
            error(none, 401);
            for (String page : new String[] {"/", "/static/js/app.js", "/vendor/cytoscape.mjs"})
                assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(b + page)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(b + "/login")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(b + "/api/stats")).header("Authorization", "Bearer wrong-token-0123456789")
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(b + "/api/stats")).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(b + "/api/stats")).header("X-Isnad-Token", token)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            // the login URL sets an HttpOnly, SameSite=Strict cookie that opens the pages
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(b + "/login?token=" + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, login.statusCode());
            String cookie = login.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(b + "/api/stats")).header("Cookie", cookie.split(";")[0]).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(b + "/login?token=wrong-token-0123456789")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void anotherHostNeedsAToken() throws Exception {
        // bound to every address: a token is generated when none is given
        try (WebServer open = WebServer.start(new WebServer.Config(dir.resolve("store"), "0.0.0.0", 0, null, false, 1))) {
            assertTrue(open.token() != null && open.token().length() >= 32);
            assertTrue(open.uri().toString().contains("/login?token="));
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
