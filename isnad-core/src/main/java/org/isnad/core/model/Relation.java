package org.isnad.core.model;

/**
 * A relation between two entities of a document.
 *
 * @param type       LEADER_OF, MEMBER_OF, PART_OF, AFFILIATED_WITH, DEPUTY_OF, SUCCEEDED, SPOKESPERSON_OF, LOCATED_IN, FOUNDED_BY
 * @param subject    entity id
 * @param object     entity id
 * @param role       the role word the text uses (مدير، أمير…) or null
 * @param time       when it holds
 * @param evidence   the sentence that states it (original offsets)
 * @param source     entity id of the claimant, or null when the article speaks in its own voice
 * @param confidence 0..1
 */
public record Relation(String type, String subject, String object, String role, TimeRange time, Span evidence,
                       String source, double confidence) {}
