package org.isnad.core.relate;

import org.isnad.core.model.EntityType;
import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.Sentence;
import org.isnad.core.segment.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Events from trigger words (relate/event-triggers.tsv) and the names around them: the subject
 * of a verb (the name just before it, or the first of two after it), the object after it, the
 * genitive after a verbal noun (مقتل X), and roles given by prepositions (على يد، بإيعاز من، خلفا
 * لـ، من عباءة). Names joined to an argument by و take the same role.
 */
final class EventRules {
    private record Trigger(String type, boolean verb, String subjectRole, String objectRole, String objectTypes,
                           String required, double confidence, int words) {
        Trigger asNoun() {
            // the verbal noun takes its object as a genitive; a verb's subject-only role becomes that object
            String object = subjectRole.equals(objectRole) || objectRole.equals("organization") && subjectRole.equals("person") ? subjectRole : objectRole;
            String types = object.equals(subjectRole) && !subjectRole.equals(objectRole) ? "P" : objectTypes;
            return new Trigger(type, false, subjectRole, object, types, required, confidence, words);
        }
    }

    private record ArgCue(String role, String types) {}

    /** Event types that make no sense without their key participant (FactExtractor.keyRole). */
    private static final java.util.Set<String> REQUIRES_KEY = java.util.Set.of("APPOINTMENT", "DEATH", "ARREST", "LAUNCH", "DEFECTION", "CESSATION");

    private final Map<String, Trigger> oneWord = new HashMap<>();
    private final org.isnad.core.segment.CliticSegmenter clitics = new org.isnad.core.segment.CliticSegmenter();
    private final Map<String, Trigger> twoWords = new HashMap<>();
    private final CueTable argumentCues = new CueTable("relate/argument-cues.tsv");
    private final Map<String, ArgCue> cueRows = new HashMap<>();
    private final java.util.Set<String> doerVerbs = new java.util.HashSet<>();
    private final java.util.Set<String> relativePronouns = new java.util.HashSet<>();
    private final java.util.Set<String> partitives = new java.util.HashSet<>();
    private final java.util.Set<String> cancelWords = new java.util.HashSet<>();

    EventRules() {
        for (String[] r : DataFiles.table("relate/event-triggers.tsv")) {
            String key = NormalizedText.fold(r[0]);
            int words = key.split(" ").length;
            Trigger t = new Trigger(r[1], r[2].equals("verb"), r[3], r[4], r[5], r[6], Double.parseDouble(r[7]), words);
            if (words == 1) oneWord.putIfAbsent(key, t);
            else twoWords.putIfAbsent(key.replace(" ", ""), t);
        }
        for (String[] r : DataFiles.table("relate/clause-words.tsv")) {
            if (r[1].equals("doer")) doerVerbs.add(NormalizedText.fold(r[0]));
            else if (r[1].equals("relative")) relativePronouns.add(NormalizedText.fold(r[0]));
            else if (r[1].equals("cancel")) cancelWords.add(NormalizedText.fold(r[0]));
            else if (r[1].equals("partitive")) partitives.add(NormalizedText.fold(r[0]).replace(" ", ""));
        }
        for (String[] r : DataFiles.table("relate/argument-cues.tsv")) cueRows.putIfAbsent(NormalizedText.squash(NormalizedText.fold(r[0])), new ArgCue(r[1], r[2]));
    }

