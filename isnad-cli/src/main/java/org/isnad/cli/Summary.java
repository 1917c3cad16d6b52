package org.isnad.cli;

import org.isnad.cli.kb.KbLinks;
import org.isnad.core.model.Argument;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Relation;
import org.isnad.kb.Link;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The readable summary of an extraction: entities with their Latin names, then facts. */
final class Summary {
    private Summary() {}

    static void print(Extraction x, PrintStream out) {
        print(x, Map.of(), out);
    }

    /** With each entity's links to a sanctions list under it. */
    static void print(Extraction x, Map<String, List<Link>> links, PrintStream out) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : x.entities()) byId.put(e.id(), e);
        out.println("== " + x.document().id() + (x.document().title() != null ? " — " + x.document().title() : ""));
        out.printf("   %d entities, %d relations, %d events%n", x.entities().size(), x.relations().size(), x.events().size());
        out.println("-- entities");
        for (Entity e : x.entities()) {
            out.printf("  %-4s %-12s %s%s%s%s%n", e.id(), e.type() + (e.kind() != null ? "/" + e.kind() : ""), e.name(),
                    e.latin() != null ? "  (" + e.latin() + ")" : "",
                    e.aliases().isEmpty() ? "" : "  aka " + String.join(" | ", e.aliases()),
                    "  ×" + e.mentions().size());
            for (Link l : links.getOrDefault(e.id(), List.of())) out.println("       " + KbLinks.line(l));
        }
        if (!x.relations().isEmpty()) out.println("-- relations");
        for (Relation r : x.relations()) {
            out.printf("  %s %s %s%s%s%s%n", name(byId, r.subject()), r.type(), name(byId, r.object()),
                    r.role() != null ? "  [" + r.role() + "]" : "",
                    r.time().isEmpty() ? "" : "  " + (r.time().from() != null ? "from " + r.time().from() + " " : "") + (r.time().until() != null ? "until " + r.time().until() : ""),
                    r.source() != null ? "  — according to " + name(byId, r.source()) : "");
        }
        if (!x.events().isEmpty()) out.println("-- events");
        for (Event e : x.events()) {
            StringBuilder args = new StringBuilder();
            for (Argument a : e.arguments()) args.append(' ').append(a.role()).append('=').append(name(byId, a.entity()));
            out.printf("  %s%s%s%s%n", e.type(), args,
                    e.time() != null ? "  @" + (e.time().value() != null ? e.time().value() : "?") + " «" + e.time().text() + "»" : "",
                    e.source() != null ? "  — according to " + name(byId, e.source()) : "");
        }
        out.println();
    }

    private static String name(Map<String, Entity> byId, String id) {
        Entity e = byId.get(id);
        if (e == null) return id;
        return e.latin() != null ? e.name() + " (" + e.latin() + ")" : e.name();
    }
}
