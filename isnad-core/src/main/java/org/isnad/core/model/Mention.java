package org.isnad.core.model;

/** One place where the text names an entity: original-text offsets and the text there. */
public record Mention(Span span, String text) {}
