package org.isnad.core.recognize;

import org.isnad.core.model.EntityType;

/**
 * A name found by one rule, before overlaps are settled.
 *
 * @param first      first token
 * @param last       token after the last one
 * @param start      start in the normalized text (after any proclitic of the first token)
 * @param end        end in the normalized text
 * @param type       entity type
 * @param kind       refinement (media, armed_group, city…) or null
 * @param score      how sure the rule is, 0..1; higher wins an overlap
 * @param rule       which rule found it (kept for explanations)
 * @param restored   the name starts with an article the text wrote as لل
 * @param headTokens tokens at the start that are a generic head (مؤسسة) the name may also go without
 */
public record Candidate(int first, int last, int start, int end, EntityType type, String kind, double score,
                        String rule, boolean restored, int headTokens) {

    public boolean overlaps(Candidate o) { return start < o.end && o.start < end; }

    public Candidate withScore(double s) { return new Candidate(first, last, start, end, type, kind, s, rule, restored, headTokens); }
}