    List<Facts.EventDraft> find(Analysis a, MentionIndex idx, List<TimeValue> times, SourceAttributor.Claim[] claims) {
        List<Facts.EventDraft> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (idx.atToken(t) >= 0) continue;
                Token tok = a.token(t);
                if (!tok.isWord()) continue;
                Trigger trig = null;
                if (t + 1 < s.endToken() && a.token(t + 1).isWord()) trig = lookupTwo(tok, a.token(t + 1));
                if (trig == null) trig = lookup(tok);
                boolean pronoun = false;
                if (trig == null && (trig = lookupWithPronoun(tok)) != null) pronoun = true;
                if (trig == null) continue;
                // "إنهاء التعاقد", "نفت الحركة اغتيال…": the event is ended or denied, not stated
                if (t > s.firstToken() && a.token(t - 1).isWord() && isCancel(a.token(t - 1))) continue;
                Facts.EventDraft ev = build(a, idx, s, t, trig, times, claims, pronoun);
                if (ev != null) out.add(ev);
            }
        }
        return out;
    }

    private Trigger lookup(Token tok) {
        Trigger t = oneWord.get(tok.form());
        if (t != null) return t;
        for (Token.Stem st : tok.stems()) {
            String x = st.text();
            t = oneWord.get(x);
            if (t == null && x.startsWith("ال")) t = oneWord.get(x.substring(2));
            if (t != null && !t.verb()) return t; // a proclitic on a verbal noun (بطرد، وتولي)
            if (t != null && st.text().length() == tok.form().length() - 1) {
                char c = tok.form().charAt(0);
                // و/ف join a verb; ب/ل/ك only stand before nouns: بطرد is the verbal noun of طرد
                return c == 'و' || c == 'ف' ? t : t.asNoun();
            }
        }
        if (tok.form().startsWith("ال") && (t = oneWord.get(tok.form().substring(2))) != null && !t.verb()) return t;
        return null;
    }

    private Trigger lookupTwo(Token a, Token b) {
        Trigger t = twoWords.get(a.form() + b.form());
        if (t != null) return t;
        for (Token.Stem st : a.stems()) {
            String x = st.text().startsWith("ال") ? st.text().substring(2) : st.text();
            t = twoWords.get(x + b.form());
            if (t == null) t = twoWords.get(st.text() + b.form());
            if (t != null) return t;
        }
        if (a.form().startsWith("ال")) return twoWords.get(a.form().substring(2) + b.form());
        return null;
    }

    /**
     * A verbal noun with a pronoun (اندماجهم، اعتقاله، تأسيسها): the pronoun is the object, and
     * it points back to names before the trigger.
     */
    private Trigger lookupWithPronoun(Token tok) {
        for (String bare : clitics.encliticReadings(tok.form())) {
            Trigger t = oneWord.get(bare);
            if (t == null && bare.startsWith("ال")) continue;
            if (t == null) for (Token.Stem st : tok.stems()) {
                for (String b2 : clitics.encliticReadings(st.text())) if ((t = oneWord.get(b2)) != null) break;
                if (t != null) break;
            }
            if (t != null && !t.verb()) return t;
        }
        return null;
    }

    private Facts.EventDraft build(Analysis a, MentionIndex idx, Sentence s, int t, Trigger trig, List<TimeValue> times,
                                   SourceAttributor.Claim[] claims, boolean pronounObject) {
        Map<String, List<Integer>> args = Facts.EventDraft.newArguments();
        int triggerEnd = t + trig.words();
        // the clause: from the trigger back to the previous trigger-free stretch and ahead to the sentence end, at most 14 tokens each way
        // a pronoun object may point far back in the sentence ("إعلان حركتي X وY … في 18 فبراير 2018 عن اندماجهم")
        int lo = Math.max(s.firstToken(), t - (pronounObject ? 24 : 8)), hi = Math.min(s.endToken(), triggerEnd + 30);
        List<Integer> before = new ArrayList<>(), after = new ArrayList<>();
        for (int k = lo; k < hi; k++) {
            int m = idx.atToken(k);
            if (m < 0 || (k > lo && idx.atToken(k - 1) == m)) continue;
            if (k < t) before.add(m); else if (k >= triggerEnd) after.add(m);
        }
        // roles given by prepositions
        List<Integer> claimedByCue = new ArrayList<>();
        for (int m : after) {
            String cue = cueBefore(a, idx, m, triggerEnd);
            if (cue == null) continue;
            ArgCue ac = cueRows.get(cue);
            if (ac == null || !(ac.types().equals("*") || ac.types().contains(trig.type()))) continue;
            String role = ac.role();
            // "على يد X" names the doer, whatever the trigger calls its doer (founder, appointer)
            if (role.equals("agent") && !trig.subjectRole().equals("agent") && !trig.subjectRole().equals(trig.objectRole())
                    && !trig.subjectRole().equals("organization") && !trig.subjectRole().equals("person")) role = trig.subjectRole();
            if (role.equals("agent") && trig.type().equals("LAUNCH")) role = "founder";
            if (role.equals("location")) {
                if (idx.type(m) != EntityType.LOCATION) continue;
            } else if (idx.type(m) == EntityType.LOCATION && !trig.objectTypes().contains("L")) continue;
            if (trig.type().equals("MERGER") && cue.equals("في") && idx.type(m) == EntityType.ORGANIZATION) role = "result";
            add(args, role, idx.entity(m));
            claimedByCue.add(m);
        }
        List<Integer> free = new ArrayList<>();   // names after the trigger no preposition claimed
        for (int m : after) if (!claimedByCue.contains(m)) free.add(m);
        int reach = triggerEnd + (trig.verb() ? 8 : 6);
        int subject = nearestBefore(a, idx, before, t, trig);
        boolean relative = t > s.firstToken() && isRelativePronoun(a.token(t - 1));
        if (relative) {
            // "X … والذي قُتل": the antecedent is the subject; with a victim-taking verb it is the victim
            int antecedent = antecedentOf(a, idx, before, t, trig);
            if (antecedent >= 0) add(args, trig.type().equals("DEATH") ? "victim" : trig.subjectRole(), idx.entity(antecedent));
            // "مجموعة الكعبي، التي أسسها سالم الكعبي": the object still follows the verb
            if (!trig.type().equals("DEATH") && !trig.subjectRole().equals(trig.objectRole())) addObjects(a, idx, args, trig, free, reach);
        } else if (trig.verb()) {
            if (subject >= 0) {
                add(args, trig.subjectRole(), idx.entity(subject));
                if (!trig.subjectRole().equals(trig.objectRole())) addObjects(a, idx, args, trig, free, reach);
            } else {
                int first = firstOfTypes(idx, free, subjectTypes(trig), reach);
                if (first >= 0) {
                    List<Integer> rest = new ArrayList<>(free);
                    rest.remove(Integer.valueOf(first));
                    // the object comes after the subject and any other names of it (المعروف بـ…، (…))
                    int subjectEnd = idx.lastToken(first);
                    for (int m : rest) if (idx.entity(m) == idx.entity(first) && idx.firstToken(m) - subjectEnd <= 4) subjectEnd = idx.lastToken(m);
                    int objectReach = subjectEnd + 6;
                    rest.removeIf(m -> idx.entity(m) == idx.entity(first));
                    boolean objectFollows = firstOfTypes(idx, rest, trig.objectTypes(), objectReach) >= 0 || args.containsKey(trig.objectRole());
                    if (objectFollows && !trig.subjectRole().equals(trig.objectRole())) {
                        add(args, trig.subjectRole(), idx.entity(first));
                        addObjects(a, idx, args, trig, rest, objectReach);
                    } else {
                        addObjects(a, idx, args, trig, free, reach);
                        // "وتولى X …" with no organization named: X is still the one appointed
                        if (args.isEmpty() && !trig.subjectRole().equals(trig.objectRole())) add(args, trig.subjectRole(), idx.entity(first));
                    }
                }
            }
        } else if (pronounObject) {
            // "إعلان حركتي X وY … عن اندماجهم": the pronoun's antecedents are the names before it
            List<Integer> antecedents = new ArrayList<>();
            for (int i = before.size() - 1; i >= 0 && antecedents.size() < 6; i--)
                if (allowed(trig.objectTypes(), idx.type(before.get(i)))) antecedents.add(0, before.get(i));
            if (!antecedents.isEmpty()) {
                List<Integer> chosen = trig.type().equals("MERGER") ? antecedents : antecedents.subList(antecedents.size() - 1, antecedents.size());
                for (int m : chosen) add(args, trig.objectRole(), idx.entity(m));
            }
        } else {
            addObjects(a, idx, args, trig, free, reach);
            int doer = doerBefore(a, idx, s, t);
            if (doer >= 0 && !args.containsKey(trig.subjectRole())) add(args, trig.subjectRole(), idx.entity(doer));
        }
        // prepositions before the trigger, after a doer verb: "قام X بإيعاز من Y بطرد"
        for (int m : before) {
            String cue = cueBefore(a, idx, m, Math.max(s.firstToken(), t - 8));
            ArgCue ac = cue == null ? null : cueRows.get(cue);
            if (ac != null && !ac.role().equals("location") && !ac.role().equals("from") && !ac.role().equals("to")
                    && (ac.types().equals("*") || ac.types().contains(trig.type())) && idx.lastToken(m) <= t)
                add(args, ac.role(), idx.entity(m));
        }
        // one entity in two roles (from = defector) is a misreading: keep the first role
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (List<Integer> l : args.values()) l.removeIf(e -> !seen.add(e));
        args.values().removeIf(List::isEmpty);
        if (args.isEmpty()) return null;
        if (!trig.required().equals("-") && !args.containsKey(trig.required())) return null;
        // an event without the participant it is about (an appointment of nobody) says nothing
        String key = FactExtractor.keyRole(trig.type());
        if (REQUIRES_KEY.contains(trig.type()) && !args.containsKey(key)) return null;
        TimeValue time = nearestTime(a, s, t, times);
        List<Integer> loc = args.remove("location");
        int location = loc == null ? -1 : loc.get(0);
        if (args.isEmpty()) return null; // a place alone is not a participant
        SourceAttributor.Claim claim = claims[s.index()];
        int source = claim == null || args.values().stream().anyMatch(l -> l.contains(claim.entity())) ? -1 : claim.entity();
        return new Facts.EventDraft(trig.type(), args, time, location, a.token(t).start(), a.token(triggerEnd - 1).end(), s.index(), source, trig.confidence());
    }

    /** The squashed words between the previous boundary (trigger or earlier name) and a mention. */
    private String cueBefore(Analysis a, MentionIndex idx, int m, int triggerEnd) {
        int ft = idx.firstToken(m);
        int from = ft - 1;
        int stop = Math.max(triggerEnd, ft - 3);
        while (from > stop && idx.atToken(from - 1) < 0 && !a.token(from - 1).is('،')) from--;
        if (from < triggerEnd) from = triggerEnd;
        int startOffset = from < ft ? a.token(from).start() : idx.start(m);
        String raw = idx.before(startOffset, m);
        for (int cut = 0; cut < raw.length(); cut++) {
            String tail = raw.substring(cut);
            if (cueRows.containsKey(tail)) return tail;
        }
        return null;
    }

    private int nearestBefore(Analysis a, MentionIndex idx, List<Integer> before, int t, Trigger trig) {
        if (before.isEmpty()) return -1;
        int m = before.get(before.size() - 1);
        // only a name close to the trigger: at most two words (a relative pronoun, a verb like جرى) between
        int gap = t - idx.lastToken(m);
        if (gap > 3) return -1;
        for (int k = idx.lastToken(m); k < t; k++) {
            Token tok = a.token(k);
            if (tok.is('،') || tok.is(',') || tok.is('.')) return -1;
        }
        if (!allowed(subjectTypes(trig), idx.type(m))) return -1;
        return m;
    }

    private static String subjectTypes(Trigger trig) {
        return switch (trig.subjectRole()) {
            case "victim", "person" -> "P";
            case "organization", "members" -> "O";
            default -> "PO";
        };
    }

    /** "قام X (…) بطرد": the name after a doer verb a few words before the verbal noun. */
    private int doerBefore(Analysis a, MentionIndex idx, Sentence s, int t) {
        for (int k = t - 1; k >= Math.max(s.firstToken(), t - 10); k--) {
            Token tok = a.token(k);
            if (!tok.isWord() || !doerVerbs.contains(tok.form())) continue;
            for (int j = k + 1; j < t; j++) {
                int m = idx.atToken(j);
                if (m >= 0) return m;
                if (!a.token(j).isQuote()) break;
            }
            return -1;
        }
        return -1;
    }

    /** Index of a partitive word (منهم) in [from, to), or -1. */
    private int partitiveBetween(Analysis a, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            Token tok = a.token(k);
            if (!tok.isWord()) continue;
            if (partitives.contains(tok.form())) return k;
            if (k + 1 < to && partitives.contains(tok.form() + a.token(k + 1).form())) return k + 1;
        }
        return -1;
    }

    private boolean isCancel(Token tok) {
        if (cancelWords.contains(tok.form())) return true;
        for (Token.Stem st : tok.stems()) if (cancelWords.contains(st.text())) return true;
        return false;
    }

    private boolean isRelativePronoun(Token tok) { return tok.isWord() && relativePronouns.contains(tok.form()); }

    /** The name a relative clause hangs on: the nearest allowed name before the pronoun, over an apposition. */
    private int antecedentOf(Analysis a, MentionIndex idx, List<Integer> before, int t, Trigger trig) {
        String types = trig.type().equals("DEATH") ? "P" : subjectTypes(trig);
        for (int i = before.size() - 1; i >= 0; i--) {
            int m = before.get(i);
            if (t - idx.lastToken(m) > 14) return -1;
            if (allowed(types, idx.type(m))) return m;
        }
        return -1;
    }

    private static int firstOfTypes(MentionIndex idx, List<Integer> ms, String types, int reach) {
        for (int m : ms) if (idx.firstToken(m) < reach && allowed(types, idx.type(m))) return m;
        return -1;
    }

    /** The first allowed name within reach takes the object role; names joined to it by و join it. */
    private void addObjects(Analysis a, MentionIndex idx, Map<String, List<Integer>> args, Trigger trig, List<Integer> free, int reach) {
        List<Integer> ok = new ArrayList<>();
        for (int m : free) if (allowed(trig.objectTypes(), idx.type(m))) ok.add(m);
        if (ok.isEmpty()) return;
        if (idx.firstToken(ok.get(0)) >= reach) {
            // "استبعاد مجموعة من الكوادر، منهم X، وY": the names after a partitive word
            int p = partitiveBetween(a, reach - 6, idx.firstToken(ok.get(0)));
            if (p < 0 || idx.firstToken(ok.get(0)) - p > 3 || idx.firstToken(ok.get(0)) - reach > 14) return;
        }
        addWithConjuncts(a, idx, args, trig.objectRole(), ok, trig);
    }

    /** The first free name takes the role; names after it joined by و of the same type join it. */
    private void addWithConjuncts(Analysis a, MentionIndex idx, Map<String, List<Integer>> args, String role, List<Integer> free, Trigger trig) {
        int first = free.get(0);
        add(args, role, idx.entity(first));
        EntityType type = idx.type(first);
        for (int i = 1; i < free.size(); i++) {
            int m = free.get(i);
            if (idx.type(m) != type) continue;
            Token tok = a.token(idx.firstToken(m));
            int ft = idx.firstToken(m);
            boolean conj = tok.form().startsWith("و") && idx.start(m) > tok.start()
                    || ft > 0 && (a.token(ft - 1).form().equals("و") || a.token(ft - 1).isQuote() && ft > 1 && a.token(ft - 2).form().startsWith("و"));
            if (conj) add(args, role, idx.entity(m));
        }
    }

    private static boolean allowed(String types, EntityType t) {
        return switch (t) {
            case PERSON -> types.contains("P");
            case ORGANIZATION -> types.contains("O");
            case LOCATION -> types.contains("L");
        };
    }

    private static void add(Map<String, List<Integer>> args, String role, int entity) {
        List<Integer> l = args.computeIfAbsent(role, r -> new ArrayList<>());
        if (!l.contains(entity)) l.add(entity);
    }

    /**
     * The time expression nearest the trigger in its sentence: after it within a clause's reach
     * (a long sentence may date something else further on), else before it.
     */
    static TimeValue nearestTime(Analysis a, Sentence s, int t, List<TimeValue> times) {
        int trigStart = a.originalStart(a.token(t).start());
        int sStart = a.originalStart(s.start()), sEnd = a.originalEnd(s.end());
        int reachAfter = a.originalEnd(a.token(Math.min(s.endToken() - 1, t + 30)).end());
        int reachBefore = a.originalStart(a.token(Math.max(s.firstToken(), t - 12)).start());
        TimeValue after = null, before = null;
        for (TimeValue tv : times) {
            int p = tv.span().start();
            if (p < sStart || p >= sEnd) continue;
            if (p >= trigStart) { if (after == null && p <= reachAfter) after = tv; }
            else if (p >= reachBefore) before = tv;
        }
        return after != null ? after : before;
    }
}
