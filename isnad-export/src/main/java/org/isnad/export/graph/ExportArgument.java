package org.isnad.export.graph;

/** A participant of a fact: subject/object of a relation, or an event role (victim, agent…). */
public record ExportArgument(String role, long entity) {}
