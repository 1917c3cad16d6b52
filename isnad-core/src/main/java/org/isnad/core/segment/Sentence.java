package org.isnad.core.segment;

/** A sentence: offsets in the normalized text, tokens [firstToken, endToken). */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {}
