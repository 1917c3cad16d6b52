package org.isnad.core.relate;

import org.isnad.core.model.EntityType;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.Sentence;
import org.isnad.core.segment.Token;

/**
 * Who states what a sentence says: the entity named right after a cue such as وبحسب، قالت،
 * أعلن، نشرت (within a few words: "وبحسب مراسلات نشرتها قناة X"). A sentence without one speaks
 * in the article's own voice.
 */
final class SourceAttributor {
    /** A sentence's claimant: entity index, the mention that names it, and what the cue states. */
    record Claim(int entity, int mention, String event, int cueToken) {}

    private final CueTable cues = new CueTable("relate/source-cues.tsv");
    private final org.isnad.core.recognize.Lexicons lex;

    SourceAttributor(org.isnad.core.recognize.Lexicons lex) { this.lex = lex; }

    Claim[] claims(Analysis a, MentionIndex idx) {
        Claim[] out = new Claim[a.sentences().size()];
        for (Sentence s : a.sentences()) {
            for (int t = s.firstToken(); t < s.endToken() && out[s.index()] == null; t++) {
                Token tok = a.token(t);
                if (!tok.isWord() || idx.atToken(t) >= 0) continue;
                String[] row = cues.get(tok.form());
                if (row == null && t + 1 < s.endToken()) row = cues.get(tok.form() + a.token(t + 1).form());
                if (row == null) continue;
                int firstOrg = -1;
                for (int k = t + 1; k < s.endToken() && k <= t + 7; k++) {
                    int m = idx.atToken(k);
                    if (m < 0) {
                        // "وبحسب الرسائل فإن X": a complementizer ends the claimant's phrase
                        Token w = a.token(k);
                        // an apposition comma may stand between the role and the name: "وقال رئيس النادي، المهندس X"
                        if (!w.isWord() && !w.isQuote() && !w.is('،') && !w.is(',') || w.isWord() && isFunctionWord(w)) break;
                        continue;
                    }
                    EntityType type = idx.type(m);
                    if (type == EntityType.LOCATION) break;
                    // "وقال رئيس النادي، المهندس X": the person named after the role speaks, not the organization
                    if (type == EntityType.ORGANIZATION) {
                        if (firstOrg < 0) firstOrg = m;
                        k = idx.lastToken(m) - 1;
                        continue;
                    }
                    out[s.index()] = new Claim(idx.entity(m), m, row[1], t);
                    break;
                }
                if (out[s.index()] == null && firstOrg >= 0) out[s.index()] = new Claim(idx.entity(firstOrg), firstOrg, row[1], t);
            }
        }
        return out;
    }

    private boolean isFunctionWord(Token w) {
        if (lex.isStopword(w.form())) return true;
        for (Token.Stem st : w.stems()) if (lex.isStopword(st.text())) return true;
        return false;
    }
}
