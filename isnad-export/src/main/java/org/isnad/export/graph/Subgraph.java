package org.isnad.export.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the store one export writes: entities, facts with their evidence, and the
 * documents that state them, with indexes the writers need. Built by {@link SubgraphReader}.
 * Every entity a fact, an evidence claimant or an event location refers to is in {@link #entities()}.
 */
public final class Subgraph {
    /** Reads a document's text when a writer needs it (FollowTheMoney's bodyText). */
    public interface Texts { String text(long doc); }

    private final Selection selection;
    private final ExportEntity center;
    private final List<String> alsoMatching;
    private final Map<Long, ExportEntity> entities;
    private final Map<Long, ExportFact> facts;
    private final Map<Long, ExportDocument> documents;
    private final List<ExportEvidence> evidence;
    private final List<Appearance> appearances;
    private final StoreOutline outline;
    private final Texts texts;
    private final Map<Long, List<ExportEvidence>> evidenceByFact = new HashMap<>();
    private final Map<Long, List<ExportEvidence>> evidenceByDoc = new HashMap<>();
    private final Map<Long, List<Appearance>> appearancesByDoc = new HashMap<>();
    private final Map<Long, List<Appearance>> appearancesByEntity = new HashMap<>();
    private final Map<Long, List<ExportFact>> factsByEntity = new HashMap<>();

    Subgraph(Selection selection, ExportEntity center, List<String> alsoMatching, Map<Long, ExportEntity> entities,
             Map<Long, ExportFact> facts, Map<Long, ExportDocument> documents, List<ExportEvidence> evidence,
             List<Appearance> appearances, StoreOutline outline, Texts texts) {
        this.selection = selection;
        this.center = center;
        this.alsoMatching = List.copyOf(alsoMatching);
        this.entities = entities;
        this.facts = facts;
        this.documents = documents;
        this.evidence = List.copyOf(evidence);
        this.appearances = List.copyOf(appearances);
        this.outline = outline;
        this.texts = texts;
        for (ExportEvidence e : this.evidence) {
            evidenceByFact.computeIfAbsent(e.fact(), k -> new ArrayList<>()).add(e);
            evidenceByDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
        }
        for (Appearance a : this.appearances) {
            appearancesByDoc.computeIfAbsent(a.doc(), k -> new ArrayList<>()).add(a);
            appearancesByEntity.computeIfAbsent(a.entity(), k -> new ArrayList<>()).add(a);
        }
        for (ExportFact f : facts.values())
            for (ExportArgument a : f.arguments()) {
                List<ExportFact> l = factsByEntity.computeIfAbsent(a.entity(), k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != f) l.add(f);
            }
    }

    public Selection selection() { return selection; }

    /** The entity the selection centres on, or null for a whole-store or time-only export. */
    public ExportEntity center() { return center; }

    /** Other entities the --entity words also named (the most documented one was taken). */
    public List<String> alsoMatching() { return alsoMatching; }

    /** Entities in store-id order. */
    public Collection<ExportEntity> entities() { return entities.values(); }

    public ExportEntity entity(long id) { return entities.get(id); }

    /** Facts in store-id order. */
    public Collection<ExportFact> facts() { return facts.values(); }

    public ExportFact fact(long id) { return facts.get(id); }

    /** Documents in ingest order. */
    public Collection<ExportDocument> documents() { return documents.values(); }

    public ExportDocument document(long doc) { return documents.get(doc); }

    /** Evidence in store-id order. */
    public List<ExportEvidence> evidence() { return evidence; }

    public List<ExportEvidence> evidenceOf(long fact) { return evidenceByFact.getOrDefault(fact, List.of()); }

    public List<ExportEvidence> evidenceIn(long doc) { return evidenceByDoc.getOrDefault(doc, List.of()); }

    /** Entities named in the documents of this subgraph, one row per (document, entity). */
    public List<Appearance> appearances() { return appearances; }

    public List<Appearance> appearancesIn(long doc) { return appearancesByDoc.getOrDefault(doc, List.of()); }

    public List<Appearance> appearancesOf(long entity) { return appearancesByEntity.getOrDefault(entity, List.of()); }

    /** The facts an entity takes part in. */
    public List<ExportFact> factsOf(long entity) { return factsByEntity.getOrDefault(entity, List.of()); }

    public String text(long doc) { return texts.text(doc); }

    /** The whole store in brief (for what does not depend on the selection). */
    public StoreOutline outline() { return outline; }
}
