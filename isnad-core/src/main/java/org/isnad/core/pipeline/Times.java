package org.isnad.core.pipeline;

import org.isnad.core.model.TimeValue;
import org.isnad.core.segment.Analysis;

import java.util.List;

/** The time layer of the pipeline: every time expression, anchored to the publication date when known. */
final class Times {
    List<TimeValue> extract(Analysis a) {
        return List.of();
    }
}
