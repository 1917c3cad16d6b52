package org.isnad.kb;

import java.util.List;

/**
 * A name read for comparison: its parts in order, in one script.
 *
 * @param text   the name as written
 * @param arabic whether the keys are folded Arabic (else Latin comparison keys)
 * @param parts  the name's parts (titles, articles and connectors left out)
 */
record NameForm(String text, boolean arabic, List<Part> parts) {
    /**
     * A part of a name: a kunya (Abu Bakr, one part) or a name word (a compound such as Abd al-Rahman
     * is one). {@code family}: written as a family name or nisba, with the article or after bin/ould
     * (البغدادي, بن لادن); {@code generic}: a head noun of an organization name; {@code place}: a place name.
     */
    record Part(String key, boolean kunya, boolean family, boolean generic, boolean place) {
        /** The key that blocks candidates and counts how common the part is: Latin keys by their consonants. */
        String indexKey(boolean arabic) {
            if (arabic) return key;
            if (!kunya) return NameWords.skeleton(key);
            int colon = key.indexOf(':');
            return key.substring(0, colon + 1) + NameWords.skeleton(key.substring(colon + 1));
        }

        /** The name of a kunya (bakr of abu:bakr). */
        String kunyaName() { return key.substring(key.indexOf(':') + 1); }
    }

    NameForm {
        parts = List.copyOf(parts);
    }

    /** The parts' keys joined: the whole name as one lookup key. */
    String joinedKey() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(p.key());
        }
        return sb.toString();
    }

    int nameParts() {
        int n = 0;
        for (Part p : parts) if (!p.kunya()) n++;
        return n;
    }
}
