package org.isnad.core.pipeline;

import org.isnad.core.identify.DocumentEntities;
import org.isnad.core.identify.InDocumentIdentity;
import org.isnad.core.model.Argument;
import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Relation;
import org.isnad.core.model.Span;
import org.isnad.core.model.TimeRange;
import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.recognize.Candidate;
import org.isnad.core.recognize.Lexicons;
import org.isnad.core.recognize.NameRecognizer;
import org.isnad.core.relate.FactExtractor;
import org.isnad.core.relate.Facts;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.CliticSegmenter;
import org.isnad.core.segment.Sentence;
import org.isnad.core.segment.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction pipeline: normalize (with an offset map) → sentences and tokens with clitic
 * readings → names → identity within the document → times → relations and events → Latin names.
 *
 * <p>Built once ({@link #load()} reads every data file), then immutable and thread-safe: one
 * instance serves all threads of a process, or one Spark executor.
 */
public final class Pipeline {
    private final Tokenizer tokenizer;
    private final NameRecognizer recognizer;
    private final InDocumentIdentity identity;
    private final FactExtractor facts;
    private final Times times;
    private final LatinNames latin;

    private Pipeline() {
        Lexicons lexicons = new Lexicons();
        this.tokenizer = new Tokenizer(new CliticSegmenter());
        this.recognizer = new NameRecognizer(lexicons);
        this.identity = new InDocumentIdentity(lexicons);
        this.facts = new FactExtractor(lexicons);
        this.times = new Times();
        this.latin = new LatinNames(lexicons);
    }

    public static Pipeline load() { return new Pipeline(); }

    /** The text layer alone: normalized view, tokens and sentences (what the benchmark's token pass measures). */
    public Analysis analyze(Document doc) {
        NormalizedText normalized = NormalizedText.of(doc.text());
        Tokenizer.Result r = tokenizer.tokenize(normalized);
        return new Analysis(doc, normalized, r.tokens(), r.sentences());
    }

    public Extraction extract(Document doc) {
        Analysis a = analyze(doc);
        List<Candidate> names = recognizer.recognize(a);
        DocumentEntities entities = identity.identify(a, names);
        List<TimeValue> timeValues = outsideNames(a, entities, times.extract(a));
        Facts f = facts.extract(a, entities, timeValues);
        return assemble(a, entities, f, timeValues);
    }

    /** «المصري اليوم», «قوى 14 آذار»: a time word inside an organization's or place's name is part of the name. */
    private static List<TimeValue> outsideNames(Analysis a, DocumentEntities entities, List<TimeValue> found) {
        if (found.isEmpty()) return found;
        List<TimeValue> kept = new ArrayList<>(found.size());
        for (TimeValue t : found) {
            boolean inside = false;
            for (DocumentEntities.Placed p : entities.mentions()) {
                if (p.candidate().type() == EntityType.PERSON) continue;
                int s = a.originalStart(p.candidate().start()), e = a.originalEnd(p.candidate().end());
                if (s < t.span().end() && t.span().start() < e) { inside = true; break; }
            }
            if (!inside) kept.add(t);
        }
        return kept;
    }

    private Extraction assemble(Analysis a, DocumentEntities de, Facts f, List<TimeValue> timeValues) {
        List<Entity> entities = new ArrayList<>();
        for (DocumentEntities.Draft d : de.entities()) {
            List<Mention> mentions = new ArrayList<>();
            for (int m : d.mentionIndexes()) {
                Candidate c = de.mentions().get(m).candidate();
                int s = a.originalStart(c.start()), e = a.originalEnd(c.end());
                mentions.add(new Mention(new Span(s, e), a.document().text().substring(s, e)));
            }
            // a descriptor ("المسؤول المطرود") is not a name: it has no Latin name
            String latinName = "descriptor".equals(d.kind()) ? null : latin.of(d.name(), d.aliases(), d.type());
            entities.add(new Entity(id(d.index()), d.type(), d.name(), latinName, d.aliases(), d.kind(), mentions));
        }
        List<Relation> relations = new ArrayList<>();
        for (Facts.RelationDraft r : f.relations()) {
            relations.add(new Relation(r.type(), id(r.subject()), id(r.object()), r.role(), new TimeRange(r.from(), r.until()),
                    sentenceSpan(a, r.sentence()), r.source() < 0 ? null : id(r.source()), r.confidence()));
        }
        List<Event> events = new ArrayList<>();
        for (Facts.EventDraft e : f.events()) {
            List<Argument> args = new ArrayList<>();
            e.arguments().forEach((role, ids) -> ids.forEach(x -> args.add(new Argument(role, id(x)))));
            Span trigger = new Span(a.originalStart(e.triggerStart()), a.originalEnd(e.triggerEnd()));
            events.add(new Event(e.type(), args, e.time(), e.location() < 0 ? null : id(e.location()), trigger,
                    sentenceSpan(a, e.sentence()), e.source() < 0 ? null : id(e.source()), e.confidence()));
        }
        return new Extraction(a.document(), Language.of(a.normalized().text()), entities, relations, events, timeValues);
    }

    private static Span sentenceSpan(Analysis a, int sentence) {
        Sentence s = a.sentences().get(sentence);
        return new Span(a.originalStart(s.start()), a.originalEnd(s.end()));
    }

    private static String id(int index) { return "e" + (index + 1); }

}
