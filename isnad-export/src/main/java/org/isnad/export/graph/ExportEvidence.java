package org.isnad.export.graph;

/**
 * One statement of a fact in a document.
 *
 * @param sentence   the sentence that states it, as written
 * @param role       relations: the role word, or null
 * @param claimant   the entity that claims it; null when the document speaks in its own voice
 * @param location   events: the place, or null
 * @param confidence 0..1, or null
 * @param seen       publication date of the document (ingest date when unknown)
 */
public record ExportEvidence(long id, long fact, long doc, String kind, String type, String role, int start, int end,
                             String sentence, Long claimant, String from, String until, String time, String timeText,
                             Long location, Double confidence, String seen) {}
