package org.isnad.core.model;

/** An event argument: a role (agent, victim…) filled by an entity id. */
public record Argument(String role, String entity) {}
