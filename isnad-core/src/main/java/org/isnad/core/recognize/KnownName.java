package org.isnad.core.recognize;

import org.isnad.core.model.EntityType;

/** An entry of a gazetteer: a place, an organization or a person the press often names. */
public record KnownName(String arabic, String latin, EntityType type, String kind, boolean ambiguous, String country) {}
