package org.isnad.store.query;

import java.util.List;

/**
 * The answers of the store's queries: plain records, written as JSON with snake_case names
 * ({@link QueryJson}). Shapes are documented in docs/store.md; fields are only ever added.
 */
public final class Views {
    private Views() {}

    public record EntityRef(long id, String type, String kind, String name, String latin) {}

    public record NameInfo(String name, String normalized, String kind, String latin, int mentions, Long firstDocument, String reason,
                           Double score) {}

    public record EvidenceInfo(long doc, String documentId, String title, String published, String source, int start, int end,
                               String sentence, EntityRef claimant, String role, String time, String timeText, double confidence) {}

    public record RelationInfo(long fact, String type, String direction, EntityRef subject, EntityRef object, List<String> roles,
                               String from, String until, String untilInferred, int evidence, int documents, String firstSeen,
                               String lastSeen, List<EvidenceInfo> evidenceSample) {}

    public record Argument(String role, EntityRef entity) {}

    public record DateClaim(String date, int evidence, List<String> claimants) {}

    public record EventInfo(long fact, String type, List<String> roles, List<Argument> arguments, String time, List<DateClaim> dates,
                            boolean conflict, int evidence, int documents, String firstSeen, String lastSeen,
                            List<EvidenceInfo> evidenceSample) {}

    public record SourceInfo(String kind, String name, EntityRef entity, int count) {}

    public record DecisionInfo(long id, String at, String action, String who, Long entity, Long other, String name, String reason,
                               Double score, Long doc) {}

    public record Totals(int relations, int events, int names) {}

    public record EntityProfile(String schema, EntityRef entity, int mentions, int documents, String firstSeen, String lastSeen,
                                List<NameInfo> names, List<RelationInfo> roles, List<RelationInfo> relations, List<EventInfo> events,
                                List<SourceInfo> sources, List<DecisionInfo> decisions, List<EntityRef> alsoMatching, Totals totals) {}

    /** A fact between two entities: for a relation {@code from} is its subject; for an event both took part in it. */
    public record Edge(long fact, String kind, String type, long from, long to, int evidence) {}

    public record Node(EntityRef entity, int depth, int documents) {}

    public record Neighbors(String schema, EntityRef center, int depth, List<Node> nodes, List<Edge> edges, boolean truncated) {}

    public record TimelineEntry(String date, boolean dated, String kind, long fact, String type, String description,
                                List<Argument> arguments, boolean conflict, int evidence, EvidenceInfo firstEvidence) {}

    public record Timeline(String schema, EntityRef entity, List<TimelineEntry> entries, boolean truncated) {}

    public record AsOfEntry(String type, String direction, EntityRef subject, EntityRef object, List<String> roles, String from,
                            String until, String basis, int evidence, List<EvidenceInfo> evidenceSample) {}

    public record AsOf(String schema, EntityRef entity, String date, List<AsOfEntry> holds) {}

    public record SearchHit(String kind, long doc, String documentId, String title, String published, String source, float score,
                            String sentence, List<int[]> highlights, EntityRef entity) {}

    public record SearchResult(String schema, String query, long total, List<SearchHit> entities, List<SearchHit> documents) {}
}
