package org.isnad.core.latin;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structural words and endings of Arabic names from {@code latin/structure.tsv}: which
 * folded word plays which role and how it is written. The rules that use them are in
 * {@link Romanizer}. Immutable.
 */
final class NameStructure {
    enum Role {
        KUNYA, PATRONYM, SERVANT, SERVANT_COMPOUND, ARTICLE, CONJUNCTION,
        TA_MARBUTA, TA_MARBUTA_CONSTRUCT, NISBA, THEOPHORIC
    }

    /** A structural word: its role and spelling. */
    record Part(Role role, String latin) {}

    /** Standalone structural words by folded key (kunya, patronym, servant). */
    private final Map<String, Part> words;
    /** Arabic form and Latin spelling of each role (the first row of a role). */
    private final Map<Role, String> arabic;
    private final Map<Role, String> latin;

    private NameStructure(Map<String, Part> words, Map<Role, String> arabic, Map<Role, String> latin) {
        this.words = Map.copyOf(words);
        this.arabic = Map.copyOf(arabic);
        this.latin = Map.copyOf(latin);
    }

    static NameStructure fromRows(List<String[]> rows) {
        Map<String, Part> words = new HashMap<>();
        Map<Role, String> arabic = new EnumMap<>(Role.class);
        Map<Role, String> latin = new EnumMap<>(Role.class);
        for (String[] row : rows) {
            Role role = Role.valueOf(row[0].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            String key = ArabicLetters.key(row[1]);
            arabic.putIfAbsent(role, row[1]);
            latin.putIfAbsent(role, row[2]);
            if (role == Role.KUNYA || role == Role.PATRONYM || role == Role.SERVANT) {
                words.putIfAbsent(key, new Part(role, row[2]));
            }
        }
        for (Role r : Role.values()) {
            if (!latin.containsKey(r)) throw new IllegalStateException("structure.tsv lacks role " + r);
        }
        return new NameStructure(words, arabic, latin);
    }

    /** The structural word a folded key is, or null. */
    Part word(String key) {
        return words.get(key);
    }

    /** The Arabic form of a role as written in the table (e.g. the article "ال"). */
    String arabic(Role role) {
        return arabic.get(role);
    }

    /** The folded Arabic form of a role, for matching keys. */
    String key(Role role) {
        return ArabicLetters.key(arabic.get(role));
    }

    String latin(Role role) {
        return latin.get(role);
    }
}
