package org.isnad.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.isnad.core.model.Argument;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Relation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores an extraction against a gold file of the shared format (shared/eval/README.md), with the
 * same matching rules as shared/eval/score.py, so tests on texts written here need no Python.
 */
final class GoldScorer {
    private static final Pattern TASHKEEL = Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
    private static final Pattern PUNCT = Pattern.compile("[\u201c\u201d\u201e\u00ab\u00bb\"'()\\[\\]\u060c\u061b.,:;!?\u061f/\\-]");
    private static final String[] HEADS = {"موسسه ", "مجله ", "قناه ", "تنظيم ", "ديوان ", "وكاله ", "مركز ", "جماعه ", "نادي ", "شركه "};

    /** Counts: true positives among predictions, predictions, gold found, gold total. */
    record Counts(int tpPred, int pred, int tpGold, int gold) {
        Counts plus(Counts o) { return new Counts(tpPred + o.tpPred, pred + o.pred, tpGold + o.tpGold, gold + o.gold); }

        double precision() { return pred == 0 ? 0 : (double) tpPred / pred; }

        double recall() { return gold == 0 ? 0 : (double) tpGold / gold; }

        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** @param timesRight gold times (relation from/until/time, event time) the matching predictions give; @param times gold times */
    record Score(Counts entities, Counts relations, Counts events, int timesRight, int times, List<String> misses) {
        Score plus(Score o) {
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Score(entities.plus(o.entities), relations.plus(o.relations), events.plus(o.events), timesRight + o.timesRight, times + o.times, m);
        }

        double timeAccuracy() { return times == 0 ? 0 : (double) timesRight / times; }

        static Score zero() { return new Score(new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0), new Counts(0, 0, 0, 0), 0, 0, List.of()); }
    }

