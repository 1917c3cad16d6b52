package org.isnad.core.relate;

import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.recognize.Lexicons;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Relations stated by the words between two names: appositions ("X، مدير مؤسسة Y"), a role
 * before the names ("المتحدث باسم Y X", "القيادي الداعشي X"), links between organizations
 * ("التابع لـ"، "المحسوب على") and places ("جبال قبلاط بولاية باجة"), and deputies ("نائبه X").
 */
final class RelationRules {
    private final CueTable roles = new CueTable("relate/roles.tsv");
    private final CueTable orgLinks = new CueTable("relate/org-links.tsv");
    private final Lexicons lex;
    private final org.isnad.core.segment.CliticSegmenter clitics = new org.isnad.core.segment.CliticSegmenter();

    private final java.util.Set<String> leadVerbs = new java.util.HashSet<>();

    RelationRules(Lexicons lex) {
        this.lex = lex;
        for (String[] r : org.isnad.core.resources.DataFiles.table("relate/clause-words.tsv"))
            if (r[1].equals("leads")) leadVerbs.add(NormalizedText.fold(r[0]));
    }

    List<Facts.RelationDraft> find(Analysis a, MentionIndex idx) {
        List<Facts.RelationDraft> out = new ArrayList<>();
        for (int m = 0; m + 1 < idx.size(); m++) {
            int n = m + 1;
            if (idx.sentence(m) != idx.sentence(n) || idx.entity(m) == idx.entity(n)) continue;
            String between = stripComma(idx.before(idx.end(m), n));
            EntityType tm = idx.type(m), tn = idx.type(n);
            int sentence = idx.sentence(m);
            if (tm == EntityType.PERSON && tn == EntityType.ORGANIZATION) {
                String[] role = roles.get(between);
                double conf = 0.8;
                if (role == null) {
                    role = roles.prefixOf(between);
                    conf = 0.55;
                    // "المسؤول عن تنسيق عمل المؤسسات داخل Y": a role, a few words, a preposition of place;
                    // "رئيس تحرير موقع Y": a role and a generic head the name does not carry
                    if (role != null && !endsWithPlacePreposition(between) && !isGenericHead(between.substring(NormalizedText.squash(NormalizedText.fold(role[0])).length())))
                        role = null;
                }
                if (role != null && !role[1].equals("DEPUTY_OF"))
                    out.add(new Facts.RelationDraft(role[1], idx.entity(m), idx.entity(n), role[0], null, null, sentence, -1, conf));
            }
            if (tm == EntityType.ORGANIZATION && tn == EntityType.ORGANIZATION) {
                String[] link = orgLinks.get(between);
                if (link != null && !link[1].equals("LOCATED_IN"))
                    out.add(new Facts.RelationDraft(link[1], idx.entity(m), idx.entity(n), null, null, null, sentence, -1, 0.75));
            }
            if (tm == EntityType.ORGANIZATION && tn == EntityType.LOCATION) {
                // "نادي السواحل الرياضي ببورسعيد", "شركة سدرة، ومقرها الرياض": where an organization is
                String[] link = orgLinks.get(between);
                boolean attached = between.isEmpty() && a.token(idx.firstToken(n)).form().startsWith("ب") && idx.start(n) > a.token(idx.firstToken(n)).start();
                if (attached || link != null && link[1].equals("LOCATED_IN") && !between.isEmpty())
                    out.add(new Facts.RelationDraft("LOCATED_IN", idx.entity(m), idx.entity(n), null, null, null, sentence, -1, 0.55));
            }
            if (tm == EntityType.LOCATION && tn == EntityType.LOCATION) {
                String[] link = orgLinks.get(between);
                if (link != null && link[1].equals("LOCATED_IN") && !between.isEmpty())
                    out.add(new Facts.RelationDraft("LOCATED_IN", idx.entity(m), idx.entity(n), null, null, null, sentence, -1, 0.7));
                else if (between.isEmpty() && a.token(idx.firstToken(n)).form().startsWith("ب"))
                    out.add(new Facts.RelationDraft("LOCATED_IN", idx.entity(m), idx.entity(n), null, null, null, sentence, -1, 0.7));
            }
            if (tn == EntityType.PERSON && tm == EntityType.ORGANIZATION) roleBefore(a, idx, m, n, out);
        }
        for (int m = 0; m < idx.size(); m++) {
            if (idx.type(m) == EntityType.PERSON) {
                orgAdjectiveBefore(a, idx, m, out);
                possessiveRole(a, idx, m, out);
                ledByPronoun(a, idx, m, out);
            }
        }
        return out;
    }

