package org.isnad.core.relate;

import org.isnad.core.identify.DocumentEntities;
import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.segment.Analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The document's mentions in text order, with lookups by token and by name, for the fact rules. */
final class MentionIndex {
    final Analysis analysis;
    final DocumentEntities entities;
    final List<DocumentEntities.Placed> ordered;
    private final int[] atToken;
    private final Map<String, Integer> entityByName = new HashMap<>();

    MentionIndex(Analysis a, DocumentEntities e) {
        this.analysis = a;
        this.entities = e;
        this.ordered = new ArrayList<>();
        // a person named inside an organization's name is shown to the reader, not an argument of facts
        for (DocumentEntities.Placed p : e.mentions()) if (!p.candidate().rule().equals("nested")) ordered.add(p);
        ordered.sort(Comparator.comparingInt(p -> p.candidate().start()));
        this.atToken = new int[a.size()];
        Arrays.fill(atToken, -1);
        for (int m = 0; m < ordered.size(); m++) {
            var c = ordered.get(m).candidate();
            for (int t = c.first(); t < c.last(); t++) atToken[t] = m;
        }
        for (DocumentEntities.Draft d : e.entities()) {
            entityByName.putIfAbsent(NormalizedText.fold(d.name()), d.index());
            for (String al : d.aliases()) entityByName.putIfAbsent(NormalizedText.fold(al), d.index());
        }
    }

    int size() { return ordered.size(); }

    DocumentEntities.Placed get(int m) { return ordered.get(m); }

    int entity(int m) { return ordered.get(m).entity(); }

    EntityType type(int m) { return entities.entities().get(entity(m)).type(); }

    String kind(int m) { return entities.entities().get(entity(m)).kind(); }

    int firstToken(int m) { return ordered.get(m).candidate().first(); }

    int lastToken(int m) { return ordered.get(m).candidate().last(); }

    int start(int m) { return ordered.get(m).candidate().start(); }

    int end(int m) { return ordered.get(m).candidate().end(); }

    int sentence(int m) { return analysis.token(firstToken(m)).sentence(); }

    /** Mention index covering the token, or -1. */
    int atToken(int t) { return t >= 0 && t < atToken.length ? atToken[t] : -1; }

    /** Entity index by a folded name or alias, or -1. */
    int entityNamed(String folded) { return entityByName.getOrDefault(folded, -1); }

    /** Mentions of a sentence, in order. */
    List<Integer> inSentence(int sentence) {
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < ordered.size(); m++) if (sentence(m) == sentence) out.add(m);
        return out;
    }

    /**
     * The squashed text from an offset up to a mention. When the mention's article was written
     * as لل (للمجلس), the preposition ل belongs to the text before it and the article's lam does not.
     */
    String before(int from, int m) {
        String s = between(from, start(m));
        if (ordered.get(m).candidate().restored() && s.endsWith("لل")) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** The normalized text between two offsets with spaces and quotes removed. */
    String between(int from, int to) {
        if (to <= from) return "";
        return NormalizedText.squash(analysis.normalized().text().substring(from, to));
    }
}
