package org.isnad.store.resolve;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Analysts' "these are not the same" decisions as pairs of name keys: a local entity carrying one
 * name never joins an entity carrying the other (unless the entity carries both already).
 * Immutable.
 */
public final class Constraints {
    public static final Constraints NONE = new Constraints(Set.of());

    private final Set<String> pairs;

    private Constraints(Set<String> pairs) { this.pairs = pairs; }

    /** @param cannotLink pairs of name keys ({@link NameForms#key}) */
    public static Constraints of(Collection<String[]> cannotLink) {
        Set<String> s = new HashSet<>();
        for (String[] p : cannotLink) {
            s.add(p[0] + '\u0001' + p[1]);
            s.add(p[1] + '\u0001' + p[0]);
        }
        return new Constraints(Set.copyOf(s));
    }

    public boolean isEmpty() { return pairs.isEmpty(); }

    /** The first forbidden pair between the two name sets, or null. */
    public String[] forbidden(Collection<EntityName> a, Collection<EntityName> b) {
        if (pairs.isEmpty()) return null;
        Set<String> keysA = new HashSet<>(), keysB = new HashSet<>();
        for (EntityName n : a) keysA.add(n.key());
        for (EntityName n : b) keysB.add(n.key());
        for (String x : keysA) {
            if (keysB.contains(x)) continue;
            for (String y : keysB) {
                if (keysA.contains(y)) continue;
                if (pairs.contains(x + '\u0001' + y)) return new String[] {x, y};
            }
        }
        return null;
    }
}
