package org.isnad.kb;

import org.isnad.kb.NameForm.Part;
import org.isnad.kb.NameWords.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Latin-script name into parts with comparison keys: case, accents, apostrophes and hyphens
 * do not count; the article in any of its transliterations (al-, el-, ad-) is dropped; a kunya
 * (Abu/Abou + name, or Abubakar written joined) is one part; Abd/Abdul/Abdel + the next word is one
 * given name; connectors (bin, ben, ould), titles and suffixes are dropped. Stateless.
 */
final class LatinNames {
    private LatinNames() {}

    static NameForm parse(String text, NameWords words) {
        String[] tokens = NameWords.latinLower(text).split(" ");
        List<Part> parts = new ArrayList<>();
        boolean family = false; // the next part is written as a family name: after the article or bin/ould
        int i = 0;
        while (i < tokens.length) {
            String t = tokens[i];
            if (t.isEmpty()) { i++; continue; }
            Role role = words.latin.get(t);
            boolean hasNext = i + 1 < tokens.length;
            if (role == Role.ARTICLE && hasNext) {
                family = true;
                i++;
                continue;
            }
            if (role == Role.STOP || role == Role.CONNECTOR || role == Role.TITLE || role == Role.SUFFIX) {
                // after bin/ben/ould the next word is written as a family name (bin Laden)
                if (role == Role.CONNECTOR) family = true;
                i++;
                continue;
            }
            if (role == Role.KUNYA && hasNext) {
                int j = i + 1;
                while (j < tokens.length - 1 && words.latin.get(tokens[j]) == Role.ARTICLE) j++;
                String name = tokens[j];
                int used = j - i + 1;
                if (words.latin.get(name) == Role.SERVANT && j + 1 < tokens.length) {
                    name = servantCompound(tokens, j, words);
                    used = j + 2 - i + (words.latin.get(tokens[j + 1]) == Role.ARTICLE && j + 2 < tokens.length ? 1 : 0);
                }
                parts.add(Part.latin(words.latinKunya.get(t) + ":" + words.key(name), true, false, false, false, words));
                i += used;
                family = false;
                continue;
            }
            String joinedKunya = joinedKunya(t, words);
            if (joinedKunya != null && role == null) {
                parts.add(Part.latin(joinedKunya, true, false, false, false, words));
                i++;
                family = false;
                continue;
            }
            if (role == Role.SERVANT && hasNext) {
                int next = i + 1;
                boolean innerArticle = words.latin.get(tokens[next]) == Role.ARTICLE && next + 1 < tokens.length;
                parts.add(Part.latin(words.key(servantCompound(tokens, i, words)), false, false, false, false, words));
                i += innerArticle ? 3 : 2;
                family = false;
                continue;
            }
            // the second part of a compound given name, after the article or not: Salah al-Din, Nur Eddine, Saif Allah
            int second = i + 1;
            if (second < tokens.length - 1 && words.latin.get(tokens[second]) == Role.ARTICLE) second++;
            if (role == null && second < tokens.length && words.latin.get(tokens[second]) == Role.COMPOUND_SECOND) {
                parts.add(Part.latin(words.key(t + tokens[second]), false, family, false, false, words));
                i = second + 1;
                family = false;
                continue;
            }
            String key = words.key(t);
            Role head = role == Role.GENERIC || role == Role.UNIT ? role : null;
            parts.add(Part.latin(key, false, family, head, words.latinPlaces.contains(key), words));
            family = false;
            i++;
        }
        return new NameForm(text, false, parts);
    }

    /** Abd + (article) + name written as one word the way the list joins it: abdalrahman. */
    private static String servantCompound(String[] tokens, int i, NameWords words) {
        int next = i + 1;
        if (words.latin.get(tokens[next]) == Role.ARTICLE && next + 1 < tokens.length) next++;
        return words.latinServantArticle + tokens[next];
    }

    /** A kunya written as one word (Abubakar, Aboubakr): abu:bakar; null when the word is not one. */
    private static String joinedKunya(String t, NameWords words) {
        for (String head : words.latinJoinedKunya) {
            if (t.startsWith(head) && t.length() >= head.length() + 3) {
                return words.latinKunya.get(head) + ":" + words.key(t.substring(head.length()));
            }
        }
        return null;
    }
}
