package org.isnad.core.model;

import java.util.List;

/** Everything extracted from one document: the contract of {@code shared/spec/extraction-json.md}. */
public record Extraction(Document document, String language, List<Entity> entities, List<Relation> relations,
                         List<Event> events, List<TimeValue> times) {
    public static final String SCHEMA = "isnad.extraction/1";
}
