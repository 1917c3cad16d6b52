package org.isnad.export.graph;

/** An entity named in a document: the name that document gives it and how often it names it. */
public record Appearance(long doc, long entity, String name, int mentions) {}
