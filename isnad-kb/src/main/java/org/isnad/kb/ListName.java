package org.isnad.kb;

import java.util.Objects;

/**
 * One name a sanctions list gives an entry.
 *
 * @param text    the name as the list writes it (one name: lists inside an alias are split on import)
 * @param script  the script it is written in
 * @param quality how much the list trusts it: the listed name and its original script are PRIMARY;
 *                aliases are GOOD or LOW as the list grades them (an entity's a.k.a./f.k.a. is GOOD)
 * @param origin  where the list gives it: name, original (NAME_ORIGINAL_SCRIPT), alias, note (inside an alias note)
 */
public record ListName(String text, Script script, Quality quality, String origin) {
    public enum Script { ARABIC, LATIN, OTHER }

    public enum Quality { PRIMARY, GOOD, LOW }

    public ListName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(origin, "origin");
    }

    /** The script of a name: Arabic when it has Arabic letters, Latin when its letters are all Latin, else other. */
    public static Script scriptOf(String s) {
        boolean latin = false, other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript us = Character.UnicodeScript.of(c);
            if (us == Character.UnicodeScript.ARABIC) return Script.ARABIC;
            if (us == Character.UnicodeScript.LATIN) latin = true;
            else other = true;
        }
        return latin && !other ? Script.LATIN : other ? Script.OTHER : Script.LATIN;
    }
}
