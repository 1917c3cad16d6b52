package org.isnad.core.model;

import java.util.List;

/**
 * A person, organization or place of one document, with every name the text gives it.
 *
 * @param id       document-local id (e1, e2, …)
 * @param name     the fullest name the text gives
 * @param latin    conventional Latin-script name
 * @param aliases  every other name the text gives the same entity
 * @param kind     refinement of the type (armed_group, media, city…) or null
 * @param mentions where it is named, in text order
 */
public record Entity(String id, EntityType type, String name, String latin, List<String> aliases, String kind,
                     List<Mention> mentions) {}
