package org.isnad.core.recognize;

import org.isnad.core.model.EntityType;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.Sentence;
import org.isnad.core.segment.Token;
import org.isnad.core.segment.TokenKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds person, organization and place names with rules over tokens and the lexicons:
 * gazetteers, organization head nouns (and the lists they open), kunyas, given names, titles,
 * place cues, quoted names. Each rule proposes candidates with a score; overlaps are settled by
 * score, then length. Thread-safe: all state is in the arguments.
 */
public final class NameRecognizer {
    private final Lexicons lex;

    public NameRecognizer(Lexicons lexicons) { this.lex = lexicons; }

    public Lexicons lexicons() { return lex; }

    public List<Candidate> recognize(Analysis a) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int[] closeQuote = pairQuotes(a, s);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = a.token(i);
                if (t.isQuote() && closeQuote[i - s.firstToken()] > i) quoted(a, s, i, closeQuote[i - s.firstToken()], found);
                if (!t.isWord()) continue;
                known(a, s, i, found);
                orgHead(a, s, i, closeQuote, found);
                kunya(a, s, i, found);
                givenName(a, s, i, found);
                personCue(a, s, i, found);
                locationCue(a, s, i, found);
            }
        }
        return settle(found);
    }

    // ---------------------------------------------------------------- quotes

    /** For each token of the sentence that opens a quote, the index of its closing quote (else -1). */
    private static int[] pairQuotes(Analysis a, Sentence s) {
        int[] close = new int[s.endToken() - s.firstToken()];
        java.util.Arrays.fill(close, -1);
        int open = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!a.token(i).isQuote()) continue;
            if (open < 0) open = i;
            else { close[open - s.firstToken()] = i; open = -1; }
        }
        return close;
    }

    /** A short quoted run of words: a name whose type the words inside or the words before tell. */
    private void quoted(Analysis a, Sentence s, int open, int close, List<Candidate> out) {
        int first = open + 1;
        int last = close;
        int n = last - first;
        if (n < 1 || n > 7) return;
        for (int k = first; k < last; k++) {
            Token t = a.token(k);
            if (!t.isWord() && t.kind() != TokenKind.NUMBER && t.kind() != TokenKind.LATIN) return;
        }
        EntityType type = null;
        String kind = null;
        int headTokens = 0;
        Token inner = a.token(first);
        String innerWord = bare(inner);
        Lexicons.OrgHead innerHead = lex.orgHeads.get(innerWord);
        if (lex.kunyaWords.containsKey(innerWord) && n >= 2) type = EntityType.PERSON;
        else if (innerHead != null && innerHead.number() == 1 && n >= 2) {
            type = EntityType.ORGANIZATION; kind = innerHead.kind(); headTokens = innerHead.strip() ? 1 : 0;
        } else if (lex.isGivenName(innerWord) && n >= 2) type = EntityType.PERSON;
        // the words before the opening quote: a head noun, a title, or a clitic-only token (بـ"…")
        int before = open - 1;
        if (before >= s.firstToken() && a.token(before).isWord()) {
            String w = bare(a.token(before));
            Lexicons.OrgHead head = lex.orgHeads.get(w);
            Lexicons.PersonCue cue = lex.personCues.get(w);
            if (type == null && head != null && head.number() == 1) {
                // head outside the quotes: the name is the quoted words; "مؤسسة" + name also names it
                out.add(new Candidate(before, last, a.token(before).start(), a.token(last - 1).end(),
                        EntityType.ORGANIZATION, head.kind(), 0.92, "head+quote", false, 1));
                return;
            }
            if (type == null && (cue != null || skipAdjectivesBack(a, s, before) >= 0)) type = EntityType.PERSON;
        }
        if (type == null) return;
        out.add(new Candidate(first, last, inner.start(), a.token(last - 1).end(), type, kind, 0.9, "quote", false, headTokens));
    }

    /** Walks back over adjectives before a quote to a person cue; its index or -1. */
    private int skipAdjectivesBack(Analysis a, Sentence s, int i) {
        int k = i;
        for (int steps = 0; steps < 3 && k >= s.firstToken(); steps++, k--) {
            Token t = a.token(k);
            if (!t.isWord()) return -1;
            if (lex.personCues.containsKey(bare(t))) return k;
            if (!isAdjective(t.form())) return -1;
        }
        return -1;
    }

    // ---------------------------------------------------------------- gazetteers

    private void known(Analysis a, Sentence s, int i, List<Candidate> out) {
        Token t = a.token(i);
        tryKnown(a, s, i, t.form(), t.start(), false, out);
        for (Token.Stem stem : t.stems()) tryKnown(a, s, i, stem.text(), stem.offset(), stem.restored(), out);
        // a plural name in the oblique case (الحوثيين) is listed in the nominative (الحوثيون)
        if (t.form().endsWith("يين") && t.form().length() > 5) {
            tryKnown(a, s, i, nominative(t.form()), t.start(), false, out);
            for (Token.Stem stem : t.stems()) if (stem.text().endsWith("يين")) tryKnown(a, s, i, nominative(stem.text()), stem.offset(), stem.restored(), out);
        }
    }

    private static String nominative(String oblique) { return oblique.substring(0, oblique.length() - 3) + "يون"; }

    private void tryKnown(Analysis a, Sentence s, int i, String firstWord, int start, boolean restored, List<Candidate> out) {
        Object node = lex.known.start(firstWord);
        if (node == null) return;
        KnownName best = lex.known.valueAt(node);
        int bestEnd = best == null ? -1 : i + 1;
        for (int k = i + 1; k < s.endToken() && k < i + 8; k++) {
            Token t = a.token(k);
            if (!t.isWord() && t.kind() != TokenKind.LATIN) break;
            node = lex.known.step(node, t.form());
            if (node == null) break;
            KnownName v = lex.known.valueAt(node);
            if (v != null) { best = v; bestEnd = k + 1; }
        }
        if (best == null) return;
        double score = 0.8 + 0.02 * (bestEnd - i);
        // a one-word place that is also an everyday word (كوادر، الداخلية) needs a cue before it
        boolean oneCommonWord = bestEnd == i + 1 && (lex.isCommonWord(firstWord) || lex.locationCues.containsKey(firstWord)
                || lex.orgHeads.containsKey(firstWord) || lex.personCues.containsKey(firstWord));
        // a heading word that the gazetteer also lists as a one-word name (نادي، القناة) is the word, not the name
        if (bestEnd == i + 1 && best.type() != EntityType.LOCATION && (lex.locationCues.containsKey(firstWord)
                || lex.orgHeads.containsKey(firstWord) || lex.personCues.containsKey(firstWord))) return;
        if (best.ambiguous() && (best.type() != EntityType.LOCATION || !placeContext(a, s, i, false))) return;
        // a country whose name is also an adjective (السعودية): a name unless it follows a definite noun it would qualify
        boolean countryName = best.type() == EntityType.LOCATION && "country".equals(best.kind()) && !lex.locationCues.containsKey(firstWord)
                && (i == s.firstToken() || !a.token(i - 1).isWord() || !a.token(i - 1).form().startsWith("ال") || placeContext(a, s, i, false));
        if (best.type() == EntityType.LOCATION && oneCommonWord && !countryName && (!placeContext(a, s, i, true) || lex.locationCues.containsKey(firstWord))) return;
        out.add(new Candidate(i, bestEnd, start, a.token(bestEnd - 1).end(), best.type(), best.kind(), score, "gazetteer", restored, 0));
    }

    /** Whether the word before looks like it introduces a place (في، إلى، من، a place cue). */
    private boolean placeContext(Analysis a, Sentence s, int i, boolean strict) {
        if (i <= s.firstToken()) return false;
        Token p = a.token(i - 1);
        if (!p.isWord()) return false;
        String w = bare(p);
        if (lex.locationCues.containsKey(w)) return true;
        return !strict && (w.equals("في") || w.equals("الي") || w.equals("من"));
    }

    // ---------------------------------------------------------------- organizations

    private void orgHead(Analysis a, Sentence s, int i, int[] closeQuote, List<Candidate> out) {
        Token t = a.token(i);
        String word = null;
        int start = t.start();
        boolean definite = false;
        boolean restored = false;
        Lexicons.OrgHead head = lex.orgHeads.get(t.form());
        if (head != null) word = t.form();
        else {
            for (Token.Stem stem : t.stems()) {
                Lexicons.OrgHead h = lex.orgHeads.get(stem.text());
                if (h != null) { head = h; word = stem.text(); start = stem.offset(); break; }
                if (stem.text().startsWith("ال") && (h = lex.orgHeads.get(stem.text().substring(2))) != null) {
                    head = h; word = stem.text(); start = stem.offset(); definite = true; restored = stem.restored(); break;
                }
            }
            if (head == null && t.form().startsWith("ال") && (head = lex.orgHeads.get(t.form().substring(2))) != null) {
                word = t.form(); definite = true;
            }
        }
        if (head == null) return;
        if (head.number() > 1) {
            // "مؤسسات X، وY" opens a list; "المؤسسات الإعلامية" only describes
            if (!definite) orgList(a, s, i, head, out);
            return;
        }
        int j = i + 1;
        if (j >= s.endToken()) return;
        if (a.token(j).isQuote()) return; // handled by the quote rule
        int end = nameRun(a, s, j, 5, definite, false, head.kind());
        if (end <= j) return;
        // a head noun and a name outrank a gazetteer reading of the name alone (مؤسسة الرباط is not the city)
        double score = definite ? 0.6 : 0.84;
        out.add(new Candidate(i, end, start, a.token(end - 1).end(), EntityType.ORGANIZATION, head.kind(), score,
                "head", restored, head.strip() && !definite ? 1 : 0));
    }

    /** A dual or plural head opens a list: "مؤسسات X، وY، ومؤسسة Z". Each member is an organization. */
    private void orgList(Analysis a, Sentence s, int i, Lexicons.OrgHead head, List<Candidate> out) {
        int k = i + 1;
        boolean inQuote = false;
        while (k < s.endToken() && (a.token(k).is(':') || a.token(k).isQuote())) { if (a.token(k).isQuote()) inQuote = true; k++; }
        for (int member = 0; member < 30 && k < s.endToken(); member++) {
            Token t = a.token(k);
            if (t.isQuote()) { k++; continue; }
            if (!t.isWord()) break;
            int start = t.start();
            // the conjunction و opens every member after the first
            if (member > 0) {
                if (!t.form().startsWith("و")) break;
                start = t.start() + 1;
            }
            if (lex.orgHeads.containsKey(bare(t)) && lex.orgHeads.get(bare(t)).number() == 1) {
                // a member with its own head (ولواء الاقتحامات in a list of مؤسسات) is of the list's kind
                int end = nameRun(a, s, k + 1, 5, false);
                if (end <= k + 1) break;
                out.add(new Candidate(k, end, start, a.token(end - 1).end(), EntityType.ORGANIZATION, head.kind(), 0.86,
                        "head-list", false, lex.orgHeads.get(bare(t)).strip() ? 1 : 0));
                k = end;
            } else {
                int end = nameRun(a, s, k, 4, false, member > 0);
                if (end <= k) break;
                out.add(new Candidate(k, end, start, a.token(end - 1).end(), EntityType.ORGANIZATION, head.kind(), 0.7,
                        "head-list", false, 0));
                k = end;
            }
            while (k < s.endToken() && (a.token(k).isQuote())) k++;
            if (k < s.endToken() && (a.token(k).is('،') || a.token(k).is(','))) { k++; continue; }
            if (k < s.endToken() && a.token(k).isWord() && a.token(k).form().startsWith("و")) continue;
            break;
        }
    }

    private int nameRun(Analysis a, Sentence s, int j, int max, boolean definiteHead) {
        return nameRun(a, s, j, max, definiteHead, false, null);
    }

    private int nameRun(Analysis a, Sentence s, int j, int max, boolean definiteHead, boolean firstHasConjunction) {
        return nameRun(a, s, j, max, definiteHead, firstHasConjunction, null);
    }

    /**
     * End (exclusive) of the name words that follow a head. The first word may be anything but a
     * function word; later words continue the name while they are definite nouns or adjectives
     * (الإعلام المركزي), "لل" genitives (للأمن), or words outside everyday vocabulary (foreign and
     * family names); they stop at function words, everyday indefinite words, descriptors
     * (الإرهابي) and punctuation.
     */
    private int nameRun(Analysis a, Sentence s, int j, int max, boolean definiteHead, boolean firstHasConjunction, String headKind) {
        int k = j;
        int count = 0;
        boolean conjunctUsed = false;
        while (k < s.endToken() && count < max) {
            Token t = a.token(k);
            if (!t.isWord()) break;
            String f = count == 0 && firstHasConjunction ? t.form().substring(1) : t.form();
            if (f.length() < 2 || lex.isStopword(f)) break;
            if (count == 0) {
                if (definiteHead && !f.startsWith("ال")) break;
                // "المجلس الأعلى", "الحرس الوطني", "الهيئة الوطنية للانتخابات": an adjective continues a definite head;
                // a definite noun does not ("تحذر المؤسسة الأنصار": the object of the verb)
                if (definiteHead && !(f.endsWith("ي") || f.endsWith("يه") || lex.definiteHeadModifiers.contains(f))) break;
                if (lex.personCues.containsKey(f) || lex.kunyaWords.containsKey(f) || lex.genericAfterHead.contains(f)) break;
                // "حكومة عبد ربه منصور هادي": a person's name after the head is a genitive, not the organization's name
                if (!definiteHead && "government".equals(headKind) && (f.equals("عبد") || lex.isGivenName(f))) break;
                // "بنك سعودي", "منظمة حقوقية": an indefinite adjective describes the organization
                if (!f.startsWith("ال") && (lex.adjectives.contains(f) || lex.adjectives.contains("ال" + f) || lex.adjectivesAlsoNames.contains("ال" + f))) break;
            } else if (lex.isGivenName(f) && !lex.isCommonWord(f) && a.token(k - 1).form().startsWith("ال")) {
                break; // "وزارة الدفاع محسن فخري زادة": a person's name begins after the organization's
            } else if (!continuesName(f)) {
                // "جامعة العلوم والتكنولوجيا": one definite conjunct inside a name
                if (f.startsWith("وال") && a.token(k - 1).form().startsWith("ال") && !conjunctUsed && !lex.isStopword(f.substring(1))) conjunctUsed = true;
                else break;
            }
            k++;
            count++;
        }
        // drop descriptors and a nationality adjective after a foreign name at the end
        while (k - 1 > j) {
            String last = a.token(k - 1).form();
            String prev = a.token(k - 2).form();
            if (lex.trailingDescriptors.contains(last) || (isAdjective(last) && !prev.startsWith("ال") && !prev.startsWith("لل"))) k--;
            else break;
        }
        if (k - 1 == j && lex.trailingDescriptors.contains(a.token(j).form())) return j;
        // one everyday indefinite word that the sentence goes on after ("شركة مدرجة في") is a description, not a name
        if (k - 1 == j && !definiteHead) {
            String only = firstHasConjunction ? a.token(j).form().substring(1) : a.token(j).form();
            boolean endsPhrase = k >= s.endToken() || !a.token(k).isWord();
            if (!only.startsWith("ال") && lex.isCommonWord(only) && !endsPhrase) return j;
        }
        return k;
    }

    private boolean continuesName(String f) {
        if (lex.isStopword(f)) return false;
        if (f.startsWith("لل")) return true;
        if (f.startsWith("ال")) return !isOrgAdjective(f);
        if (!lex.hasCommonWords()) return false;
        return !lex.isCommonWord(f) && !startsWithCliticOfCommonWord(f);
    }

    /** مبعوثا، رئيسا: an everyday word with the accusative alef is a predicate, not a name part. */
    private boolean accusativeOfCommonWord(String f) {
        return f.length() > 3 && f.endsWith("ا") && lex.isCommonWord(f.substring(0, f.length() - 1));
    }

    /** بإدارته, وقال: a clitic on an everyday word ends a name. */
    private boolean startsWithCliticOfCommonWord(String f) {
        char c = f.charAt(0);
        if (c != 'و' && c != 'ف' && c != 'ب' && c != 'ل' && c != 'ك') return false;
        String rest = f.substring(1);
        return lex.isStopword(rest) || lex.isCommonWord(rest);
    }

    /** الداعشي, الحوثية: an adjective made from an organization's name, which describes rather than names. */
    private boolean isOrgAdjective(String f) {
        if (!f.startsWith("ال") || !(f.endsWith("ي") || f.endsWith("يه"))) return false;
        String stem = f.substring(2, f.length() - (f.endsWith("يه") ? 2 : 1));
        KnownName k = lex.known.get(stem);
        return k != null && k.type() == EntityType.ORGANIZATION;
    }

    /** A nisba-shaped word that the lexicon lists as an ordinary adjective (الإسلامي، السوري). */
    private boolean isAdjective(String f) {
        return lex.adjectives.contains(f) || isOrgAdjective(f);
    }

    // ---------------------------------------------------------------- persons

    private void kunya(Analysis a, Sentence s, int i, List<Candidate> out) {
        Token t = a.token(i);
        int start = t.start();
        String w = t.form();
        if (!lex.kunyaWords.containsKey(w)) {
            start = -1;
            for (Token.Stem stem : t.stems()) if (lex.kunyaWords.containsKey(stem.text())) { start = stem.offset(); break; }
            if (start < 0) return;
        }
        int j = i + 1;
        // any word follows a kunya (أبو علي: folded علي is also the preposition على), but not a clause word (أبو ما)
        if (j >= s.endToken() || !a.token(j).isWord() || lex.isStopword(a.token(j).form()) && !lex.isGivenName(a.token(j).form())) return;
        int k = j + 1;
        if (a.token(j).form().equals("عبد") && k < s.endToken() && a.token(k).isWord()) k++;
        int nisbas = 0;
        while (k < s.endToken() && nisbas < 3) {
            Token n = a.token(k);
            if (!n.isWord() || !isKunyaNisba(n.form())) break;
            k++;
            nisbas++;
        }
        out.add(new Candidate(i, k, start, a.token(k - 1).end(), EntityType.PERSON, null, 0.85 + 0.01 * nisbas, "kunya", false, 0));
    }

    /**
     * After a kunya a nationality or place nisba is part of the nom de guerre (أبو مصعب العراقي);
     * only descriptors (الإرهابي) and adjectives of organizations (الداعشي) stop it.
     */
    private boolean isKunyaNisba(String f) {
        if (isNisbaLike(f)) return true;
        return f.startsWith("ال") && f.endsWith("ي") && f.length() >= 5 && (lex.adjectives.contains(f) || lex.adjectivesAlsoNames.contains(f))
                && !lex.trailingDescriptors.contains(f) && !isOrgAdjective(f) && !lex.isStopword(f);
    }

    /** A word that can continue a person's name: البغدادي, القرشي, العليان; not السوري, not الداعشي. */
    private boolean isNisbaLike(String f) {
        if (!f.startsWith("ال") || f.length() < 4) return false;
        if (lex.adjectivesAlsoNames.contains(f)) return true;
        if (lex.isStopword(f) || lex.trailingDescriptors.contains(f) || isAdjective(f)) return false;
        if (lex.personCues.containsKey(f) || lex.orgHeads.containsKey(f.substring(2))) return false;
        if (f.endsWith("ي")) return true;
        return lex.hasCommonWords() && !lex.isCommonWord(f);
    }

    private void givenName(Analysis a, Sentence s, int i, List<Candidate> out) {
        Token t = a.token(i);
        int start = t.start();
        String w = t.form();
        boolean abd = w.equals("عبد");
        if (!lex.isGivenName(w) && !abd) {
            start = -1;
            for (Token.Stem stem : t.stems()) {
                if (lex.isGivenName(stem.text()) || stem.text().equals("عبد")) { start = stem.offset(); abd = stem.text().equals("عبد"); break; }
            }
            if (start < 0) return;
        }
        // a given name that folds onto a function word (علي / على) needs a second part that is surely a name,
        // and the text must not write the function word itself (على with alef maqsura)
        if (!abd && lex.isStopword(w) && (!strongSecondPart(a, i + 1, Math.min(s.endToken(), i + 2)) || writtenWithAlefMaqsura(a, t))) return;
        int k = i + 1;
        if (abd) {
            if (k >= s.endToken() || !a.token(k).isWord()) return;
            k++;
        }
        int parts = abd ? 2 : 1;
        while (k < s.endToken() && parts < 6) {
            Token n = a.token(k);
            if (!n.isWord()) break;
            String f = n.form();
            if (lex.connectors.contains(f) && k + 1 < s.endToken() && a.token(k + 1).isWord()) { k += 2; parts += 2; continue; }
            if (lex.isStopword(f)) break;
            if (lex.compoundParts.contains(f) || lex.isGivenName(f) || isNisbaLike(f) || (lex.hasCommonWords() && !f.startsWith("ال") && !lex.isCommonWord(f) && !startsWithCliticOfCommonWord(f))) {
                k++; parts++; continue;
            }
            break;
        }
        boolean cued = i > s.firstToken() && cueBefore(a, s, i);
        if (parts < 2 && (!cued || lex.isCommonWord(w))) return;
        // a given name that is also an everyday word (باسم "in the name of", أمل "hope") needs a second name part that is a name
        // a given name that is also an everyday word (باسم "in the name of") needs a second part that is surely a name;
        // a less frequent one (وليد) may go with a family name outside the lexicons (حجازي)
        String given = lex.isGivenName(w) ? w : stemGiven(t);
        if (!cued && !abd && lex.isCommonWord(given) && !strongSecondPart(a, i + 1, k)
                && (lex.frequency(given) > 1000 || !rareSecondPart(a, i + 1, k))) return;
        if (cued && parts == 1 && lex.isCommonWord(w)) return;
        out.add(new Candidate(i, k, start, a.token(k - 1).end(), EntityType.PERSON, null, 0.7 + 0.03 * Math.min(parts, 4) + (cued ? 0.05 : 0), "given-name", false, 0));
    }

    private static boolean writtenWithAlefMaqsura(Analysis a, Token t) {
        String original = a.normalized().originalSlice(t.start(), t.end());
        return !original.isEmpty() && original.charAt(original.length() - 1) == '\u0649';
    }

    private String stemGiven(Token t) {
        for (Token.Stem st : t.stems()) if (lex.isGivenName(st.text())) return st.text();
        return t.form();
    }

    /** The words after a given name include another given name, a connector (بن) or a nisba. */
    private boolean strongSecondPart(Analysis a, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = a.token(k).form();
            if (lex.isGivenName(f) || lex.connectors.contains(f) || f.startsWith("ال") && f.endsWith("ي") && !isAdjective(f)) return true;
            if (f.startsWith("ال") && !lex.isCommonWord(f) && !isAdjective(f)) return true;
        }
        return false;
    }

    private boolean rareSecondPart(Analysis a, int from, int to) {
        return from < to && !lex.isCommonWord(a.token(from).form()) && a.token(from).form().length() >= 3;
    }

    private boolean cueBefore(Analysis a, Sentence s, int i) {
        int k = i - 1;
        for (int steps = 0; steps < 3 && k >= s.firstToken(); steps++, k--) {
            Token t = a.token(k);
            if (!t.isWord()) return false;
            if (lex.personCues.containsKey(bare(t))) return true;
            if (!t.form().startsWith("ال")) return false;
        }
        return false;
    }

    /** "المدرب المخضرم يوب هاينكس": a title, optional adjectives, then words outside everyday vocabulary. */
    private void personCue(Analysis a, Sentence s, int i, List<Candidate> out) {
        Token t = a.token(i);
        Lexicons.PersonCue cue = lex.personCues.get(bare(t));
        if (cue == null && isNationality(t)) cue = NATIONALITY_CUE;
        if (cue == null) return;
        int j = i + 1;
        while (j < s.endToken() && j < i + 4 && a.token(j).isWord() && a.token(j).form().startsWith("ال") && lex.isCommonWord(a.token(j).form())) j++;
        if (j >= s.endToken() || !a.token(j).isWord()) return;
        Token first = a.token(j);
        if (cue.inName() && (lex.isGivenName(first.form()) || first.form().equals("عبد"))) {
            // the title belongs to the name (حجي عبد الله قرداش): extend the given-name run back over it
            List<Candidate> tmp = new ArrayList<>();
            givenName(a, s, j, tmp);
            int end = j + 1;
            for (Candidate c : tmp) end = Math.max(end, c.last());
            out.add(new Candidate(i, end, t.start(), a.token(end - 1).end(), EntityType.PERSON, null, 0.9, "title+name", false, 0));
            return;
        }
        if (cue.strength() < 2 || !lex.hasCommonWords()) return;
        // a feminine or plural word (مناصرة) after the cue is a noun, not a name
        if (cue == NATIONALITY_CUE && first.form().endsWith("ه") && !lex.isGivenName(first.form())) return;
        int k = j;
        while (k < s.endToken() && k < j + 3) {
            Token n = a.token(k);
            if (!n.isWord() || n.form().startsWith("ال") && k == j) break;
            String f = n.form();
            if (lex.isStopword(f) || lex.isCommonWord(f) || startsWithCliticOfCommonWord(f)) break;
            k++;
        }
        if (k == j) return;
        out.add(new Candidate(j, k, first.start(), a.token(k - 1).end(), EntityType.PERSON, null, 0.72, "title", false, 0));
    }

    private static final Lexicons.PersonCue NATIONALITY_CUE = new Lexicons.PersonCue(2, false);

    /** "الصربي", "للبرتغالي": a definite nationality adjective, which often stands before a foreign name. */
    private boolean isNationality(Token t) {
        String f = t.form();
        // masculine singular only (الصربي): feminine and plural forms (الداعشية، السوريون) describe nouns and crowds
        if (f.startsWith("ال") && f.endsWith("ي") && lex.nationalities.contains(f) && !isOrgAdjective(f)) return true;
        for (Token.Stem st : t.stems())
            if (st.text().startsWith("ال") && st.text().endsWith("ي") && lex.nationalities.contains(st.text()) && !isOrgAdjective(st.text())) return true;
        return false;
    }

    // ---------------------------------------------------------------- places

    private void locationCue(Analysis a, Sentence s, int i, List<Candidate> out) {
        Token t = a.token(i);
        String w = bare(t);
        String kind = lex.locationCues.get(w);
        if (kind == null) return;
        int j = i + 1;
        if (j >= s.endToken() || !a.token(j).isWord()) return;
        boolean inName = lex.locationCuesInName.contains(w);
        // a known place right after the cue: the gazetteer rule finds it; give the cue's reading a chance
        List<Candidate> tmp = new ArrayList<>();
        known(a, s, j, tmp);
        for (Candidate c : tmp) {
            if (c.type() == EntityType.LOCATION) {
                out.add(new Candidate(inName ? i : j, c.last(), inName ? stemStart(t) : c.start(), c.end(), EntityType.LOCATION,
                        c.kind() != null ? c.kind() : kind, 0.86, "cue+gazetteer", false, 0));
                return;
            }
        }
        if (!lex.hasCommonWords()) return;
        int k = j;
        while (k < s.endToken() && k < j + 3) {
            Token n = a.token(k);
            if (!n.isWord()) break;
            String f = n.form();
            if (lex.isStopword(f) || isAdjective(f)) break;
            if (lex.isCommonWord(f) && !(k > j && f.startsWith("ال") && !lex.isCommonWord(a.token(k - 1).form()))) break;
            k++;
        }
        if (k == j) return;
        out.add(new Candidate(inName ? i : j, k, inName ? stemStart(t) : a.token(j).start(), a.token(k - 1).end(),
                EntityType.LOCATION, kind, 0.66, "place-cue", false, 0));
    }

    // ---------------------------------------------------------------- helpers

    /** The word without a one-letter conjunction or preposition when the bare form is what the lexicons know. */
    private String bare(Token t) {
        String f = t.form();
        if (lex.orgHeads.containsKey(f) || lex.personCues.containsKey(f) || lex.kunyaWords.containsKey(f)
                || lex.locationCues.containsKey(f) || lex.isStopword(f)) return f;
        for (Token.Stem st : t.stems()) {
            String x = st.text();
            if (lex.orgHeads.containsKey(x) || lex.personCues.containsKey(x) || lex.kunyaWords.containsKey(x) || lex.locationCues.containsKey(x))
                return x;
        }
        return f;
    }

    private int stemStart(Token t) {
        String f = t.form();
        if (lex.locationCues.containsKey(f)) return t.start();
        for (Token.Stem st : t.stems()) if (lex.locationCues.containsKey(st.text())) return st.offset();
        return t.start();
    }

    /** Highest score first, longer first on ties; keep what does not overlap an accepted name. */
    private static List<Candidate> settle(List<Candidate> found) {
        found.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            boolean clash = false;
            for (int i = 0; i < kept.size() && !clash; i++) {
                Candidate k = kept.get(i);
                if (!k.overlaps(c)) continue;
                clash = true;
                // the same name read longer by a slightly less sure rule (عبد ربه منصور هادي over منصور هادي) wins
                if (c.type() == k.type() && c.start() <= k.start() && c.end() >= k.end() && c.end() - c.start() > k.end() - k.start()
                        && c.score() >= k.score() - 0.05 && kept.stream().filter(o -> o != k).noneMatch(o -> o.overlaps(c))) {
                    kept.set(i, c);
                }
            }
            if (!clash) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }
}