    /** "مدير مؤسسة أشهاد أبو زيد", "المتحدث باسم الوزارة X": role, organization, then the person. */
    private void roleBefore(Analysis a, MentionIndex idx, int org, int person, List<Facts.RelationDraft> out) {
        String gap = idx.between(idx.end(org), idx.start(person));
        if (gap.length() > 12) return; // only an adjective or punctuation between
        if (!gap.isEmpty() && !gap.equals("،") && !isAdjectives(a, idx.lastToken(org), idx.firstToken(person))) return;
        int first = idx.firstToken(org);
        int from = Math.max(a.sentenceOf(first).firstToken(), first - 4);
        if (from >= first) return;
        int prev = idx.atToken(first - 1);
        if (prev >= 0 && prev != idx.atToken(first)) return;
        String before = idx.before(a.token(from).start(), org);
        String[] role = roles.suffixOf(before);
        if (role == null || role[1].equals("DEPUTY_OF")) return;
        out.add(new Facts.RelationDraft(role[1], idx.entity(person), idx.entity(org), role[0], null, null, idx.sentence(person), -1, 0.7));
    }

    private boolean isAdjectives(Analysis a, int from, int to) {
        for (int t = from; t < to; t++) {
            Token tok = a.token(t);
            if (tok.isQuote() || tok.is('،')) continue;
            if (!tok.isWord() || !tok.form().startsWith("ال")) return false;
        }
        return true;
    }

    /** "القيادي الداعشي X": a role word and an adjective made from an organization's name. */
    private void orgAdjectiveBefore(Analysis a, MentionIndex idx, int person, List<Facts.RelationDraft> out) {
        int first = idx.firstToken(person);
        int sentenceStart = a.sentenceOf(first).firstToken();
        int t = first - 1;
        while (t >= sentenceStart && a.token(t).isQuote()) t--;
        for (int steps = 0; steps < 3 && t > sentenceStart; steps++, t--) {
            Token adj = a.token(t);
            if (!adj.isWord() || !adj.form().startsWith("ال")) return;
            int org = organizationOfAdjective(idx, adj.form());
            if (org < 0) continue;
            Token roleTok = a.token(t - 1);
            String[] role = roles.get(roleTok.form());
            if (role == null) return;
            String type = role[1].equals("DEPUTY_OF") ? "MEMBER_OF" : role[1];
            out.add(new Facts.RelationDraft(type, idx.entity(person), org, role[0], null, null, idx.sentence(person), -1, 0.65));
            return;
        }
    }

    /** الداعشي → the entity named داعش. */
    private int organizationOfAdjective(MentionIndex idx, String form) {
        if (!form.startsWith("ال") || form.length() < 5) return -1;
        String stem = form.endsWith("يه") ? form.substring(2, form.length() - 2) : form.endsWith("ي") ? form.substring(2, form.length() - 1) : null;
        if (stem == null) return -1;
        int e = idx.entityNamed(stem);
        if (e >= 0 && idx.entities.entities().get(e).type() == EntityType.ORGANIZATION) return e;
        return -1;
    }

