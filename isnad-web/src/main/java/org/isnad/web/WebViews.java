package org.isnad.web;

import org.isnad.store.query.Views.Argument;
import org.isnad.store.query.Views.EntityRef;

import java.util.List;

/**
 * The web API's own answers (beside the store's {@link org.isnad.store.query.Views}): documents with
 * their mentions, facts with every statement, graphs with the dates of their edges. Written as JSON
 * with snake_case names; offsets are Unicode code points, as everywhere in Isnad's JSON.
 */
public final class WebViews {
    private WebViews() {}

    public record Stats(String schema, String store, boolean demo, long documents, long entities, long facts, long evidence, long mentions) {}

    public record EntitySummary(EntityRef entity, int mentions, int documents) {}

    public record EntityList(String schema, List<EntitySummary> entities) {}

    public record DocumentSummary(long doc, String id, String title, String published, String source, int length, int entities) {}

    public record DocumentList(String schema, long total, List<DocumentSummary> documents) {}

    public record MentionView(int start, int end, String text, EntityRef entity) {}

    /** A statement of a fact inside the document being shown. */
    public record StatementRef(long evidence, long fact, String kind, String type, int start, int end, EntityRef claimant) {}

    public record DocumentView(String schema, long doc, String id, String title, String published, String source, String url,
                               String language, String text, int length, List<MentionView> mentions, List<StatementRef> statements) {}

    /** One statement of a fact: the sentence, who claims it, the document it is in, the dates it gives. */
    public record Statement(long evidence, long doc, String documentId, String title, String published, String source, int start, int end,
                            String sentence, Integer triggerStart, Integer triggerEnd, EntityRef claimant, String role, String time,
                            String timeText, String timeFrom, String timeUntil, double confidence) {}

    /** A fact with every statement of it (up to a bound), its corroboration and its conflicts. */
    public record FactView(String schema, long fact, String kind, String type, EntityRef subject, EntityRef object, List<Argument> arguments,
                           String from, String until, String time, List<String> times, boolean conflict, int evidence, int documents,
                           int claimants, String firstSeen, String lastSeen, List<Statement> statements, boolean truncated) {}

    public record GraphNode(EntityRef entity, int depth, int documents) {}

    /**
     * An edge of the network. {@code since}: when it starts to hold (a relation's start, an event's
     * date, else the first publication stating it); {@code until}: a relation's stated end, or null.
     */
    public record GraphEdge(long fact, String kind, String type, long from, long to, int evidence, String since, String until) {}

    public record GraphView(String schema, EntityRef center, int depth, List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {}

    public record ActionResult(String action, long entity, Long other, String message) {}
}
