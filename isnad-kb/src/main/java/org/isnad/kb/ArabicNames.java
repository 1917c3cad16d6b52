package org.isnad.kb;

import org.isnad.kb.NameForm.Part;
import org.isnad.kb.NameWords.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads an Arabic name into parts after folding: a kunya with its name is one part (أبو بكر,
 * أبوبكر), عبد with the next word is one given name (عبد الرحمن = عبدالرحمن), a word with the
 * second part of a compound is one (نور الدين), nasab connectors (بن، ابن، ولد) and leading titles
 * are dropped, and the article is taken off each part (البغدادي and بغدادي are one key). Stateless.
 */
final class ArabicNames {
    private ArabicNames() {}

    /**
     * @param known when not null, a word it does not know is tried without a proclitic (لداعش, وأبو):
     *              names written as the article writes them, with the preposition joined
     */
    static NameForm parse(String text, NameWords words, Predicate<String> known) {
        List<String> tokens = tokens(NameWords.fold(text));
        int start = 0;
        while (start < tokens.size() - 1 && words.arabic.get(tokens.get(start)) == Role.TITLE) start++;
        List<Part> parts = new ArrayList<>();
        boolean afterConnector = false;
        int i = start;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (known != null) t = withoutProclitic(t, words, known);
            Role role = words.arabic.get(t);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (role == Role.STOP || role == Role.CONNECTOR || (role == Role.TITLE && i == start && next != null)) {
                afterConnector = role == Role.CONNECTOR;
                i++;
                continue;
            }
            if (role == Role.KUNYA && next != null) {
                int used = 2;
                String name = next;
                if (words.arabic.get(next) == Role.SERVANT && i + 2 < tokens.size()) {
                    name = next + tokens.get(i + 2);
                    used = 3;
                }
                parts.add(kunya(t, name, words));
                afterConnector = false;
                i += used;
                continue;
            }
            String joined = words.arabicJoinedKunya;
            if (role == null && t.startsWith(joined) && t.length() >= joined.length() + 3) { // أبوبكر written joined
                parts.add(kunya(joined, t.substring(joined.length()), words));
                i++;
                continue;
            }
            if (role == Role.SERVANT && next != null) {
                parts.add(Part.arabic(t + next, false, afterConnector, false, false));
                afterConnector = false;
                i += 2;
                continue;
            }
            if (next != null && words.arabic.get(next) == Role.COMPOUND_SECOND && role == null) {
                parts.add(Part.arabic(words.stripArticle(t) + next, false, afterConnector, false, false));
                afterConnector = false;
                i += 2;
                continue;
            }
            String stem = words.stripArticle(t);
            Role head = role == Role.GENERIC || role == Role.UNIT ? role : words.arabic.get(stem);
            if (head != Role.GENERIC && head != Role.UNIT) head = null;
            parts.add(Part.arabic(stem, !stem.equals(t) || afterConnector, head, words.arabicPlaces.contains(stem)));
            afterConnector = false;
            i++;
        }
        return new NameForm(text, true, parts);
    }

    private static Part kunya(String head, String name, NameWords words) {
        // أبو, أبي, أبا are one head (abu) in three cases; أم is another (umm)
        return Part.arabic(words.arabicKunya.get(head) + ":" + words.stripArticle(name), true, false, false, false);
    }

    /** The word without a joined preposition or conjunction, when only that form is a known word. */
    private static String withoutProclitic(String t, NameWords words, Predicate<String> known) {
        if (known.test(words.stripArticle(t)) || words.arabic.containsKey(t)) return t;
        for (String[] c : words.proclitics) {
            if (!t.startsWith(c[0]) || t.length() - c[0].length() < 2) continue;
            String rest = c[1] + t.substring(c[0].length());
            if (known.test(words.stripArticle(rest)) || words.arabic.get(rest) == Role.KUNYA) return rest;
        }
        return t;
    }

    /** Runs of letters and digits of a folded string. */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
