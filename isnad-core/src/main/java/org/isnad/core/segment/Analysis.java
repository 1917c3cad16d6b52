package org.isnad.core.segment;

import org.isnad.core.model.Document;
import org.isnad.core.normalize.NormalizedText;

import java.util.List;

/**
 * A document with its derived layers: the normalized view (with its offset map back into the
 * original), tokens and sentences. Later stages only add annotations; none rewrites the text.
 */
public record Analysis(Document document, NormalizedText normalized, List<Token> tokens, List<Sentence> sentences) {

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    public Sentence sentenceOf(int tokenIndex) { return sentences.get(tokens.get(tokenIndex).sentence()); }

    /** Original-text offset for a normalized start offset. */
    public int originalStart(int normalizedStart) { return normalized.toOriginalStart(normalizedStart); }

    /** Original-text offset for a normalized end offset. */
    public int originalEnd(int normalizedEnd) { return normalized.toOriginalEnd(normalizedEnd); }
}
