package org.isnad.store.resolve;

import org.isnad.core.model.EntityType;

/**
 * One name of an entity, analysed for matching.
 *
 * @param written the name as the text gives it
 * @param key     the matching form: folded, spaces collapsed, a kunya's first word in the nominative
 * @param core    organizations: the name without a head noun that the press also drops
 *                («تنظيم رايات التوحيد» → «رايات التوحيد»); otherwise equal to {@code key}
 * @param shape   what the name is made of
 * @param kunya   the kunya part («ابو حفص»), or null
 * @param first   the first word after any kunya, or null
 * @param last    the last word (the nisba or family name of a person), or null for one-word names
 * @param common  true for a name many bear: a person's made only of given names («محمد علي»), an
 *                organization's made of a head and everyday words («وزارة الداخلية»)
 * @param known   identity in the gazetteers shipped with Isnad («P:Abu Bakr al-Baghdadi»), or null
 */
public record EntityName(EntityType type, String written, String key, String core, NameShape shape, String kunya,
                         String first, String last, boolean common, String known) {

    /** Whether this name alone, matched exactly, is enough to say two documents speak of one entity. */
    public boolean distinctive() {
        if (known != null) return true;
        if (shape == NameShape.GENERIC) return false;
        if (type == EntityType.LOCATION) return true; // places are named, not described: one word is a full name
        return !shape.weak() && !common;
    }
}
