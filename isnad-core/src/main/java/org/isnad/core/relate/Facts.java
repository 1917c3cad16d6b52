package org.isnad.core.relate;

import org.isnad.core.model.TimeValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Relations and events of one document, with entities as indices into the document's entity list. */
public record Facts(List<RelationDraft> relations, List<EventDraft> events) {

    /** @param source claimant entity index or -1; sentence index of the evidence */
    public record RelationDraft(String type, int subject, int object, String role, String from, String until,
                                int sentence, int source, double confidence) {
        RelationDraft withTime(String f, String u) { return new RelationDraft(type, subject, object, role, f, u, sentence, source, confidence); }
    }

    /** @param arguments role → entity indices, in text order; trigger offsets are in the normalized text */
    public record EventDraft(String type, Map<String, List<Integer>> arguments, TimeValue time, int location,
                             int triggerStart, int triggerEnd, int sentence, int source, double confidence) {
        public List<Integer> role(String r) { return arguments.getOrDefault(r, List.of()); }

        static Map<String, List<Integer>> newArguments() { return new LinkedHashMap<>(); }
    }
}
