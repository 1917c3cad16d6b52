package org.isnad.cli.store;

import org.isnad.store.query.Views;
import org.isnad.store.query.Views.AsOf;
import org.isnad.store.query.Views.AsOfEntry;
import org.isnad.store.query.Views.EntityProfile;
import org.isnad.store.query.Views.EntityRef;
import org.isnad.store.query.Views.EventInfo;
import org.isnad.store.query.Views.EvidenceInfo;
import org.isnad.store.query.Views.Neighbors;
import org.isnad.store.query.Views.RelationInfo;
import org.isnad.store.query.Views.SearchHit;
import org.isnad.store.query.Views.SearchResult;
import org.isnad.store.query.Views.Timeline;
import org.isnad.store.query.Views.TimelineEntry;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readable text of query answers (the JSON is the stable form; this one is for eyes). */
final class Render {
    private Render() {}

    static String ref(EntityRef e) {
        if (e == null) return "?";
        return "#" + e.id() + " " + e.name() + (e.latin() != null ? " (" + e.latin() + ")" : "");
    }

    private static String span(String from, String until) {
        if (from == null && until == null) return "";
        return (from != null ? from : "?") + " … " + (until != null ? until : "");
    }

    static void profile(EntityProfile p, PrintStream out) {
        EntityRef e = p.entity();
        out.printf("%s  %s%s%n", ref(e), e.type(), e.kind() != null ? "/" + e.kind() : "");
        out.printf("  %d documents, %d mentions, seen %s … %s%n", p.documents(), p.mentions(), p.firstSeen(), p.lastSeen());
        out.println("-- names");
        for (Views.NameInfo n : p.names()) {
            out.printf("  %s  ×%d  %s%s%s%n", n.name(), n.mentions(), n.kind(), n.latin() != null ? "  " + n.latin() : "",
                    n.reason() != null && !n.reason().startsWith("new") ? "  — joined: " + n.reason() + (n.score() != null ? " = " + n.score() : "") : "");
        }
        if (!p.roles().isEmpty()) {
            out.println("-- roles over time");
            for (RelationInfo r : p.roles()) relation(r, e, out);
        }
        if (!p.relations().isEmpty()) {
            out.println("-- relations");
            for (RelationInfo r : p.relations()) relation(r, e, out);
        }
        if (!p.events().isEmpty()) {
            out.println("-- events");
            for (EventInfo ev : p.events()) {
                StringBuilder args = new StringBuilder();
                for (Views.Argument a : ev.arguments()) {
                    if (a.entity().id() == e.id()) continue;
                    args.append(' ').append(a.role()).append('=').append(a.entity().name());
                }
                StringBuilder dates = new StringBuilder();
                for (Views.DateClaim d : ev.dates()) {
                    if (dates.length() > 0) dates.append(" | ");
                    dates.append(d.date()).append(" ×").append(d.evidence());
                    if (!d.claimants().isEmpty()) dates.append(" (").append(String.join(", ", d.claimants())).append(')');
                }
                out.printf("  %s as %s%s%s%s  — %d statement(s) in %d document(s)%n", ev.type(), String.join("/", ev.roles()), args,
                        dates.length() > 0 ? "  @ " + dates : "", ev.conflict() ? "  CONFLICTING DATES" : "", ev.evidence(), ev.documents());
                evidence(ev.evidenceSample(), out);
            }
        }
        if (!p.sources().isEmpty()) {
            out.println("-- sources");
            StringBuilder sb = new StringBuilder("  ");
            for (Views.SourceInfo s : p.sources()) {
                if (sb.length() > 2) sb.append("; ");
                sb.append(s.kind()).append(' ').append(s.name()).append(" ×").append(s.count());
            }
            out.println(sb);
        }
        if (!p.decisions().isEmpty()) {
            out.println("-- merges, splits, renames");
            for (Views.DecisionInfo d : p.decisions()) {
                out.printf("  %s %s by %s: #%s%s%s — %s%n", d.at().substring(0, Math.min(19, d.at().length())), d.action(), d.who(), d.entity(),
                        d.other() != null ? " ← #" + d.other() : "", d.name() != null ? " «" + d.name() + "»" : "", d.reason());
            }
        }
        Views.Totals t = p.totals();
        if (t.relations() > p.roles().size() + p.relations().size() || t.events() > p.events().size())
            out.printf("  (%d relations and %d events in all; --limit shows more)%n", t.relations(), t.events());
        if (p.alsoMatching().size() > 1) {
            out.println("-- also matching");
            for (EntityRef o : p.alsoMatching().subList(1, p.alsoMatching().size())) out.println("  " + ref(o) + "  " + o.type());
        }
    }

