package org.isnad.store.resolve;

import org.isnad.core.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * An entity of one document, as the resolver sees it.
 *
 * @param document  the document's key (any stable value: the store uses its row id)
 * @param local     the extraction's id of the entity in that document (e1, e2…)
 * @param type      person, organization or place
 * @param kind      refinement of the type, or null
 * @param names     every name the document gives it, the main one first
 * @param latinKey  {@link NameForms#latinKey} of its Latin name, or null
 * @param context   global ids of the other entities of the document already resolved
 * @param partners  the subset of {@code context} that shares a relation or an event with it in the document
 */
public record LocalProfile(String document, String local, EntityType type, String kind, List<EntityName> names,
                           String latinKey, Set<Long> context, Set<Long> partners) {

    /** Whether any name of this entity is distinctive on its own (it is resolved before weak ones, so they have context). */
    public boolean hasDistinctiveName() {
        for (EntityName n : names) if (n.distinctive()) return true;
        return false;
    }

    public LocalProfile withContext(Set<Long> context, Set<Long> partners) {
        return new LocalProfile(document, local, type, kind, names, latinKey, context, partners);
    }
}