    static String norm(String s) {
        if (s == null) return "";
        s = TASHKEEL.matcher(s).replaceAll("");
        s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا').replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي');
        s = PUNCT.matcher(s).replaceAll(" ");
        String[] words = s.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if ((w.equals("ابي") || w.equals("ابا")) && i + 1 < words.length) w = "ابو";
            else if (w.endsWith("يين") && w.length() > 5) w = w.substring(0, w.length() - 3) + "يون";
            out.add(w);
        }
        s = String.join(" ", out);
        for (String h : HEADS) if (s.startsWith(h) && s.length() > h.length() + 1) { s = s.substring(h.length()); break; }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static Score score(JsonNode gold, Extraction x) {
        List<String> misses = new ArrayList<>();
        Map<String, String> typeOf = new HashMap<>();
        Map<String, Set<String>> namesOf = new HashMap<>();
        for (Entity e : x.entities()) {
            Set<String> names = new HashSet<>();
            names.add(norm(e.name()));
            for (String a : e.aliases()) names.add(norm(a));
            names.remove("");
            typeOf.put(e.id(), e.type().name());
            namesOf.put(e.id(), names);
        }
        List<Set<String>> goldNames = new ArrayList<>();
        List<String> goldTypes = new ArrayList<>();
        for (JsonNode g : gold.get("entities")) {
            Set<String> ns = new HashSet<>();
            g.get("names").forEach(n -> ns.add(norm(n.asText())));
            goldNames.add(ns);
            goldTypes.add(g.get("type").asText());
        }
        List<Set<String>> optional = new ArrayList<>();
        if (gold.has("optional_entities")) for (JsonNode g : gold.get("optional_entities")) {
            Set<String> ns = new HashSet<>();
            g.get("names").forEach(n -> ns.add(norm(n.asText())));
            optional.add(ns);
        }
        int tpP = 0, fp = 0;
        Set<Integer> claimed = new HashSet<>();
        for (Entity e : x.entities()) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < goldNames.size(); i++)
                if (goldTypes.get(i).equals(e.type().name()) && intersects(goldNames.get(i), namesOf.get(e.id()))) hits.add(i);
            if (!hits.isEmpty()) {
                if (claimed.containsAll(hits)) { fp++; misses.add("duplicate " + e.name()); continue; }
                claimed.addAll(hits);
                tpP++;
            } else if (optional.stream().noneMatch(o -> intersects(o, namesOf.get(e.id())))) {
                fp++;
                misses.add("FP entity " + e.type() + " " + e.name());
            }
        }
        int tpR = 0;
        for (int i = 0; i < goldNames.size(); i++) {
            final int gi = i;
            if (x.entities().stream().anyMatch(e -> e.type().name().equals(goldTypes.get(gi)) && intersects(goldNames.get(gi), namesOf.get(e.id())))) tpR++;
            else misses.add("FN entity " + goldTypes.get(i) + " " + goldNames.get(i));
        }
        Counts ents = new Counts(tpP, tpP + fp, tpR, goldNames.size());

        // relations
        List<JsonNode> grels = list(gold.get("relations"));
        List<JsonNode> orels = list(gold.get("optional_relations"));
        int rtp = 0, rfp = 0;
        for (Relation r : x.relations()) {
            if (grels.stream().anyMatch(g -> relMatch(gold, namesOf, r, g))) rtp++;
            else if (orels.stream().noneMatch(g -> relMatch(gold, namesOf, r, g))) rfp++;
        }
        int rtr = 0, tOk = 0, tN = 0;
        for (JsonNode g : grels) {
            List<Relation> hits = x.relations().stream().filter(r -> relMatch(gold, namesOf, r, g)).toList();
            if (!hits.isEmpty()) rtr++;
            else misses.add("FN relation " + g.get("type") + " " + g.get("subject").asText() + " -> " + g.get("object").asText());
            for (String k : new String[]{"from", "until", "time"}) {
                if (!g.has(k)) continue;
                tN++;
                String want = g.get(k).asText();
                if (hits.stream().anyMatch(r -> want.equals(k.equals("until") ? r.time().until() : r.time().from()))) tOk++;
            }
        }
        Counts rels = new Counts(rtp, rtp + rfp, rtr, grels.size());

        // events
        List<JsonNode> gevs = list(gold.get("events"));
        Set<String> optTypes = new HashSet<>();
        for (JsonNode o : list(gold.get("optional_events"))) optTypes.add(o.get("type").asText());
        int etp = 0, efp = 0;
        for (Event e : x.events()) {
            if (gevs.stream().anyMatch(g -> evMatch(gold, namesOf, e, g))) etp++;
            else if (!optTypes.contains(e.type())) efp++;
        }
        int etr = 0;
        for (JsonNode g : gevs) {
            List<Event> hits = x.events().stream().filter(e -> evMatch(gold, namesOf, e, g)).toList();
            if (!hits.isEmpty()) etr++;
            else misses.add("FN event " + g.get("type").asText() + " " + g.get("args"));
            if (g.has("time")) {
                tN++;
                String want = g.get("time").asText();
                if (hits.stream().anyMatch(e -> e.time() != null && want.equals(e.time().value()))) tOk++;
            }
        }
        Counts evs = new Counts(etp, etp + efp, etr, gevs.size());
        return new Score(ents, rels, evs, tOk, tN, misses);
    }

    private static boolean relMatch(JsonNode gold, Map<String, Set<String>> namesOf, Relation r, JsonNode g) {
        boolean typeOk = false;
        for (JsonNode t : g.get("type")) typeOk |= t.asText().equals(r.type());
        return typeOk && matches(namesOf, r.subject(), goldEntityNames(gold, g.get("subject").asText()))
                && matches(namesOf, r.object(), goldEntityNames(gold, g.get("object").asText()));
    }

    private static boolean evMatch(JsonNode gold, Map<String, Set<String>> namesOf, Event e, JsonNode g) {
        if (!e.type().equals(g.get("type").asText())) return false;
        String key = g.get("key").asText();
        for (JsonNode k : list(g.get("args").get(key)))
            for (Argument a : e.arguments())
                if (a.role().equals(key) && matches(namesOf, a.entity(), goldEntityNames(gold, k.asText()))) return true;
        return false;
    }

    private static Set<String> goldEntityNames(JsonNode gold, String name) {
        String n = norm(name);
        for (String field : new String[]{"entities", "optional_entities"}) {
            for (JsonNode g : list(gold.get(field))) {
                Set<String> ns = new HashSet<>();
                g.get("names").forEach(x -> ns.add(norm(x.asText())));
                if (ns.contains(n)) return ns;
            }
        }
        return Set.of(n);
    }

    private static boolean matches(Map<String, Set<String>> namesOf, String id, Set<String> names) {
        Set<String> have = namesOf.get(id);
        return have != null && intersects(have, names);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null) n.forEach(out::add);
        return out;
    }
}
