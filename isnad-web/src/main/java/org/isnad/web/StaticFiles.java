package org.isnad.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' files, served from the jar: {@code /static/…} from {@code org/isnad/web/static/},
 * {@code /vendor/cytoscape.mjs} from the Cytoscape WebJar. Paths are checked against a strict
 * pattern (no {@code ..}, no encoded tricks); what was read once is kept in memory.
 */
public final class StaticFiles {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final String ROOT = "org/isnad/web/static/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final ClassLoader loader = StaticFiles.class.getClassLoader();
    private final Map<String, Reply> cache = new ConcurrentHashMap<>();
    private final String cytoscape;

    public StaticFiles() {
        this.cytoscape = "META-INF/resources/webjars/cytoscape/" + webjarVersion("cytoscape") + "/dist/cytoscape.esm.min.mjs";
    }

    private String webjarVersion(String name) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            if (in == null) throw new IllegalStateException("the " + name + " WebJar is missing from the class path");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page shell for {@code /}. */
    public Reply index() throws IOException { return file("index.html"); }

    /** A file under {@code /static/}, or a 404. */
    public Reply file(String relative) throws IOException {
        if (!SAFE.matcher(relative).matches() || relative.contains("..")) throw HttpError.notFound("no such file");
        return load(ROOT + relative, relative);
    }

    /** The graph library, or a 404. */
    public Reply vendor(String name) throws IOException {
        if (!name.equals("cytoscape.mjs")) throw HttpError.notFound("no such file");
        return load(cytoscape, "cytoscape.mjs");
    }

    private Reply load(String resource, String name) throws IOException {
        Reply cached = cache.get(resource);
        if (cached != null) return cached;
        byte[] body;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw HttpError.notFound("no such file");
            body = in.readAllBytes();
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (name.endsWith("LICENSE")) type = TYPES.get("txt");
        if (type == null) throw HttpError.notFound("no such file");
        Reply r = new Reply(200, type, body, Map.of("Cache-Control", "no-cache"));
        cache.put(resource, r);
        return r;
    }
}
