package org.isnad.core.pipeline;

import org.isnad.core.model.TimeValue;
import org.isnad.core.segment.Analysis;
import org.isnad.core.time.TimeExtractor;

import java.util.List;

/** The time layer of the pipeline: every time expression, anchored to the publication date when known. */
final class Times {
    private final TimeExtractor extractor = TimeExtractor.load();

    List<TimeValue> extract(Analysis a) {
        return extractor.extract(a.normalized(), a.document().published());
    }
}
