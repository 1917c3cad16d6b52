package org.isnad.export.graph;

/**
 * One name of an entity.
 *
 * @param name     display form (kunya word in the nominative)
 * @param nameKind full | kunya_nisba | bare_kunya | one_word (the store's classes)
 * @param latin    its Latin form or null
 */
public record ExportName(String name, String nameKind, String latin, int mentions) {
    /** A kunya alone (أبو محمد): too weak to identify anyone by itself. */
    public boolean kunyaOnly() { return "bare_kunya".equals(nameKind); }
}