    private static void relation(RelationInfo r, EntityRef me, PrintStream out) {
        String other = r.direction().equals("out") ? r.type() + " " + ref(r.object()) : ref(r.subject()) + " " + r.type() + " ◀";
        String until = r.until() != null ? r.until() : r.untilInferred() != null ? r.untilInferred() + " (inferred)" : null;
        out.printf("  %s%s%s  — %d statement(s) in %d document(s), seen %s … %s%n", span(r.from(), until).isEmpty() ? "" : span(r.from(), until) + "  ",
                other, r.roles().isEmpty() ? "" : " [" + String.join(", ", r.roles()) + "]", r.evidence(), r.documents(), r.firstSeen(), r.lastSeen());
        evidence(r.evidenceSample(), out);
    }

    private static void evidence(List<EvidenceInfo> list, PrintStream out) {
        for (EvidenceInfo e : list) {
            String who = e.claimant() != null ? " — according to " + e.claimant().name() : "";
            out.printf("      «%s»  [%s%s]%s%n", shorten(e.sentence(), 220), e.documentId(), e.published() != null ? " " + e.published() : "", who);
        }
    }

    static String shorten(String s, int n) { return s.length() <= n ? s : s.substring(0, n) + "…"; }

    static void neighbors(Neighbors n, PrintStream out) {
        out.printf("%s — neighbours to depth %d: %d entities, %d links%s%n", ref(n.center()), n.depth(), n.nodes().size() - 1, n.edges().size(),
                n.truncated() ? " (hubs cut to --fanout)" : "");
        Map<Long, EntityRef> byId = new HashMap<>();
        for (Views.Node node : n.nodes()) byId.put(node.entity().id(), node.entity());
        for (int d = 1; d <= n.depth(); d++) {
            boolean header = false;
            for (Views.Node node : n.nodes()) {
                if (node.depth() != d) continue;
                if (!header) { out.println("-- depth " + d); header = true; }
                StringBuilder links = new StringBuilder();
                for (Views.Edge e : n.edges()) {
                    if (e.from() != node.entity().id() && e.to() != node.entity().id()) continue;
                    long other = e.from() == node.entity().id() ? e.to() : e.from();
                    EntityRef o = byId.get(other);
                    if (o == null) continue;
                    if (links.length() > 0) links.append(", ");
                    if (e.kind().equals("event")) links.append(e.type()).append(" with ").append(o.name());
                    else links.append(e.from() == node.entity().id() ? e.type() + " → " + o.name() : o.name() + " " + e.type() + " →");
                    links.append(" ×").append(e.evidence());
                    if (links.length() > 300) { links.append(" …"); break; }
                }
                out.printf("  %s  %s  [%s]%n", ref(node.entity()), node.entity().type(), links);
            }
        }
    }

    static void timeline(Timeline t, PrintStream out) {
        out.printf("%s — timeline (%d entries%s)%n", ref(t.entity()), t.entries().size(), t.truncated() ? ", cut to --limit" : "");
        for (TimelineEntry e : t.entries()) {
            out.printf("  %-10s %s%s  ×%d%n", e.date() == null ? "?" : e.date(), e.dated() ? "" : "(reported) ", e.description(), e.evidence());
            if (e.firstEvidence() != null)
                out.printf("      «%s»  [%s]%n", shorten(e.firstEvidence().sentence(), 200), e.firstEvidence().documentId());
        }
    }

    static void asOf(AsOf a, PrintStream out) {
        out.printf("%s — as of %s: %d relation(s) hold%n", ref(a.entity()), a.date(), a.holds().size());
        for (AsOfEntry e : a.holds()) {
            String s = e.direction().equals("in") ? ref(e.subject()) + " " + e.type() : e.type() + " " + ref(e.object());
            out.printf("  %s%s  %s  [%s]  ×%d%n", s, e.roles().isEmpty() ? "" : " [" + String.join(", ", e.roles()) + "]",
                    span(e.from(), e.until()), e.basis(), e.evidence());
            evidence(e.evidenceSample(), out);
        }
    }

    static void search(SearchResult r, PrintStream out) {
        if (!r.entities().isEmpty()) {
            out.println("-- entities");
            for (SearchHit h : r.entities()) out.printf("  %s  %s%n", ref(h.entity()), h.entity().type());
        }
        out.printf("-- documents (%d matching)%n", r.total());
        for (SearchHit h : r.documents()) {
            out.printf("  [%s]%s%s%s%n", h.documentId(), h.published() != null ? " " + h.published() : "", h.source() != null ? " " + h.source() : "",
                    h.title() != null ? "  " + h.title() : "");
            out.println("      " + marked(h.sentence(), h.highlights()));
        }
    }

    /** The sentence with its hits between ⟦ ⟧ (highlights are code point ranges). */
    static String marked(String s, List<int[]> highlights) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        int h = 0;
        for (int i = 0; i <= cps.length; i++) {
            while (h < highlights.size() && highlights.get(h)[1] == i) { sb.append('⟧'); h++; }
            for (int[] x : highlights) if (x[0] == i) sb.append('⟦');
            if (i < cps.length) sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }
}
