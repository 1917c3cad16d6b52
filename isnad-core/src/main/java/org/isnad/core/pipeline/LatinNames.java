package org.isnad.core.pipeline;

import org.isnad.core.latin.Romanizer;
import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.recognize.Lexicons;

import java.util.List;

/**
 * An entity's Latin-script name: a gazetteer's conventional spelling when the name (or one of its
 * aliases) is a known place, organization or person — a known Latin name always beats a
 * rendering — else the romanizer's conventional spelling of the fullest name.
 */
final class LatinNames {
    private final Lexicons lexicons;
    private final Romanizer romanizer = Romanizer.load();

    LatinNames(Lexicons lexicons) { this.lexicons = lexicons; }

    String of(String name, List<String> aliases, EntityType type) {
        String known = lexicons.latinOf(NormalizedText.fold(name), type);
        if (known != null) return known;
        for (String a : aliases) if ((known = lexicons.latinOf(NormalizedText.fold(a), type)) != null) return known;
        if (type == EntityType.ORGANIZATION) {
            // "مؤسسة البتار" → "al-Battar Foundation": a generic head is translated and follows the name, as the press writes it
            int sp = name.indexOf(' ');
            if (sp > 0) {
                Lexicons.OrgHead head = lexicons.orgHead(NormalizedText.fold(name.substring(0, sp)));
                if (head != null && head.latin() != null) {
                    String rest = romanizer.romanize(name.substring(sp + 1), type);
                    if (rest != null && !rest.isBlank()) return capitalize(rest) + " " + head.latin();
                }
            }
        }
        String r = romanizer.romanize(name, type);
        return r == null || r.isBlank() ? null : r;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
