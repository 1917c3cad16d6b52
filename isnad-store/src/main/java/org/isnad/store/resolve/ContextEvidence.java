package org.isnad.store.resolve;

import java.util.Map;
import java.util.Set;

/**
 * What the documents around a candidate share with the local entity's document.
 *
 * @param weight        sum over shared context entities of {@link #weightOf(int)}, doubled for a relation or event partner
 * @param shared        how many context entities are shared
 * @param sharedPartner whether one of them is a partner of the local entity in a relation or event
 */
public record ContextEvidence(double weight, int shared, boolean sharedPartner) {
    public static final ContextEvidence NONE = new ContextEvidence(0, 0, false);

    /**
     * A shared entity says less the more documents name it: a country named in every article
     * is no evidence, a small media outlet named in a few is strong evidence.
     */
    public static double weightOf(int documentFrequency) {
        return 1.0 / (1.0 + Math.log10(1.0 + Math.max(0, documentFrequency)));
    }

    /**
     * @param sharedDocumentFrequency the shared context entities with the number of documents that name each
     * @param partners                the local entity's relation and event partners
     */
    public static ContextEvidence of(Map<Long, Integer> sharedDocumentFrequency, Set<Long> partners) {
        double w = 0;
        boolean partner = false;
        for (Map.Entry<Long, Integer> e : sharedDocumentFrequency.entrySet()) {
            boolean p = partners.contains(e.getKey());
            partner |= p;
            w += weightOf(e.getValue()) * (p ? 2 : 1);
        }
        return new ContextEvidence(w, sharedDocumentFrequency.size(), partner);
    }
}
