package org.isnad.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.core.json.ExtractionJson;
import org.isnad.core.model.Extraction;
import org.isnad.kb.KbException;
import org.isnad.kb.Link;
import org.isnad.kb.Linker;
import org.isnad.kb.SanctionsList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links for {@code isnad extract}: when a knowledge base exists (the default ./isnad-kb, or the
 * directory given), each extraction's people and groups are linked to the imported list. Without
 * one it does nothing.
 */
public final class KbLinks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Linker linker;

    private KbLinks(Linker linker) { this.linker = linker; }

    /**
     * The links of the knowledge base in {@code dir}; {@code dir} null: the default directory when it
     * holds a list, else none. A directory given without a list is an error.
     */
    public static KbLinks open(Path dir) {
        if (dir == null) {
            if (!SanctionsList.exists(SanctionsList.DEFAULT_DIR)) return new KbLinks(null);
            dir = SanctionsList.DEFAULT_DIR;
        } else if (!SanctionsList.exists(dir)) {
            throw new KbException("--kb " + dir + ": no imported list there (import one with: isnad kb import un-sanctions FILE.xml --kb " + dir + ")");
        }
        return new KbLinks(new Linker(SanctionsList.load(dir)));
    }

    public boolean active() { return linker != null; }

    /** Links by entity id (empty without a knowledge base). */
    public Map<String, List<Link>> links(Extraction x) {
        return linker == null ? Map.of() : linker.link(x);
    }

    /** The extraction JSON line, each linked entity with a "links" array. */
    public String json(Extraction x) {
        String line = ExtractionJson.toJsonLine(x);
        Map<String, List<Link>> links = links(x);
        if (links.isEmpty()) return line;
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(line);
            for (JsonNode entity : root.path("entities")) {
                List<Link> ls = links.get(entity.path("id").asText());
                if (ls == null) continue;
                ArrayNode arr = ((ObjectNode) entity).putArray("links");
                for (Link l : ls) {
                    ObjectNode o = arr.addObject();
                    o.put("list", l.list());
                    o.put("ref", l.ref());
                    o.put("name", l.name());
                    o.put("score", l.score());
                    ArrayNode matched = o.putArray("matched");
                    for (String m : l.matched()) matched.add(m);
                }
            }
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One readable line: "UN list QDi.299 — IBRAHIM AWWAD …, score 0.81 (matched: أبو بكر البغدادي ~ Abu Bakr al-Baghdadi)". */
    public static String line(Link l) {
        String list = l.list().startsWith("UN ") ? "UN list" : l.list();
        return String.format(Locale.ROOT, "%s %s — %s, score %.2f (matched: %s)", list, l.ref(), l.name(), l.score(),
                String.join("; ", l.matched()));
    }
}
