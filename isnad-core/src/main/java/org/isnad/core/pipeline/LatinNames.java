package org.isnad.core.pipeline;

import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.recognize.Lexicons;

import java.util.List;

/** An entity's Latin-script name: a gazetteer's conventional spelling when the name is known, else romanized. */
final class LatinNames {
    private final Lexicons lexicons;

    LatinNames(Lexicons lexicons) { this.lexicons = lexicons; }

    String of(String name, List<String> aliases, EntityType type) {
        String known = lexicons.latinOf(NormalizedText.fold(name));
        if (known != null) return known;
        for (String a : aliases) if ((known = lexicons.latinOf(NormalizedText.fold(a))) != null) return known;
        return null;
    }
}
