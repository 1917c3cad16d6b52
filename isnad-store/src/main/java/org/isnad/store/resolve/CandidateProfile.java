package org.isnad.store.resolve;

import org.isnad.core.model.EntityType;

import java.util.List;
import java.util.Set;

/**
 * A global entity that a local entity may join.
 *
 * @param id             the global id
 * @param type           its type
 * @param kind           its kind, or null
 * @param names          every name it has collected, analysed
 * @param latinKeys      {@link NameForms#latinKey} of its Latin names
 * @param documents      how many documents name it
 * @param inSameDocument true when the document being resolved already gave one of its entities to it:
 *                       the in-document identity stage kept them apart, so only an exact name may join them
 */
public record CandidateProfile(long id, EntityType type, String kind, List<EntityName> names, Set<String> latinKeys,
                               int documents, boolean inSameDocument) {}
