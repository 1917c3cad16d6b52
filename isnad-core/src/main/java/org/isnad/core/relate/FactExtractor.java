package org.isnad.core.relate;

import org.isnad.core.identify.DocumentEntities;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.TimeValue;
import org.isnad.core.recognize.Lexicons;
import org.isnad.core.segment.Analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations and events of a document, each with its sentence and claimant. Events also state
 * relations (an appointment to lead, a founder, a merger's members) and bound them in time (a
 * leader's death ends his leadership).
 */
public final class FactExtractor {
    private final SourceAttributor sources;
    private final RelationRules relationRules;
    private final EventRules eventRules = new EventRules();

    private final Lexicons lexicons;

    public FactExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.relationRules = new RelationRules(lexicons);
        this.sources = new SourceAttributor(lexicons);
    }

    public Facts extract(Analysis a, DocumentEntities entities, List<TimeValue> times) {
        MentionIndex idx = new MentionIndex(a, entities);
        SourceAttributor.Claim[] claims = sources.claims(a, idx);
        List<Facts.RelationDraft> relations = new ArrayList<>(relationRules.find(a, idx));
        List<Facts.EventDraft> events = mergeEvents(eventRules.find(a, idx, times, claims));
        events.addAll(statements(a, idx, claims, times));
        foldManagersIntoLaunches(events);
        announcersJoinMergers(events, claims);
        inferPredecessors(events, relations);
        relations.addAll(fromEvents(events));
        bound(relations, events);
        relations.addAll(outletAffiliations(idx, relations, claims));
        relations.addAll(placesInCountries(idx, relations));
        relations = withSources(relations, claims);
        return new Facts(dedupe(relations), events);
    }

    /** A STATEMENT or PUBLICATION for each sentence whose claimant a cue names. */
    private List<Facts.EventDraft> statements(Analysis a, MentionIndex idx, SourceAttributor.Claim[] claims, List<TimeValue> times) {
        List<Facts.EventDraft> out = new ArrayList<>();
        for (int s = 0; s < claims.length; s++) {
            SourceAttributor.Claim c = claims[s];
            if (c == null || c.event().equals("-")) continue;
            Map<String, List<Integer>> args = Facts.EventDraft.newArguments();
            String type = c.event();
            args.put(type.equals("PUBLICATION") ? "publisher" : "speaker", new ArrayList<>(List.of(c.entity())));
            List<Integer> about = new ArrayList<>();
            for (int m : idx.inSentence(s)) {
                int e = idx.entity(m);
                if (e != c.entity() && idx.type(m) != EntityType.LOCATION && !about.contains(e) && about.size() < 3) about.add(e);
            }
            if (!about.isEmpty()) args.put("about", about);
            var tok = a.token(c.cueToken());
            out.add(new Facts.EventDraft(type, args, EventRules.nearestTime(a, a.sentences().get(s), c.cueToken(), times), -1, tok.start(), tok.end(), s, -1, 0.6));
        }
        return out;
    }

    /** Two events of one type that share their key argument are one event told twice. */
    private static List<Facts.EventDraft> mergeEvents(List<Facts.EventDraft> events) {
        List<Facts.EventDraft> out = new ArrayList<>();
        for (Facts.EventDraft e : events) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Facts.EventDraft o = out.get(i);
                if (!o.type().equals(e.type())) continue;
                String key = keyRole(e.type());
                if (!o.role(key).isEmpty() && o.role(key).equals(e.role(key))) { same = i; break; }
                // "هجمات استهدفت القوات": two triggers of one event in a sentence, one telling part of the other
                if (o.sentence() == e.sentence() && (covers(o, e) || covers(e, o))) { same = i; break; }
            }
            if (same < 0) { out.add(e); continue; }
            Facts.EventDraft o = out.get(same);
            Map<String, List<Integer>> args = new LinkedHashMap<>();
            o.arguments().forEach((r, l) -> args.put(r, new ArrayList<>(l)));
            e.arguments().forEach((r, l) -> { List<Integer> t = args.computeIfAbsent(r, x -> new ArrayList<>()); for (int v : l) if (!t.contains(v)) t.add(v); });
            TimeValue time = o.time() != null && o.time().value() != null ? o.time() : e.time() != null ? e.time() : o.time();
            out.set(same, new Facts.EventDraft(o.type(), args, time, o.location() >= 0 ? o.location() : e.location(), o.triggerStart(),
                    o.triggerEnd(), o.sentence(), o.source() >= 0 ? o.source() : e.source(), Math.max(o.confidence(), e.confidence())));
        }
        return out;
    }

    private static boolean covers(Facts.EventDraft big, Facts.EventDraft small) {
        for (var entry : small.arguments().entrySet())
            if (!big.role(entry.getKey()).containsAll(entry.getValue())) return false;
        return true;
    }

    static String keyRole(String type) {
        return switch (type) {
            case "EXPULSION" -> "patient";
            case "DEFECTION" -> "defector";
            case "DEATH" -> "victim";
            case "APPOINTMENT", "ARREST" -> "person";
            case "LAUNCH", "CESSATION" -> "organization";
            case "ATTACK" -> "agent";
            case "MERGER" -> "result";
            case "STATEMENT" -> "speaker";
            case "PUBLICATION" -> "publisher";
            default -> "agent";
        };
    }

    /**
     * "جرى تدشين X وتكليف Y بإدارته": an appointment told right after a launch, naming no
     * organization of its own, names the launched organization's manager.
     */
    private static void foldManagersIntoLaunches(List<Facts.EventDraft> events) {
        for (int i = 0; i < events.size(); i++) {
            Facts.EventDraft ap = events.get(i);
            if (!ap.type().equals("APPOINTMENT") || !ap.role("organization").isEmpty() || ap.role("person").isEmpty()) continue;
            for (int j = 0; j < events.size(); j++) {
                Facts.EventDraft la = events.get(j);
                if (!la.type().equals("LAUNCH") || la.sentence() != ap.sentence() || la.triggerStart() > ap.triggerStart() || la.role("organization").isEmpty()) continue;
                Map<String, List<Integer>> args = new LinkedHashMap<>(la.arguments());
                List<Integer> managers = new ArrayList<>(la.role("manager"));
                for (int p : ap.role("person")) if (!managers.contains(p)) managers.add(p);
                args.put("manager", managers);
                events.set(j, new Facts.EventDraft(la.type(), args, la.time() != null ? la.time() : ap.time(), la.location(), la.triggerStart(),
                        la.triggerEnd(), la.sentence(), la.source() >= 0 ? la.source() : ap.source(), la.confidence()));
                events.remove(i--);
                break;
            }
        }
    }

    /**
     * Outlets of an armed group's media ecosystem: in a document dominated by one armed group, a
     * media outlet or channel the text names by its head noun, that no other organization claims
     * and that does not speak as a source, is affiliated with that group. A weak, document-level
     * reading, so its confidence is low.
     */
    private List<Facts.RelationDraft> outletAffiliations(MentionIndex idx, List<Facts.RelationDraft> relations, SourceAttributor.Claim[] claims) {
        int[] count = new int[idx.entities.entities().size()];
        int[] firstSentence = new int[count.length];
        java.util.Arrays.fill(firstSentence, -1);
        for (int m = 0; m < idx.size(); m++) {
            count[idx.entity(m)]++;
            if (firstSentence[idx.entity(m)] < 0) firstSentence[idx.entity(m)] = idx.sentence(m);
        }
        int group = -1;
        for (var d : idx.entities.entities())
            if (d.type() == EntityType.ORGANIZATION && "armed_group".equals(d.kind()) && count[d.index()] >= 3 && (group < 0 || count[d.index()] > count[group]))
                group = d.index();
        if (group < 0) return List.of();
        java.util.Set<Integer> claimants = new java.util.HashSet<>();
        for (SourceAttributor.Claim c : claims) if (c != null) claimants.add(c.entity());
        java.util.Set<Integer> linked = new java.util.HashSet<>();
        for (Facts.RelationDraft r : relations) if (r.type().equals("PART_OF") || r.type().equals("AFFILIATED_WITH")) linked.add(r.subject());
        List<Facts.RelationDraft> out = new ArrayList<>();
        for (var d : idx.entities.entities()) {
            if (d.index() == group || d.type() != EntityType.ORGANIZATION || claimants.contains(d.index()) || linked.contains(d.index())) continue;
            if (!"media".equals(d.kind()) && !"channel".equals(d.kind()) && !"bank".equals(d.kind())) continue;
            if (!headNamed(idx, d.index()) || knownOutlet(d)) continue;
            out.add(new Facts.RelationDraft("AFFILIATED_WITH", d.index(), group, null, null, null, firstSentence[d.index()], -1, 0.4));
        }
        return out;
    }

    /**
     * A city, town or province and its country, both named in the document: the gazetteer knows
     * the one lies in the other. The evidence is the first sentence naming both, else the
     * sentence that names the place.
     */
    private List<Facts.RelationDraft> placesInCountries(MentionIndex idx, List<Facts.RelationDraft> relations) {
        List<Facts.RelationDraft> out = new ArrayList<>();
        var entities = idx.entities.entities();
        for (var place : entities) {
            if (place.type() != EntityType.LOCATION || "country".equals(place.kind())) continue;
            var entry = gazetteerPlace(place);
            if (entry == null || entry.country() == null) continue;
            for (var country : entities) {
                if (country.type() != EntityType.LOCATION || !"country".equals(country.kind()) || country.index() == place.index()) continue;
                var c = gazetteerPlace(country);
                if (c == null || !entry.country().equals(c.country())) continue;
                boolean stated = relations.stream().anyMatch(r -> r.type().equals("LOCATED_IN") && r.subject() == place.index());
                int sentence = sharedSentence(idx, place.index(), country.index());
                if (stated || sentence < 0) continue;
                out.add(new Facts.RelationDraft("LOCATED_IN", place.index(), country.index(), null, null, null, sentence, -1, 0.55));
            }
        }
        return out;
    }

    private org.isnad.core.recognize.KnownName gazetteerPlace(org.isnad.core.identify.DocumentEntities.Draft d) {
        var k = lexicons.place(org.isnad.core.normalize.NormalizedText.fold(d.name()));
        if (k != null) return k;
        for (String a : d.aliases()) if ((k = lexicons.place(org.isnad.core.normalize.NormalizedText.fold(a))) != null) return k;
        return null;
    }

    private static int sharedSentence(MentionIndex idx, int a, int b) {
        java.util.Set<Integer> sa = new java.util.TreeSet<>(), sb = new java.util.HashSet<>();
        for (int m = 0; m < idx.size(); m++) {
            if (idx.entity(m) == a) sa.add(idx.sentence(m));
            if (idx.entity(m) == b) sb.add(idx.sentence(m));
        }
        for (int s : sa) if (sb.contains(s)) return s;
        return -1;
    }

    /** An outlet the gazetteer knows (العربية، رويترز) is a newsroom of its own, not a group's outlet. */
    private boolean knownOutlet(org.isnad.core.identify.DocumentEntities.Draft d) {
        if (lexicons.latinOf(org.isnad.core.normalize.NormalizedText.fold(d.name()), EntityType.ORGANIZATION) != null) return true;
        for (String a : d.aliases()) if (lexicons.latinOf(org.isnad.core.normalize.NormalizedText.fold(a), EntityType.ORGANIZATION) != null) return true;
        return false;
    }

    /** Whether a rule found the organization by its head noun or in a headed list (not a gazetteer entry). */
    private static boolean headNamed(MentionIndex idx, int entity) {
        for (int m = 0; m < idx.size(); m++) {
            if (idx.entity(m) != entity) continue;
            String rule = idx.get(m).candidate().rule();
            if (rule.startsWith("head")) return true;
        }
        return false;
    }

    /** "أعلن X عن توقيع اتفاقية اندماج مع Y": the one announcing a merger with another is its other member. */
    private static void announcersJoinMergers(List<Facts.EventDraft> events, SourceAttributor.Claim[] claims) {
        for (int i = 0; i < events.size(); i++) {
            Facts.EventDraft e = events.get(i);
            SourceAttributor.Claim c = e.sentence() < claims.length ? claims[e.sentence()] : null;
            if (!e.type().equals("MERGER") || c == null || e.role("members").isEmpty() || e.role("members").contains(c.entity())) continue;
            if (e.role("result").contains(c.entity())) continue;
            Map<String, List<Integer>> args = new LinkedHashMap<>(e.arguments());
            List<Integer> members = new ArrayList<>(List.of(c.entity()));
            members.addAll(e.role("members"));
            args.put("members", members);
            events.set(i, new Facts.EventDraft(e.type(), args, e.time(), e.location(), e.triggerStart(), e.triggerEnd(), e.sentence(), -1, e.confidence()));
        }
    }

    /** An appointment to lead an organization in the sentence where its leader's death is told: he is the predecessor. */
    private static void inferPredecessors(List<Facts.EventDraft> events, List<Facts.RelationDraft> relations) {
        for (int i = 0; i < events.size(); i++) {
            Facts.EventDraft e = events.get(i);
            if (!e.type().equals("APPOINTMENT") || !e.role("predecessor").isEmpty() || e.role("organization").isEmpty()) continue;
            int org = e.role("organization").get(0);
            for (Facts.EventDraft d : events) {
                if (!d.type().equals("DEATH") && !d.type().equals("EXPULSION")) continue;
                if (Math.abs(d.sentence() - e.sentence()) > 0) continue;
                for (int v : d.type().equals("DEATH") ? d.role("victim") : d.role("patient")) {
                    boolean ledIt = relations.stream().anyMatch(r -> r.type().equals("LEADER_OF") && r.subject() == v && r.object() == org);
                    if (ledIt && !e.role("person").contains(v)) {
                        Map<String, List<Integer>> args = new LinkedHashMap<>(e.arguments());
                        args.put("predecessor", List.of(v));
                        events.set(i, new Facts.EventDraft(e.type(), args, e.time(), e.location(), e.triggerStart(), e.triggerEnd(), e.sentence(), e.source(), e.confidence()));
                    }
                }
            }
        }
    }

    private static List<Facts.RelationDraft> fromEvents(List<Facts.EventDraft> events) {
        List<Facts.RelationDraft> out = new ArrayList<>();
        for (Facts.EventDraft e : events) {
            String at = e.time() == null ? null : e.time().value();
            switch (e.type()) {
                case "APPOINTMENT" -> {
                    for (int p : e.role("person")) {
                        for (int o : e.role("organization")) out.add(new Facts.RelationDraft("LEADER_OF", p, o, null, at, null, e.sentence(), e.source(), 0.6));
                        for (int q : e.role("predecessor")) out.add(new Facts.RelationDraft("SUCCEEDED", p, q, null, at, null, e.sentence(), e.source(), 0.7));
                    }
                }
                case "LAUNCH" -> {
                    for (int o : e.role("organization")) {
                        for (int f : e.role("founder")) out.add(new Facts.RelationDraft("FOUNDED_BY", o, f, null, at, null, e.sentence(), e.source(), 0.7));
                        for (int m : e.role("manager")) out.add(new Facts.RelationDraft("LEADER_OF", m, o, null, at, null, e.sentence(), e.source(), 0.6));
                    }
                }
                case "MERGER" -> {
                    for (int r : e.role("result")) for (int m : e.role("members"))
                        if (m != r) out.add(new Facts.RelationDraft("PART_OF", m, r, null, at, null, e.sentence(), e.source(), 0.6));
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * Events bound relations in time: an appointment starts a leadership and ends the
     * predecessor's; a death, a dismissal or an expulsion ends the person's roles; a defection
     * ends the defector's ties to what it left.
     */
    private static void bound(List<Facts.RelationDraft> relations, List<Facts.EventDraft> events) {
        for (Facts.EventDraft e : events) {
            String at = e.time() == null ? null : e.time().value();
            if (at == null) continue;
            switch (e.type()) {
                case "DEATH" -> endRoles(relations, e.role("victim"), List.of(), at, "LEADER_OF", "MEMBER_OF");
                case "EXPULSION" -> endRoles(relations, e.role("patient"), e.role("from"), at, "LEADER_OF", "MEMBER_OF");
                case "DEFECTION" -> endRoles(relations, e.role("defector"), e.role("from"), at, "MEMBER_OF", "PART_OF", "AFFILIATED_WITH");
                case "APPOINTMENT" -> {
                    endRoles(relations, e.role("predecessor"), e.role("organization"), at, "LEADER_OF");
                    for (int i = 0; i < relations.size(); i++) {
                        Facts.RelationDraft r = relations.get(i);
                        if (r.type().equals("LEADER_OF") && e.role("person").contains(r.subject()) && e.role("organization").contains(r.object()) && r.from() == null)
                            relations.set(i, r.withTime(at, r.until()));
                    }
                }
                default -> { }
            }
        }
    }

    /** Sets {@code until} on the given people's relations of the given types (to the given organizations, when named). */
    private static void endRoles(List<Facts.RelationDraft> relations, List<Integer> people, List<Integer> orgs, String at, String... types) {
        List<String> typeList = List.of(types);
        for (int i = 0; i < relations.size(); i++) {
            Facts.RelationDraft r = relations.get(i);
            if (!people.contains(r.subject()) || !typeList.contains(r.type()) || r.until() != null) continue;
            if (!orgs.isEmpty() && !orgs.contains(r.object())) continue;
            if (r.from() != null && r.from().compareTo(at) > 0) continue; // a later role is not ended by an earlier event
            relations.set(i, r.withTime(r.from(), at));
        }
    }

    private static List<Facts.RelationDraft> withSources(List<Facts.RelationDraft> relations, SourceAttributor.Claim[] claims) {
        List<Facts.RelationDraft> out = new ArrayList<>(relations.size());
        for (Facts.RelationDraft r : relations) {
            SourceAttributor.Claim c = r.sentence() >= 0 && r.sentence() < claims.length ? claims[r.sentence()] : null;
            int source = r.source() >= 0 ? r.source() : c == null || c.entity() == r.subject() || c.entity() == r.object() ? -1 : c.entity();
            out.add(new Facts.RelationDraft(r.type(), r.subject(), r.object(), r.role(), r.from(), r.until(), r.sentence(), source, r.confidence()));
        }
        return out;
    }

    /** One relation per (type, subject, object): the best-attested one, with the widest time. */
    private static List<Facts.RelationDraft> dedupe(List<Facts.RelationDraft> relations) {
        Map<String, Facts.RelationDraft> byKey = new LinkedHashMap<>();
        for (Facts.RelationDraft r : relations) {
            if (r.subject() == r.object()) continue;
            String k = r.type() + "|" + r.subject() + "|" + r.object();
            Facts.RelationDraft o = byKey.get(k);
            if (o == null) { byKey.put(k, r); continue; }
            Facts.RelationDraft best = r.confidence() > o.confidence() ? r : o;
            String role = best.role() != null ? best.role() : (r.role() != null ? r.role() : o.role());
            String from = o.from() != null ? o.from() : r.from();
            String until = o.until() != null ? o.until() : r.until();
            byKey.put(k, new Facts.RelationDraft(best.type(), best.subject(), best.object(), role, from, until, best.sentence(),
                    best.source() >= 0 ? best.source() : (o.source() >= 0 ? o.source() : r.source()), Math.max(o.confidence(), r.confidence())));
        }
        return new ArrayList<>(byKey.values());
    }

}
