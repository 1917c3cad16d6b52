package org.isnad.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the name fields of the UN list into single names. An alias field may hold several names
 * ("Fazel Rahim; Fazil Rahim"), an Arabic name with its transliterations in brackets
 * ("أبو دعاء (Abu Du'a; Abu Duaa')"), an inverted name ("Al-Masri, Abu Mohamed") or a note on the
 * name ("EL PARA (COMBAT NAME)"). Alias notes may give the Arabic ("In Arabic: سيف العدل") or
 * lists of transliterations. Stateless.
 */
final class NameSplitter {
    /** Words of the list's own comments about a name: an item with one of them is not a name. */
    private static final Set<String> META = Set.of("original", "script", "transliteration", "transliterations",
            "translation", "previously", "formerly", "listed", "born", "nom", "guerre", "identity", "false",
            "combat", "name", "initials", "third", "dob", "pob", "nationality", "passport", "address", "mother's",
            "father's", "wife's", "prominently", "known", "related", "fraudulent");
    /** Generational suffixes written after a comma ("Ruben Pestano Lavilla, JR"). */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private NameSplitter() {}

    /** One bracketed or unbracketed item of a field. */
    private record Item(String text, boolean bracketed) {}

    /**
     * The names of one field (a listed name, an alias, the original script).
     *
     * @param acronyms keep one-word all-capital items in brackets ("(AQAP)"): names of entities
     */
    static List<String> names(String field, boolean acronyms) {
        Set<String> out = new LinkedHashSet<>();
        if (field == null) return List.of();
        for (Item item : items(field)) {
            for (String name : commaSplit(item.text())) {
                name = stripMetaPrefix(name);
                if (name.isEmpty() || isMeta(name)) continue;
                boolean latin = ListName.scriptOf(name) == ListName.Script.LATIN;
                int words = name.split("\\s+").length;
                if (item.bracketed() && latin && words == 1 && !(acronyms && isAcronym(name))) continue;
                if (latin && hasDigit(name)) continue;
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The names an alias note gives: the Arabic after "In Arabic:" or "original script:", and lists
     * of transliterations when the note is about them (the alias is not Latin, the note says so, or
     * it lists names in brackets separated by semicolons).
     */
    static List<String> noteNames(String note, boolean aliasIsLatin) {
        Set<String> out = new LinkedHashSet<>();
        if (note == null) return List.of();
        String lower = note.toLowerCase(Locale.ROOT);
        for (String marker : new String[] {"in arabic:", "original script:"}) {
            int at = lower.indexOf(marker);
            if (at < 0) continue;
            String rest = note.substring(at + marker.length());
            int end = rest.indexOf(';');
            String name = (end < 0 ? rest : rest.substring(0, end)).strip();
            if (!name.isEmpty() && ListName.scriptOf(name) != ListName.Script.LATIN) out.add(name);
        }
        boolean lists = !aliasIsLatin || lower.contains("transliteration") || bracketedList(note);
        if (lists) {
            for (Item item : items(note)) {
                for (String name : commaSplit(item.text())) {
                    name = stripMetaPrefix(name);
                    if (name.isEmpty() || isMeta(name) || hasDigit(name) || name.contains(":")) continue;
                    if (ListName.scriptOf(name) != ListName.Script.LATIN) continue; // Arabic only after a marker
                    int words = name.split("\\s+").length;
                    if (words >= 2 && words <= 8 && capitalized(name)) out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Items separated by semicolons, Arabic commas and brackets (nested brackets allowed, unclosed ones run to the end). */
    private static List<Item> items(String field) {
        List<Item> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= field.length(); i++) {
            char c = i < field.length() ? field.charAt(i) : ';';
            boolean boundary = c == ';' || c == '\u060C' || c == '(' || c == ')' || i == field.length();
            if (boundary) {
                String t = cur.toString().replaceAll("\\s+", " ").strip();
                if (!t.isEmpty()) out.add(new Item(t, depth > 0));
                cur.setLength(0);
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
            } else {
                cur.append(c);
            }
        }
        return out;
    }

    /**
     * Latin items: one comma after one or two words is the list's inverted order ("Al-Masri, Abu
     * Mohamed" is Abu Mohamed Al-Masri) unless what follows is a suffix; other commas separate
     * names. Arabic: commas separate.
     */
    private static List<String> commaSplit(String item) {
        List<String> parts = new ArrayList<>();
        for (String p : item.split(",")) if (!p.isBlank()) parts.add(p.strip());
        if (parts.size() <= 1) return parts;
        boolean latin = ListName.scriptOf(item) == ListName.Script.LATIN;
        if (latin && parts.size() == 2) {
            if (SUFFIXES.contains(parts.get(1).toLowerCase(Locale.ROOT))) return List.of(parts.get(0));
            if (parts.get(0).split("\\s+").length <= 2) return List.of(parts.get(1) + " " + parts.get(0));
        }
        return parts;
    }

    /** "original script: Амир Хазмат" -> the name; a translation ("Translation: The Conqueror") is no name. */
    private static String stripMetaPrefix(String s) {
        int colon = s.indexOf(':');
        if (colon > 0 && isMeta(s.substring(0, colon))) {
            if (s.substring(0, colon).toLowerCase(Locale.ROOT).contains("translation")) return "";
            return s.substring(colon + 1).strip();
        }
        return s.strip();
    }

    private static boolean isMeta(String s) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s:]+")) if (META.contains(w)) return true;
        return false;
    }

    private static boolean isAcronym(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (!(c == '-' || Character.isDigit(c) || Character.isLowerCase(c))) return false;
        }
        return upper >= 2 && s.length() <= 12;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** Most words start with a capital: a name, not a sentence of the note. */
    private static boolean capitalized(String s) {
        String[] words = s.split("\\s+");
        int caps = 0;
        for (String w : words) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0))) caps++;
        }
        return caps * 2 >= words.length;
    }

    private static boolean bracketedList(String note) {
        int open = note.indexOf('(');
        return open >= 0 && note.indexOf(';', open) > open;
    }
}