    /**
     * "مقتل زعيمه أبي حفص", "مدربه حسام", "مهاجمه الدولي محمود شريف", "نائبه X": a role noun
     * with a possessive pronoun before a person relates the person to what the pronoun points to:
     * the latest organization named before, or for a deputy the latest person.
     */
    private void possessiveRole(Analysis a, MentionIndex idx, int person, List<Facts.RelationDraft> out) {
        int first = idx.firstToken(person);
        int sentenceStart = a.sentenceOf(first).firstToken();
        int t = first - 1;
        // skip quotes and adjectives between the role and the name ("مهاجمه الدولي محمود شريف")
        while (t > sentenceStart && (a.token(t).isQuote() || a.token(t).isWord() && a.token(t).form().startsWith("ال") && idx.atToken(t) < 0 && isAdjectiveToken(a.token(t)))) t--;
        if (t < sentenceStart || !a.token(t).isWord() || idx.atToken(t) >= 0) return;
        String[] role = null;
        String word = a.token(t).form();
        for (String stem : clitics.encliticReadings(word.startsWith("و") || word.startsWith("ف") ? word.substring(1) : word)) {
            role = roles.get(stem);
            if (role == null && stem.endsWith("ت")) role = roles.get(stem.substring(0, stem.length() - 1) + "ه"); // مديرته → مديرة
            if (role != null) break;
        }
        if (role == null) return;
        // "نائبه X": a deputy's pronoun points to a person; a leader's or member's to an organization
        EntityType antecedent = role[1].equals("DEPUTY_OF") ? EntityType.PERSON : EntityType.ORGANIZATION;
        for (int m = idx.atToken(first) - 1; m >= 0; m--) {
            if (idx.sentence(m) < idx.sentence(person) - 1) return;
            if (idx.type(m) == antecedent && idx.entity(m) != idx.entity(person)) {
                out.add(new Facts.RelationDraft(role[1], idx.entity(person), idx.entity(m), role[0], null, null, idx.sentence(person), -1, 0.6));
                return;
            }
        }
    }

    /**
     * "حزب صوت الشباب، الذي يقوده الناشط فاروق حمداوي", "ويتزعمها منذ ذلك الحين X": a verb of
     * leading with an object pronoun, then a person: he leads the organization named before.
     */
    private void ledByPronoun(Analysis a, MentionIndex idx, int person, List<Facts.RelationDraft> out) {
        int first = idx.firstToken(person);
        int sentenceStart = a.sentenceOf(first).firstToken();
        int verb = -1;
        for (int t = first - 1; t >= Math.max(sentenceStart, first - 5); t--) {
            if (idx.atToken(t) >= 0 || a.token(t).is('.')) break;
            if (a.token(t).isWord() && leadVerbs.contains(a.token(t).form())) { verb = t; break; }
        }
        if (verb < 0) return;
        for (int m = idx.atToken(first) - 1; m >= 0; m--) {
            if (idx.sentence(m) < idx.sentence(person) - 1) return;
            if (idx.firstToken(m) > verb) continue;
            if (idx.type(m) == EntityType.ORGANIZATION) {
                out.add(new Facts.RelationDraft("LEADER_OF", idx.entity(person), idx.entity(m), null, null, null, idx.sentence(person), -1, 0.6));
                return;
            }
        }
    }

    private boolean isAdjectiveToken(Token t) {
        String f = t.form();
        return f.endsWith("ي") || f.endsWith("يه") || lex.isCommonWord(f);
    }

    private boolean isGenericHead(String squashedRest) {
        if (squashedRest.isEmpty()) return false;
        return lex.orgHead(squashedRest) != null || lex.orgHead(squashedRest.startsWith("ال") ? squashedRest.substring(2) : squashedRest) != null;
    }

    private static boolean endsWithPlacePreposition(String squashed) {
        return squashed.endsWith("داخل") || squashed.endsWith("في") || squashed.endsWith("لدي") || squashed.endsWith("ضمن");
    }

    /** The words between two names without the punctuation that closes the first: "(…)، مسؤول" → "مسؤول". */
    private static String stripComma(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '،' || s.charAt(i) == ',' || s.charAt(i) == ')')) i++;
        return s.substring(i);
    }
}
