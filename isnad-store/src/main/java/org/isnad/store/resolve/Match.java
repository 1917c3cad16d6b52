package org.isnad.store.resolve;

/**
 * The score of a local entity against one candidate, with the reason in words.
 *
 * @param candidate the candidate's global id
 * @param score     0..1.15; a match joins at {@link EntityResolver#JOIN_THRESHOLD} or more
 * @param basis     the name evidence
 * @param name      the key of the candidate's name that matched, or null
 * @param context   the context weight W behind the score (0 when none was gathered)
 * @param reason    why, for the log: «same name «ابو حفص الموصلي» + context 2 shared (0.31)»
 */
public record Match(long candidate, double score, Basis basis, String name, double context, String reason) {
    public boolean joins() { return score >= EntityResolver.JOIN_THRESHOLD; }
}
