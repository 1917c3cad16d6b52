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
     * A part of a name: a kunya (Abu Bakr, one part, key abu:bakr) or a name word (a compound such
     * as Abd al-Rahman is one). {@code family}: written as a family name or nisba, with the article
     * or after bin/ould (البغدادي, بن لادن); {@code generic}: a head noun of an organization name;
     * {@code unit}: a head noun that says what kind of unit the group is (لواء brigade, جيش army):
     * another unit is another group; {@code place}: a place name. {@code index}: the key that blocks candidates and counts how
     * common the part is (Latin: its consonants); {@code bare}: a Latin key without an article
     * written joined (Alzahrani: zahrani), else the key.
     */
    record Part(String key, boolean kunya, boolean family, boolean generic, boolean unit, boolean place, String index,
                String bare, long letters, long bareLetters) {
        static Part arabic(String key, boolean kunya, boolean family, boolean generic, boolean place) {
            return new Part(key, kunya, family, generic, false, place, key, key, 0, 0);
        }

        static Part arabic(String key, boolean family, NameWords.Role role, boolean place) {
            boolean unit = role == NameWords.Role.UNIT;
            return new Part(key, false, family, unit || role == NameWords.Role.GENERIC, unit, place, key, key, 0, 0);
        }

        static Part latin(String key, boolean kunya, boolean family, boolean generic, boolean place, NameWords words) {
            return latin(key, kunya, family, generic ? NameWords.Role.GENERIC : null, place, words);
        }

        static Part latin(String key, boolean kunya, boolean family, NameWords.Role role, boolean place, NameWords words) {
            boolean unit = role == NameWords.Role.UNIT, generic = unit || role == NameWords.Role.GENERIC;
            String index, bare = key;
            if (kunya) {
                int colon = key.indexOf(':');
                index = key.substring(0, colon + 1) + NameWords.skeleton(key.substring(colon + 1));
            } else {
                index = NameWords.skeleton(key);
                for (String article : words.latinFusedArticles) {
                    if (key.startsWith(article) && key.length() >= article.length() + 4) {
                        bare = key.substring(article.length());
                        break;
                    }
                }
            }
            String name = kunya ? key.substring(key.indexOf(':') + 1) : key;
            return new Part(key, kunya, family, generic, unit, place, index, bare, letters(name), letters(bare));
        }

        /**
         * The set of letters of a Latin key as bits: two words whose sets differ by more than two
         * letters per edit allowed cannot be alike, and most pairs are ruled out without an edit distance.
         */
        static long letters(String s) {
            long bits = 0;
            for (int i = 0; i < s.length(); i++) bits |= 1L << (s.charAt(i) & 63);
            return bits;
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
}
