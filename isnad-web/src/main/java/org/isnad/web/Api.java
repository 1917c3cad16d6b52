package org.isnad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.store.query.GraphQueries;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.web.WebViews.ActionResult;
import org.isnad.web.WebViews.Stats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON API under {@code /api/} (documented in {@code openapi.json}, served at
 * {@code /api/openapi.json}). Every parameter is bounded; unknown ids are 404s, bad parameters 400s.
 */
public final class Api {
    static final int MAX_QUERY = 300, MAX_NAME = 200, MAX_REASON = 500;
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private final StoreAccess store;
    private final WebJson json;
    private final boolean demo;
    private final byte[] openApi;

    public Api(StoreAccess store, WebJson json, boolean demo) {
        this.store = store;
        this.json = json;
        this.demo = demo;
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the jar");
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param path the segments after {@code /api/} */
    public Reply handle(String method, List<String> path, Params p, byte[] body) throws Exception {
        if (path.isEmpty()) throw HttpError.notFound("no such API path");
        boolean get = method.equals("GET") || method.equals("HEAD");
        String head = path.get(0);
        int n = path.size();
        if (get && n == 1) {
            switch (head) {
                case "openapi.json": return Reply.json(openApi);
                case "stats": return ok(stats());
                case "search": {
                    String q = p.required("q", MAX_QUERY);
                    int limit = p.integer("limit", 20, 1, 100);
                    return ok(store.search(q, limit));
                }
                case "suggest": {
                    String q = p.required("q", MAX_QUERY);
                    int limit = p.integer("limit", 10, 1, 50);
                    return ok(store.read(g -> Map.of("query", q, "entities", g.find(q, limit))));
                }
                case "entities": {
                    String type = p.string("type", null, 20);
                    if (type != null && !TYPES.contains(type)) throw HttpError.badRequest("type must be PERSON, ORGANIZATION or LOCATION");
                    int limit = p.integer("limit", 30, 1, 200);
                    return ok(store.read(g -> new WebQueries(g).topEntities(type, limit)));
                }
                case "documents": {
                    int limit = p.integer("limit", 30, 1, 200);
                    int offset = p.integer("offset", 0, 0, 10_000_000);
                    return ok(store.read(g -> new WebQueries(g).documents(limit, offset)));
                }
                case "graph": {
                    int limit = p.integer("limit", 150, 1, 500);
                    return ok(store.read(g -> new WebQueries(g).wholeGraph(limit)));
                }
                default: throw HttpError.notFound("no such API path: /api/" + head);
            }
        }
        if (head.equals("entities") && n >= 2) return entity(method, get, path, p, body);
        if (get && head.equals("documents") && n == 2) {
            long doc = Params.id(path.get(1), "document");
            return ok(store.read(g -> new WebQueries(g).document(doc)));
        }
        if (get && head.equals("facts") && n == 2) {
            long fact = Params.id(path.get(1), "fact");
            int limit = p.integer("limit", 100, 1, 500);
            return ok(store.read(g -> new WebQueries(g).fact(fact, limit)));
        }
        if (!get && knownPath(head, n)) throw new HttpError(405, "method " + method + " is not allowed here");
        throw HttpError.notFound("no such API path");
    }

    private static boolean knownPath(String head, int n) {
        return (n == 1 && Set.of("openapi.json", "stats", "search", "suggest", "entities", "documents", "graph").contains(head))
                || (n == 2 && Set.of("documents", "facts").contains(head));
    }

    private Reply entity(String method, boolean get, List<String> path, Params p, byte[] body) throws Exception {
        long requested = Params.id(path.get(1), "entity");
        String what = path.size() == 2 ? "" : path.size() == 3 ? path.get(2) : null;
        if (what == null) throw HttpError.notFound("no such API path");
        if (get) {
            switch (what) {
                case "": {
                    int limit = p.integer("limit", 50, 1, 500);
                    int evidence = p.integer("evidence", 3, 0, 20);
                    return ok(store.read(g -> {
                        long id = new WebQueries(g).liveEntity(requested);
                        ObjectNode profile = json.tree(g.profile(id, limit, evidence, null));
                        profile.put("requested_id", requested);
                        return profile;
                    }));
                }
                case "neighbors": {
                    int depth = p.integer("depth", 1, 1, 3);
                    int fanout = p.integer("fanout", 25, 1, 100);
                    return ok(store.read(g -> {
                        WebQueries w = new WebQueries(g);
                        return w.neighbors(w.liveEntity(requested), depth, fanout);
                    }));
                }
                case "timeline": {
                    int limit = p.integer("limit", 300, 1, 2000);
                    return ok(store.read(g -> g.timeline(new WebQueries(g).liveEntity(requested), limit)));
                }
                case "asof": {
                    String date = p.required("date", 10);
                    if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw HttpError.badRequest("date must be an ISO date such as 2019, 2019-06 or 2019-06-14");
                    return ok(store.read(g -> g.asOf(new WebQueries(g).liveEntity(requested), date)));
                }
                default: throw HttpError.notFound("no such API path");
            }
        }
        if (!method.equals("POST")) throw new HttpError(405, "method " + method + " is not allowed here");
        ObjectNode in = json.readObject(body);
        String reason = optional(in, "reason", MAX_REASON);
        long id = store.read(g -> new WebQueries(g).liveEntity(requested));
        switch (what) {
            case "merge": {
                long other = otherEntity(in);
                if (other == id) throw HttpError.badRequest("an entity cannot be merged with itself");
                long kept = store.write(w -> w.merge(id, other, reason == null ? "analyst (web)" : reason));
                return ok(new ActionResult("merge", kept, other, "merged #" + other + " into #" + kept));
            }
            case "split": {
                String alias = required(in, "alias", MAX_NAME);
                long created = store.write(w -> w.split(id, alias, reason == null ? "analyst (web)" : reason));
                return ok(new ActionResult("split", id, created, "split off into #" + created));
            }
            case "rename": {
                String name = required(in, "name", MAX_NAME);
                store.write(w -> { w.rename(id, name, reason == null ? "analyst (web)" : reason); return null; });
                return ok(new ActionResult("rename", id, null, "renamed #" + id));
            }
            default: throw HttpError.notFound("no such action: " + what);
        }
    }

    /** The entity to merge in: {@code other} as an id, or a name the store resolves to exactly one most documented entity. */
    private long otherEntity(ObjectNode in) throws Exception {
        JsonNode o = in.get("other");
        if (o == null || o.isNull()) throw HttpError.badRequest("other (the entity to merge in: an id or a name) is required");
        if (o.canConvertToLong() && o.isIntegralNumber()) {
            long other = o.asLong();
            return store.read(g -> new WebQueries(g).liveEntity(other));
        }
        if (!o.isTextual()) throw HttpError.badRequest("other must be an entity id or a name");
        String words = o.asText();
        if (words.isBlank() || words.length() > MAX_NAME) throw HttpError.badRequest("other must be an entity id or a name of at most " + MAX_NAME + " characters");
        List<EntityRef> found = store.read(g -> g.find(words, 2));
        if (found.isEmpty()) throw HttpError.notFound("no entity named «" + words + "»");
        return found.get(0).id();
    }

    private static String required(ObjectNode in, String field, int max) {
        String v = optional(in, field, max);
        if (v == null || v.isBlank()) throw HttpError.badRequest(field + " is required");
        return v.strip();
    }

    private static String optional(ObjectNode in, String field, int max) {
        JsonNode v = in.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw HttpError.badRequest(field + " must be a string");
        if (v.asText().length() > max) throw HttpError.badRequest(field + " is longer than " + max + " characters");
        return v.asText();
    }

    private Stats stats() throws Exception {
        return store.read(g -> {
            Map<String, Long> s = g.stats();
            return new Stats("isnad.web.stats/1", store.store().dir().getFileName() == null ? store.store().dir().toString()
                    : store.store().dir().getFileName().toString(), demo, s.get("documents"), s.get("entities"), s.get("facts"),
                    s.get("evidence"), s.get("mentions"));
        });
    }

    private Reply ok(Object value) { return Reply.json(json.bytes(value)); }
}
