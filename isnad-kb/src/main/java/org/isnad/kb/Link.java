package org.isnad.kb;

import java.util.List;

/**
 * A candidate link from an extracted entity to a sanctions-list entry.
 *
 * @param entity  the entity's document-local id (e1), or null when a bare name was linked
 * @param list    the list ("UN ISIL/AQ")
 * @param ref     the entry's reference number (QDi.299)
 * @param name    the entry's listed name
 * @param score   0..1; at or above the linker's threshold it is a link
 * @param matched the names that explain the score, each "as the entity is named ~ as the list names it"
 */
public record Link(String entity, String list, String ref, String name, double score, List<String> matched) {
    public Link {
        matched = List.copyOf(matched);
    }
}
