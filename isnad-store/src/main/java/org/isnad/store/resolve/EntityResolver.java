package org.isnad.store.resolve;

import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document entity resolution as pure, deterministic functions: blocking keys, the score of
 * a local entity against a candidate global entity, and the decision among candidates. No
 * storage here: the store calls it incrementally on ingest, a batch job (Spark) can call the same
 * functions over blocked pairs.
 *
 * <p>Rules, in order (the reason of every match names the rule and the numbers):
 * <ol>
 *   <li>Types must be equal; an analyst's "not the same" ({@link Constraints}) vetoes.</li>
 *   <li>Name evidence, the best pair of names: same gazetteer entity {@link Basis#KNOWN} 0.95, same
 *       distinctive name {@link Basis#EXACT} 0.90, same Latin name of 2+ words {@link Basis#LATIN} 0.75,
 *       same common name (only given names, or same given and family name) {@link Basis#COMMON} 0.60,
 *       a short form, bare kunya or one-word name {@link Basis#PARTIAL} 0.40.</li>
 *   <li>Vetoes when the names only partly match: different kunyas with one nisba (أبو إبراهيم القرشي /
 *       أبو الحسن القرشي), one kunya with different nisbas, different given names with one family name,
 *       two people who both have full names and share only a short form, two different gazetteer
 *       entities; and an entity already holding another entity of the same document (the in-document
 *       stage kept them apart) is joined only on an exact name.</li>
 *   <li>Kinds that cannot describe one entity (a bank and an armed group): −0.30.</li>
 *   <li>Context: + min(0.45, 0.4 × W), W = Σ over entities of the document that the candidate's
 *       documents also name of 1 / (1 + log10(1 + their document count)), doubled for relation or
 *       event partners. A PARTIAL match also needs W ≥ 0.5 and a shared partner or two shared entities.</li>
 *   <li>Join the best candidate at {@value #JOIN_THRESHOLD} or more; on a weak basis, a second candidate
 *       within {@value #AMBIGUITY_MARGIN} makes it ambiguous and the entity stays on its own. Other
 *       candidates matched on other distinctive names of the same local entity, and sharing the
 *       document's context too (W ≥ 0.5), are merged into it.</li>
 * </ol>
 */
public final class EntityResolver {
    public static final double JOIN_THRESHOLD = 0.70;
    public static final double AMBIGUITY_MARGIN = 0.15;
    static final double KIND_PENALTY = 0.30;
    static final double CONTEXT_FACTOR = 0.4;
    static final double CONTEXT_CAP = 0.45;
    static final double PARTIAL_MIN_CONTEXT = 0.5;

    private final NameForms forms;

    public EntityResolver(NameForms forms) { this.forms = forms; }

    public NameForms forms() { return forms; }

    /** The profile of an extracted entity: its names analysed (the main name first, duplicates by key dropped). */
    public LocalProfile profile(String document, Entity e, Set<Long> context, Set<Long> partners) {
        return new LocalProfile(document, e.id(), e.type(), e.kind(), names(e.type(), e.name(), e.aliases()),
                NameForms.latinKey(e.latin()), context, partners);
    }

    public List<EntityName> names(EntityType type, String name, List<String> aliases) {
        Map<String, EntityName> byKey = new LinkedHashMap<>();
        EntityName main = forms.analyze(type, name);
        if (!main.key().isEmpty()) byKey.put(main.key(), main);
        for (String a : aliases) {
            EntityName n = forms.analyze(type, a);
            if (!n.key().isEmpty()) byKey.putIfAbsent(n.key(), n);
        }
        return List.copyOf(byKey.values());
    }

    /** Local entities in the order to resolve them: those with a distinctive name first, so weak ones have context. */
    public static List<LocalProfile> order(List<LocalProfile> locals) {
        List<LocalProfile> out = new ArrayList<>(locals);
        out.sort(Comparator.comparing((LocalProfile l) -> !l.hasDistinctiveName()));
        return out;
    }

    // ---------------------------------------------------------------- keys

    /**
     * Keys a global entity is filed under, from all its names. An entity that has no distinctive
     * name yet (it was only ever called «البابلي» or «أبو زيد») is also filed under
     * {@code o|T|<name>}, so that a later full name carrying that short form finds it.
     */
    public static Set<String> entityKeys(EntityType type, List<EntityName> names, Set<String> latinKeys) {
        Set<String> keys = new LinkedHashSet<>(shortFormKeys(type, names));
        keys.addAll(nameKeys(type, names, latinKeys));
        return keys;
    }

    /** The {@code o|} keys of an entity known only by weak names (empty when one of them is distinctive). */
    public static Set<String> shortFormKeys(EntityType type, List<EntityName> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (EntityName n : names) if (n.distinctive()) return keys;
        for (EntityName n : names) if (n.shape() == NameShape.ONE_WORD || n.shape() == NameShape.BARE_KUNYA) keys.add("o|" + typeCode(type) + "|" + n.key());
        return keys;
    }

    /** The keys of the names themselves (without the short-form keys). */
    public static Set<String> nameKeys(EntityType type, List<EntityName> names, Set<String> latinKeys) {
        Set<String> keys = new LinkedHashSet<>();
        String t = typeCode(type);
        for (EntityName n : names) {
            if (n.shape() == NameShape.GENERIC) continue;
            keys.add("x|" + t + "|" + n.key());
            if (!n.core().equals(n.key())) keys.add("x|" + t + "|" + n.core());
            if (n.known() != null) keys.add("g|" + n.known());
            if (type == EntityType.PERSON) {
                if (n.last() != null) keys.add("w|" + t + "|" + n.last());
                if (n.shape() == NameShape.ONE_WORD) keys.add("w|" + t + "|" + n.key());
                if (n.kunya() != null) keys.add("k|" + t + "|" + n.kunya());
            } else if (type == EntityType.ORGANIZATION) {
                if (n.first() != null) keys.add("w|" + t + "|" + n.first());
                if (n.last() != null) keys.add("w|" + t + "|" + n.last());
            }
        }
        if (type != EntityType.LOCATION) {
            for (String l : latinKeys) if (l != null && l.indexOf(' ') > 0) keys.add("l|" + t + "|" + l);
        }
        return keys;
    }

    /** Keys to look a local entity's candidates up with. */
    public static BlockingKeys blockingKeys(LocalProfile l) {
        Set<String> exact = new LinkedHashSet<>(), partial = new LinkedHashSet<>();
        String t = typeCode(l.type());
        for (EntityName n : l.names()) {
            if (n.shape() == NameShape.GENERIC) continue;
            exact.add("x|" + t + "|" + n.key());
            if (!n.core().equals(n.key())) exact.add("x|" + t + "|" + n.core());
            if (n.known() != null) exact.add("g|" + n.known());
            if (l.type() == EntityType.PERSON) {
                switch (n.shape()) {
                    case ONE_WORD -> partial.add("w|" + t + "|" + n.key());
                    case BARE_KUNYA -> partial.add("k|" + t + "|" + n.kunya());
                    case KUNYA_NISBA -> {
                        // entities known so far only by this name's short forms
                        exact.add("o|" + t + "|" + n.kunya());
                        exact.add("o|" + t + "|" + n.last());
                    }
                    case FULL -> {
                        exact.add("o|" + t + "|" + n.last());
                        partial.add("w|" + t + "|" + n.last());
                    }
                    default -> { }
                }
            } else if (l.type() == EntityType.ORGANIZATION) {
                if (n.first() != null && n.last() == null) partial.add("w|" + t + "|" + n.first());
                else if (n.first() != null) {
                    exact.add("o|" + t + "|" + n.first());
                    exact.add("o|" + t + "|" + n.last());
                }
            }
        }
        if (l.type() != EntityType.LOCATION && l.latinKey() != null && l.latinKey().indexOf(' ') > 0)
            exact.add("l|" + t + "|" + l.latinKey());
        partial.removeAll(exact);
        return new BlockingKeys(List.copyOf(exact), List.copyOf(partial));
    }

    private static String typeCode(EntityType t) {
        return switch (t) { case PERSON -> "P"; case ORGANIZATION -> "O"; case LOCATION -> "L"; };
    }

    // ---------------------------------------------------------------- scoring

    /**
     * The name evidence alone, before any context is gathered: {@link Basis#NONE} means the
     * candidate cannot join whatever the context (a veto, or no shared name), so a caller may skip
     * computing its context. {@link #score} gives the same basis.
     */
    public Basis prescreen(LocalProfile l, CandidateProfile g, Constraints constraints) {
        return score(l, g, ContextEvidence.NONE, constraints).basis();
    }

    /** The score of a local entity against one candidate, given the context they share. */
    public Match score(LocalProfile l, CandidateProfile g, ContextEvidence ctx, Constraints constraints) {
        if (l.type() != g.type()) return none(g, "different types");
        String[] forbidden = constraints.forbidden(l.names(), g.names());
        if (forbidden != null) return none(g, "analyst: «" + forbidden[0] + "» is not «" + forbidden[1] + "»");
        String knownConflict = knownConflict(l.names(), g.names());
        if (knownConflict != null) return none(g, knownConflict);

        Basis best = Basis.NONE;
        EntityName bestL = null, bestG = null;
        for (EntityName a : l.names()) {
            if (a.shape() == NameShape.GENERIC) continue;
            for (EntityName b : g.names()) {
                if (b.shape() == NameShape.GENERIC) continue;
                Basis x = pair(a, b);
                if (x.base > best.base) { best = x; bestL = a; bestG = b; }
            }
        }
        if (best.base < Basis.LATIN.base && l.type() != EntityType.LOCATION && l.latinKey() != null
                && l.latinKey().indexOf(' ') > 0 && g.latinKeys().contains(l.latinKey())) {
            best = Basis.LATIN;
            bestL = l.names().isEmpty() ? null : l.names().get(0);
            bestG = null;
        }
        if (best == Basis.NONE) return none(g, "no shared name");
        if (!best.strong()) {
            String conflict = conflict(l.names(), g.names());
            if (conflict != null) return none(g, conflict);
        }
        if (best == Basis.PARTIAL && l.type() == EntityType.PERSON && l.hasDistinctiveName() && hasDistinctive(g.names()))
            // «أبو فكري السويداءي» and «زامل عبد الماجد السويداءي» share a nisba, not a person: a short form
            // links a full name only to an entity that has none yet
            return none(g, "two full names share only a short form «" + bestL.key() + "»");
        if (g.inSameDocument() && best != Basis.KNOWN && best != Basis.EXACT)
            return none(g, "kept apart within the document");

        StringBuilder why = new StringBuilder(describe(best, bestL, bestG, l));
        double score = best.base;
        if (!forms.compatibleKinds(l.kind(), g.kind())) {
            score -= KIND_PENALTY;
            why.append(" − kinds ").append(l.kind()).append('/').append(g.kind()).append(" (").append(fmt(KIND_PENALTY)).append(')');
        }
        double bonus = Math.min(CONTEXT_CAP, CONTEXT_FACTOR * ctx.weight());
        if (bonus > 0) {
            score += bonus;
            why.append(" + context ").append(ctx.shared()).append(" shared").append(ctx.sharedPartner() ? " incl. a partner" : "")
                    .append(" (").append(fmt(bonus)).append(')');
        }
        if (best == Basis.PARTIAL && !(ctx.weight() >= PARTIAL_MIN_CONTEXT && (ctx.sharedPartner() || ctx.shared() >= 2))) {
            score = Math.min(score, JOIN_THRESHOLD - 0.01);
            why.append("; not enough context for a short form");
        }
        return new Match(g.id(), round(score), best, bestG == null ? null : bestG.key(), ctx.weight(), why.toString());
    }

    private Basis pair(EntityName a, EntityName b) {
        if (a.known() != null && a.known().equals(b.known())) return Basis.KNOWN;
        EntityType type = a.type();
        boolean sameKey = a.key().equals(b.key());
        boolean sameCore = type == EntityType.ORGANIZATION && a.core().equals(b.core());
        if (sameKey || sameCore) {
            if (!sameKey && a.core().indexOf(' ') < 0) return Basis.PARTIAL; // «مؤسسة البيارق» / «البيارق»
            if (a.distinctive() && b.distinctive()) return Basis.EXACT;
            if (a.shape() == NameShape.FULL && !a.shape().weak()) return Basis.COMMON;
            return Basis.PARTIAL;
        }
        if (type == EntityType.PERSON) {
            if (shortFormOf(a, b) || shortFormOf(b, a)) return Basis.PARTIAL;
            if (a.kunya() != null && a.kunya().equals(b.kunya()) && (a.shape() == NameShape.BARE_KUNYA || b.shape() == NameShape.BARE_KUNYA))
                return Basis.PARTIAL;
            if (a.shape() == NameShape.FULL && b.shape() == NameShape.FULL && a.first().equals(b.first()) && a.last().equals(b.last()))
                return Basis.COMMON; // «ياسر عبد الرحمن الجبوري» / «ياسر الجبوري»
        } else if (type == EntityType.ORGANIZATION) {
            if (oneWordOf(a, b) || oneWordOf(b, a)) return Basis.PARTIAL;
        }
        return Basis.NONE;
    }

    /** A one-word person name that is the other's nisba / family name, or the given name of a full name. */
    private static boolean shortFormOf(EntityName oneWord, EntityName full) {
        if (oneWord.shape() != NameShape.ONE_WORD) return false;
        if (oneWord.key().equals(full.last())) return true;
        return full.shape() == NameShape.FULL && oneWord.key().equals(full.first());
    }

    /** A one-word organization name that is the first or last word of the other's name without its head. */
    private static boolean oneWordOf(EntityName oneWord, EntityName other) {
        if (oneWord.core().indexOf(' ') >= 0) return false;
        return oneWord.core().equals(other.first()) || oneWord.core().equals(other.last());
    }

    private static boolean hasDistinctive(List<EntityName> names) {
        for (EntityName n : names) if (n.distinctive()) return true;
        return false;
    }

    private static String knownConflict(List<EntityName> a, List<EntityName> b) {
        Set<String> ka = new LinkedHashSet<>(), kb = new LinkedHashSet<>();
        for (EntityName n : a) if (n.known() != null) ka.add(n.known());
        for (EntityName n : b) if (n.known() != null) kb.add(n.known());
        if (ka.isEmpty() || kb.isEmpty()) return null;
        for (String k : ka) if (kb.contains(k)) return null;
        return "different known entities " + ka.iterator().next().substring(2) + " / " + kb.iterator().next().substring(2);
    }

    /** Name pairs that say two people are different, checked when no distinctive name is shared. */
    private static String conflict(List<EntityName> a, List<EntityName> b) {
        for (EntityName x : a) {
            for (EntityName y : b) {
                if (x.type() != EntityType.PERSON) return null;
                if (x.shape() == NameShape.KUNYA_NISBA && y.shape() == NameShape.KUNYA_NISBA) {
                    if (x.last().equals(y.last()) && !x.kunya().equals(y.kunya()))
                        return "different kunyas with one nisba: «" + x.key() + "» / «" + y.key() + "»";
                    if (x.kunya().equals(y.kunya()) && !x.last().equals(y.last()) && !x.key().contains(y.last()) && !y.key().contains(x.last()))
                        return "one kunya with different nisbas: «" + x.key() + "» / «" + y.key() + "»";
                }
                if (x.shape() == NameShape.FULL && y.shape() == NameShape.FULL && x.last().equals(y.last()) && !x.first().equals(y.first()))
                    return "different given names with one family name: «" + x.key() + "» / «" + y.key() + "»";
            }
        }
        return null;
    }

    /** Whether two global entities may be one (for merges that a document's aliases imply). */
    public boolean compatible(CandidateProfile a, CandidateProfile b, Constraints constraints) {
        if (a.type() != b.type()) return false;
        if (constraints.forbidden(a.names(), b.names()) != null) return false;
        if (knownConflict(a.names(), b.names()) != null) return false;
        if (!forms.compatibleKinds(a.kind(), b.kind())) return false;
        for (EntityName x : a.names()) for (EntityName y : b.names()) if (x.key().equals(y.key()) && x.distinctive()) return true;
        return conflict(a.names(), b.names()) == null;
    }

    // ---------------------------------------------------------------- decision

    /**
     * Chooses among scored candidates.
     *
     * @param matches    one match per candidate
     * @param candidates the candidates by id (to tell which names each carries)
     */
    public Decision decide(List<Match> matches, Map<Long, CandidateProfile> candidates, Constraints constraints) {
        List<Match> joining = new ArrayList<>();
        Match bestRefused = null;
        for (Match m : matches) {
            if (m.joins()) joining.add(m);
            else if (m.basis() != Basis.NONE && (bestRefused == null || m.score() > bestRefused.score())) bestRefused = m;
        }
        Comparator<Match> order = Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> -candidates.get(m.candidate()).documents())
                .thenComparingLong(Match::candidate);
        joining.sort(order);
        if (joining.isEmpty()) {
            return new Decision(null, List.of(), bestRefused == null ? "new: no candidate" : "new: best #" + bestRefused.candidate() + " " + bestRefused.reason() + " = " + fmt(bestRefused.score()));
        }
        Match top = joining.get(0);
        if (!top.basis().strong() && joining.size() > 1 && joining.get(1).score() > top.score() - AMBIGUITY_MARGIN) {
            Match second = joining.get(1);
            return new Decision(null, List.of(), "new: ambiguous between #" + top.candidate() + " (" + fmt(top.score()) + ") and #"
                    + second.candidate() + " (" + fmt(second.score()) + ")");
        }
        CandidateProfile topProfile = candidates.get(top.candidate());
        List<Match> bridges = new ArrayList<>();
        for (int i = 1; i < joining.size(); i++) {
            Match m = joining.get(i);
            if (!m.basis().strong() || m.name() == null) continue;
            // one text's aliases alone never join two established entities: the other one must
            // also share the document's company (or be the same gazetteer entry)
            if (m.basis() != Basis.KNOWN && m.context() < PARTIAL_MIN_CONTEXT) continue;
            CandidateProfile other = candidates.get(m.candidate());
            // the other entity must be reached by a name the chosen one does not carry, or it is a namesake
            if (carries(topProfile, m.name()) || (top.name() != null && carries(other, top.name()))) continue;
            if (!compatible(topProfile, other, constraints)) continue;
            bridges.add(m);
        }
        return new Decision(top, List.copyOf(bridges), top.reason());
    }

    private static boolean carries(CandidateProfile p, String key) {
        for (EntityName n : p.names()) if (n.key().equals(key)) return true;
        return false;
    }

    private static String describe(Basis b, EntityName l, EntityName g, LocalProfile local) {
        String base = " (" + fmt(b.base) + ")";
        return switch (b) {
            case KNOWN -> "known entity " + l.known().substring(2) + base;
            case EXACT -> "same name «" + l.key() + "»" + base;
            case LATIN -> "same Latin name «" + local.latinKey() + "»" + base;
            case COMMON -> "common name «" + l.key() + "»" + (g != null && !g.key().equals(l.key()) ? " ~ «" + g.key() + "»" : "") + base;
            case PARTIAL -> "short form «" + l.key() + "»" + (g != null && !g.key().equals(l.key()) ? " ~ «" + g.key() + "»" : "") + base;
            case NONE -> "none";
        };
    }

    private static Match none(CandidateProfile g, String reason) { return new Match(g.id(), 0, Basis.NONE, null, 0, reason); }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    /** Two decimals, without String.format (it is on the hot path of every candidate). */
    static String fmt(double v) {
        long h = Math.round(v * 100);
        long abs = Math.abs(h);
        return (h < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }
}
